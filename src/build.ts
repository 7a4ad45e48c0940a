/**
 * `npm run build`, the one way the site is built (arguments go to `astro build`):
 *
 * 1. `astro build`, in a process of its own: pages, data files, sitemap, `_headers`;
 * 2. once that process has ended and given its memory back (docs/performance.md says why), the
 *    search index, the languages side by side (src/integrations/search-index.ts);
 * 3. the offline service worker, which lists every file, the index included
 *    (src/integrations/service-worker.ts).
 *
 * Each step reads what it needs from the same modules (settings, locale table); nothing is
 * handed between them but the built folder. `astro build` alone writes the site without its
 * search index and service worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from './i18n/locales.ts';
import { indexFailure, indexSite, searchPages } from './integrations/search-index.ts';
import { writeServiceWorker } from './integrations/service-worker.ts';
import { settings } from './lib/settings.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** A line in Astro's log format, so that its readers (the scale benchmark) find it. */
function log(step: string, message: string, stream: NodeJS.WriteStream = process.stdout): void {
  const time = new Date().toTimeString().slice(0, 8);
  stream.write(`${time} [${step}] ${message}\n`);
}

async function build(): Promise<number> {
  const { outDir, base } = settings();
  const site = resolve(root, outDir);
  // Emptied first, so that the files Astro writes last (`_headers`) tell a finished build.
  rmSync(site, { recursive: true, force: true });
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // MIMALLOC_PURGE_DELAY: the bundler (Rolldown) allocates with mimalloc, which by default
    // keeps freed memory a while; given back at once, Astro's process ends 0.4 GB lighter at
    // 3,000 achievements.
    env: { ...process.env, MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' },
  });
  if (astro.status !== 0) return astro.status ?? 1;
  // A hook awaiting something that kept nothing alive once ended Astro's process early, with status 0.
  if (!existsSync(join(site, '_headers'))) {
    log(
      'build',
      `Astro ended before its build was done (no ${join(outDir, '_headers')}): no search index or service worker to write.`,
      process.stderr,
    );
    return 1;
  }
  const index = await indexSite(site, searchPages);
  if ('errors' in index) {
    log('search-index', indexFailure(index.errors), process.stderr);
    return 1;
  }
  log('search-index', index.message);
  log('service-worker', await writeServiceWorker(site, base, localeCodes));
  log('build', 'search index and service worker written');
  return 0;
}

process.exitCode = await build();
