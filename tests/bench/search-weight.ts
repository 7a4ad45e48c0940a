/**
 * `npm run bench:search`: the bytes a visitor downloads for a first search and for a later
 * one, on the real index (dist/, build first) and on a generated index of 10,000 achievements
 * per language. Targets at 10,000: first search ≤ 200 KB in all, a later one ≤ 60 KB.
 * Prints the figures; exits 1 when a target is missed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';
import { serveStatic } from '../support/static-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const GENERATED = Number(process.env.BENCH_ACHIEVEMENTS ?? 10_000);
const targets = { first: 200 * 1024, later: 60 * 1024 };

/** Words to build synthetic achievements from: the site's own texts, per language. */
function vocabulary(locale: string): string[] {
  const html = readFileSync(join(dist, locale === 'ar' ? '' : locale, 'achievements/index.html'), 'utf8');
  const text = html.replace(/<[^>]+>/g, ' ');
  const words = text.match(/[\p{L}\p{M}’'-]{3,}/gu) ?? [];
  return [...new Set(words)];
}

/** A generated index: `count` achievements per language, with the real filters' shape. */
async function generatedSite(count: number): Promise<string> {
  const site = mkdtempSync(join(tmpdir(), 'search-bench-'));
  cpSync(dist, site, { recursive: true });
  rmSync(join(site, 'pagefind'), { recursive: true });
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not create an index');
  for (const locale of ['ar', 'fr', 'en']) {
    const words = vocabulary(locale);
    const pick = () => words[Math.floor(next() * words.length)]!;
    for (let item = 0; item < count; item++) {
      const title = Array.from({ length: 6 }, pick).join(' ');
      const body = Array.from({ length: 60 + Math.floor(next() * 60) }, pick).join(' ') + ` ${Math.floor(next() * 20000)}`;
      const { errors } = await index.addCustomRecord({
        url: `/${locale === 'ar' ? '' : `${locale}/`}achievements/generated-${item}/`,
        content: `${title}. ${body}`,
        language: locale,
        meta: { title, category: `category ${item % 7}` },
        filters: {
          category: [`category ${item % 7}`],
          region: [`region ${item % 13}`],
          partner: [`partner ${item % 40}`],
          year: [String(2010 + (item % 15))],
          status: [`status ${item % 3}`],
        },
      });
      if (errors.length > 0) throw new Error(errors.join('\n'));
    }
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  await pagefind.close();
  return site;
}

/** Bytes transferred for the first search and a later one on the Arabic search page. */
async function measure(site: string, port: number, queries: [string, string]) {
  const server = await serveStatic(site, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // No service worker: it answers from its cache, where Playwright sees no bytes (it
    // measured 0 KB), and its caching of the whole index is not the search's own cost.
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
    const figures: number[] = [];
    for (const query of queries) {
      bytes = 0;
      await page.locator('#search-query').fill(query);
      await page.locator('#search-query').press('Enter');
      await page.waitForFunction(() => {
        const status = document.querySelector('[data-results-status]')?.textContent ?? '';
        return status !== '' && !status.endsWith('…');
      });
      await page.waitForLoadState('networkidle');
      figures.push(bytes);
    }
    return { first: figures[0]!, later: figures[1]! };
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const real = await measure(dist, 4610, ['التكوين', 'الصناعة التقليدية']);
console.log(`real index (32 achievements × 3 languages): first search ${kb(real.first)}, later search ${kb(real.later)}`);
const started = performance.now();
const generated = await generatedSite(GENERATED);
console.log(`generated ${GENERATED} achievements × 3 languages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const large = await measure(generated, 4611, ['التكوين', 'الصناعة التقليدية']);
rmSync(generated, { recursive: true, force: true });
const ok = large.first <= targets.first && large.later <= targets.later;
console.log(
  `generated index (${GENERATED} per language): first search ${kb(large.first)} (target ≤ ${kb(targets.first)}), ` +
    `later search ${kb(large.later)} (target ≤ ${kb(targets.later)}): ${ok ? 'within target' : 'OVER TARGET'}`,
);
process.exit(ok ? 0 : 1);
