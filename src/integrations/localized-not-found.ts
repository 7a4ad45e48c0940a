import { copyFile, access } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Static hosts serve `404.html` from the nearest folder (Cloudflare Pages, and most servers
 * configured per folder), but Astro writes a localized error page `/fr/404` as
 * `fr/404/index.html`. This copies it to `fr/404.html` so a French visitor who mistypes a
 * French URL gets the French page. The root `404.html` (Arabic) is Astro's own.
 */
export function localizedNotFoundPages(prefixedLocales: readonly string[]): AstroIntegration {
  return {
    name: 'localized-not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const locale of prefixedLocales) {
          const from = new URL(`${locale}/404/index.html`, dir);
          const to = new URL(`${locale}/404.html`, dir);
          try {
            await access(from);
          } catch {
            throw new Error(`The ${locale} not-found page was not built (expected ${from.pathname}).`);
          }
          await copyFile(from, to);
          logger.info(`${locale}/404.html`);
        }
      },
    },
  };
}
