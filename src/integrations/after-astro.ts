import { appendFileSync } from 'node:fs';

/**
 * Steps that read the whole built folder (the search index, then the service worker that lists
 * it) can run after Astro's process has ended, when `npm run build` (src/build.ts) asks for it.
 *
 * Why: at the end of a build Astro's process still holds what it built with (3 GB at 10,000
 * achievements), and Pagefind needs 1.3 GB more per language beside it. Run afterwards, the
 * three languages are indexed side by side with the memory Astro has given back.
 *
 * `astro build` run by itself does every step in its own process, as before: the same files
 * either way.
 */
export const AFTER_ASTRO = 'AFTER_ASTRO_STEPS';

/** A step left to the build script: its name and what it needs to run. */
export type AfterAstroStep =
  | { step: 'search-index'; site: string; pages: Record<string, string> }
  | { step: 'service-worker'; root: string; base: string; locales: string[] };

/**
 * Leaves `step` to the build script when it asked for it (it names the file to list steps in);
 * false when the step must run now.
 */
export function leaveToBuildScript(step: AfterAstroStep, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env[AFTER_ASTRO];
  if (!file) return false;
  appendFileSync(file, `${JSON.stringify(step)}\n`);
  return true;
}
