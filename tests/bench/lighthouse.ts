/**
 * `npm run bench:lighthouse` (build first: it serves dist/ as it is): Lighthouse's mobile
 * preset (a mid-range phone on a slow 4G link, throttling simulated) on four Arabic pages, in
 * Debian's Chromium. Prints each page's four category scores, Largest Contentful Paint and
 * Cumulative Layout Shift, and what kept a category below 100. Targets: every score 100,
 * LCP ≤ 1.5 s, CLS ≤ 0.02; exits 1 when one is missed.
 *
 * Simulated throttling scales the main-thread time Chromium really took by 4, so a busy or slow
 * machine lowers the performance score of any page (an empty one included): each page is run
 * LIGHTHOUSE_RUNS times (3) and the median run is kept, as Lighthouse advises, and the host's
 * speed (Lighthouse's benchmark index; a recent laptop scores 1,000 to 2,500) is printed.
 * LIGHTHOUSE_REPORTS=<folder> also writes each median report there (JSON, for the Lighthouse viewer).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { serveStatic } from '../support/static-server.ts';

const dist = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4621);
const pages = ['/', '/achievements/infrastructure-under-construction/', '/regions/fes-meknes/', '/search/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const targets = { score: 100, lcp: 1500, cls: 0.02 };
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const server = await serveStatic(dist, port);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // The flags of playwright.config.ts: no sandbox (root), and no calls home to skew the trace.
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

interface Row {
  path: string;
  scores: Record<(typeof categories)[number], number>;
  lcp: number;
  cls: number;
  /** Audits that cost a category points, by category. */
  lost: string[];
  /** Lighthouse's benchmark index of the host during each run. */
  benchmarks: number[];
}
const rows: Row[] = [];
try {
  for (const path of pages) {
    const results: Result[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (result.lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      results.push(result.lhr);
    }
    const lhr: Result = computeMedianRun(results);
    const reports = process.env.LIGHTHOUSE_REPORTS;
    if (reports) {
      mkdirSync(reports, { recursive: true });
      writeFileSync(join(reports, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}.json`), JSON.stringify(lhr));
    }
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Row['scores'];
    const lost = categories.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
    );
    rows.push({
      path,
      scores,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity,
      lost,
      benchmarks: results.map((result) => Math.round(result.environment.benchmarkIndex)),
    });
  }
} finally {
  chrome.kill();
  server.close();
}

console.log('perf  a11y  best   seo     LCP     CLS  page');
const failures: string[] = [];
for (const row of rows) {
  const { performance, accessibility, seo } = row.scores;
  const cells = [performance, accessibility, row.scores['best-practices'], seo].map((score) => String(score).padStart(4));
  console.log(`${cells.join('  ')}  ${(row.lcp / 1000).toFixed(2).padStart(5)} s  ${row.cls.toFixed(3).padStart(6)}  ${row.path}`);
  for (const audit of row.lost) console.log(`      ${audit}`);
  console.log(`      median of ${row.benchmarks.length} runs; host benchmark index ${row.benchmarks.join(', ')}`);
  for (const id of categories) if (row.scores[id] < targets.score) failures.push(`${row.path} ${id} ${row.scores[id]}`);
  if (row.lcp > targets.lcp) failures.push(`${row.path} LCP ${Math.round(row.lcp)} ms`);
  if (row.cls > targets.cls) failures.push(`${row.path} CLS ${row.cls.toFixed(3)}`);
}
console.log(
  `Lighthouse, mobile preset: targets every score ${targets.score}, LCP ≤ ${targets.lcp / 1000} s, CLS ≤ ${targets.cls}: ` +
    (failures.length === 0 ? 'all met' : `missed: ${failures.join('; ')}`),
);
process.exit(failures.length === 0 ? 0 : 1);
