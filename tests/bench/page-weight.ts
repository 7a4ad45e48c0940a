/**
 * `npm run bench:weight`: what a visitor downloads for each built page on a cold load (HTML,
 * CSS, fonts, scripts), compressed with brotli as a CDN would serve it. Budget: 30 KB per
 * content page, and no JavaScript on content pages but the service worker's registration
 * (inline, counted in the HTML). Prints every page's figure; exits 1 above the budget.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { builtPages } from '../support/site.ts';
import { serveStatic } from '../support/static-server.ts';
import { fileURLToPath } from 'node:url';

const BUDGET = 30 * 1024;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4620);
const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const server = await serveStatic(dist, port);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// Content pages: everything but search (which loads its code on use), the offline page and the
// printable report (the whole document on one page, opened to print it: printed, not budgeted).
const pages = builtPages().filter((path) => !/\/(search|404|offline|report)\/$|404\.html$/.test(path));
const printable = builtPages().filter((path) => /\/report\/$/.test(path));
const rows: { path: string; total: number; html: number; css: number; fonts: number; js: number }[] = [];
try {
  for (const path of [...pages, ...printable]) {
    // A fresh context: a cold cache, and no service worker yet.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const sizes = { html: 0, css: 0, fonts: 0, js: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          const type = response.request().resourceType();
          if (type === 'font')
            sizes.fonts += body.length; // woff2 is already brotli-compressed
          else if (type === 'stylesheet') sizes.css += brotli(body);
          else if (type === 'script') sizes.js += brotli(body);
          else if (type === 'document') sizes.html += brotli(body);
        })(),
      );
    });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await Promise.all(pending);
    rows.push({ path, total: sizes.html + sizes.css + sizes.fonts + sizes.js, ...sizes });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(8);
rows.sort((a, b) => b.total - a.total);
console.log('   total     html      css    fonts       js  page');
for (const row of rows) console.log(`${kb(row.total)} ${kb(row.html)} ${kb(row.css)} ${kb(row.fonts)} ${kb(row.js)}  ${row.path}`);
const budgeted = rows.filter((row) => !printable.includes(row.path));
const over = budgeted.filter((row) => row.total > BUDGET || row.js > 0);
const byLocale = (prefix: string) => budgeted.filter((row) => (prefix ? row.path.startsWith(prefix) : !/^\/(fr|en)\//.test(row.path)));
for (const [name, prefix] of [
  ['ar', ''],
  ['fr', '/fr/'],
  ['en', '/en/'],
] as const) {
  const list = byLocale(prefix);
  console.log(
    `${name}: ${list.length} pages, largest ${kb(Math.max(...list.map((row) => row.total))).trim()}, fonts on ${list.filter((row) => row.fonts > 0).length}`,
  );
}
for (const row of rows.filter((row) => printable.includes(row.path)))
  console.log(`printable report (not budgeted): ${kb(row.total).trim()}  ${row.path}`);
console.log(
  `${budgeted.length} content pages; budget ${kb(BUDGET).trim()} and no external JavaScript: ${over.length === 0 ? 'all within' : `${over.length} over`}`,
);
process.exit(over.length === 0 ? 0 : 1);
