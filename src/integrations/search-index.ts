import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index (one per language, from `<html lang>`) into
 * `dist/pagefind/` after the pages are written. Only the parts of achievement pages marked
 * `data-pagefind-body` are indexed. An indexing error fails the build: the astro-pagefind
 * integration only logs it (shared/STACK.md), which would ship a site with a broken search.
 *
 * `pages` is a glob of the pages that carry `data-pagefind-body`. Pagefind would skip the
 * others anyway, but only after reading them, and list pages are the largest of the site.
 */
export function searchIndex(pages: string): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const fail = (errors: string[]) => {
          logger.error(`The search index could not be built:\n${errors.join('\n')}`);
          process.exit(1);
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) return fail(errors);
          const indexed = await index.addDirectory({ path: site, glob: pages });
          if (indexed.errors.length > 0) return fail(indexed.errors);
          if (indexed.page_count === 0) return fail(['no page was indexed']);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) return fail(written.errors);
          logger.info(`${indexed.page_count} pages indexed in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
