import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index (one per language, from `<html lang>`) into
 * `dist/pagefind/` after the pages are written. Only the parts of achievement pages marked
 * `data-pagefind-body` are indexed. An indexing error fails the build: the astro-pagefind
 * integration only logs it (shared/STACK.md), which would ship a site with a broken search.
 *
 * `pages` holds one glob per language, of the pages that carry `data-pagefind-body`:
 * - Pagefind would skip the other pages anyway, but only after reading them, and list pages
 *   are the largest of the site.
 * - Each language is indexed in a pass of its own: Pagefind holds every page of a pass in
 *   memory (2.3 GB for 30,000 pages), and its indexes of different languages are independent,
 *   so three passes write the same files with a third of the memory. Each pass writes a
 *   `pagefind-entry.json` that lists its own language only; the lists are merged at the end.
 */
export function searchIndex(pages: Readonly<Record<string, string>>): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = `${site}/pagefind`;
        const fail = (errors: string[]) => {
          logger.error(`The search index could not be built:\n${errors.join('\n')}`);
          process.exit(1);
        };
        const languages: Record<string, unknown> = {};
        let entry: { languages: Record<string, unknown> } | undefined;
        let pageCount = 0;
        for (const [language, glob] of Object.entries(pages)) {
          try {
            const { index, errors } = await pagefind.createIndex({});
            if (!index || errors.length > 0) return fail(errors);
            const indexed = await index.addDirectory({ path: site, glob });
            if (indexed.errors.length > 0) return fail(indexed.errors);
            if (indexed.page_count === 0) return fail([`no ${language} page was indexed (${glob})`]);
            const written = await index.writeFiles({ outputPath });
            if (written.errors.length > 0) return fail(written.errors);
            pageCount += indexed.page_count;
          } finally {
            await pagefind.close();
          }
          entry = JSON.parse(await readFile(`${outputPath}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, unknown> };
          const found = Object.keys(entry.languages);
          // A pass that wrote another language's index would have replaced the earlier one.
          if (found.length !== 1 || found[0] !== language || language in languages) {
            return fail([`the ${language} pages (${glob}) were indexed as ${found.join(', ') || 'no language'}: check <html lang>`]);
          }
          Object.assign(languages, entry.languages);
        }
        if (!entry) return fail(['no language to index']);
        // As Pagefind writes it in one pass: languages in alphabetical order, no final newline.
        entry.languages = Object.fromEntries(Object.keys(languages).sort().map((language) => [language, languages[language]]));
        await writeFile(`${outputPath}/pagefind-entry.json`, JSON.stringify(entry));
        logger.info(`${pageCount} pages indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
