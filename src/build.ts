/**
 * `npm run build`: `astro build`, then the steps that read the whole built folder (search
 * index, service worker) once Astro's process has ended and given its memory back; see
 * src/integrations/after-astro.ts. Arguments are passed to `astro build`.
 *
 * The site is the same as `astro build` run by itself makes; this way the three languages'
 * search indexes are built side by side, and the build's peak memory is Astro's alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AFTER_ASTRO, type AfterAstroStep } from './integrations/after-astro.ts';
import { indexFailure, indexSite } from './integrations/search-index.ts';
import { writeServiceWorker } from './integrations/service-worker.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'after-astro-'));
const stepsFile = join(folder, 'steps.jsonl');

/** A line in Astro's log format, so that its readers (the scale benchmark) find it. */
function log(integration: string, message: string, stream: NodeJS.WriteStream = process.stdout): void {
  const time = new Date().toTimeString().slice(0, 8);
  stream.write(`${time} [${integration}] ${message}\n`);
}

let status = 1;
try {
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // MIMALLOC_PURGE_DELAY: the bundler (Rolldown) allocates with mimalloc, which by default
    // keeps freed memory a while; given back at once, Astro's process ends 0.4 GB lighter at
    // 3,000 achievements.
    env: { ...process.env, [AFTER_ASTRO]: stepsFile, MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' },
  });
  status = astro.status ?? 1;
  if (status === 0) {
    const steps = existsSync(stepsFile)
      ? readFileSync(stepsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as AfterAstroStep)
      : [];
    // Both integrations leave their step at the end of a finished build: without them, Astro's
    // process ended early with status 0 (a hook awaiting something that kept nothing alive).
    if (!steps.some((step) => step.step === 'search-index') || !steps.some((step) => step.step === 'service-worker')) {
      log('build', 'Astro ended before its build was done: no search index or service worker to write.', process.stderr);
      status = 1;
    }
    for (const step of status === 0 ? steps : []) {
      if (step.step === 'search-index') {
        const result = await indexSite(step.site, step.pages, { parallel: true });
        if ('errors' in result) {
          log('search-index', indexFailure(result.errors), process.stderr);
          status = 1;
          break;
        }
        log('search-index', result.message);
      } else {
        log('service-worker', await writeServiceWorker(step.root, step.base, step.locales));
      }
    }
    if (status === 0) log('build', `search index and service worker written`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(status);
