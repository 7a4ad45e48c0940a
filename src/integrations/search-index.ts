import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../i18n/locales.ts';
import { localePrefix } from '../lib/routing.ts';
import { runInWorker } from '../lib/worker-task.ts';
import { INDEX_PASS, type Pass, type PassResult } from './search-index-pass.ts';

/**
 * The Pagefind search index (one per language, from `<html lang>`), built into `dist/pagefind/`
 * by `npm run build` once Astro's process has ended (src/build.ts). Only the parts of
 * achievement pages marked `data-pagefind-body` are indexed. An indexing error fails the build:
 * the astro-pagefind integration only logs it (shared/STACK.md), which would ship a site with a
 * broken search.
 */

/**
 * One glob per language, of the pages that carry `data-pagefind-body`: Pagefind would skip the
 * other pages anyway, but only after reading them, and list pages are the largest of the site.
 */
export const searchPages: Readonly<Record<string, string>> = Object.fromEntries(
  localeCodes.map((locale) => [locale, `${localePrefix(locale)}achievements/*/index.html`]),
);

/** What a failed index says, wherever it is built. */
export function indexFailure(errors: readonly string[]): string {
  return `The search index could not be built:\n${errors.join('\n')}`;
}

/**
 * Indexes each language of the built site in `site` and writes the index to `site/pagefind/`.
 *
 * Each language is an index of its own (Pagefind holds every page of an index in memory),
 * built side by side in a worker thread and a Pagefind process of its own (search-index-pass.ts),
 * written to a folder of its own and then moved in. Every pass writes a
 * `pagefind-entry.json` listing its own language; the lists are merged as Pagefind writes them in
 * one pass.
 */
export async function indexSite(
  site: string,
  pages: Readonly<Record<string, string>>,
): Promise<{ message: string } | { errors: string[] }> {
  const started = performance.now();
  const outputPath = join(site, 'pagefind');
  const passPath = (language: string) => join(site, `.pagefind-${language}`);
  const entries = Object.entries(pages);
  const passOf = ([language, glob]: [string, string]): Pass => ({ site, language, glob, outputPath: passPath(language) });
  const inWorker = (pass: Pass) =>
    runInWorker<Pass, PassResult>(new URL('./search-index-pass.ts', import.meta.url), INDEX_PASS, pass).catch((error: Error) => ({
      errors: [`${pass.language}: ${error.message}`],
    }));
  const passes = await Promise.all(entries.map(passOf).map(inWorker));
  const failed = passes.flatMap((result) => ('errors' in result ? result.errors : []));
  if (failed.length > 0) return { errors: failed };
  if (entries.length === 0) return { errors: ['no language to index'] };

  const languages: Record<string, unknown> = {};
  let entry: { languages: Record<string, unknown> } | undefined;
  let pageCount = 0;
  mkdirSync(outputPath, { recursive: true });
  for (const [language, glob] of entries) {
    const from = passPath(language);
    entry = JSON.parse(readFileSync(join(from, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    const found = Object.keys(entry.languages);
    // A pass that indexed another language would replace that language's index.
    if (found.length !== 1 || found[0] !== language || language in languages) {
      return { errors: [`the ${language} pages (${glob}) were indexed as ${found.join(', ') || 'no language'}: check <html lang>`] };
    }
    Object.assign(languages, entry.languages);
    moveInto(from, outputPath);
    rmSync(from, { recursive: true, force: true });
  }
  for (const result of passes) if ('count' in result) pageCount += result.count;
  // As Pagefind writes it in one pass: languages in alphabetical order, no final newline.
  entry!.languages = Object.fromEntries(
    Object.keys(languages)
      .sort()
      .map((language) => [language, languages[language]]),
  );
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
  return { message: `${pageCount} pages indexed in ${Math.round(performance.now() - started)} ms` };
}

/**
 * Moves every file of `from` into `to`, keeping sub-folders. The files every language writes
 * alike (Pagefind's script and its language-neutral parts) replace each other; the rest are
 * named after their language or content and never meet.
 */
function moveInto(from: string, to: string): void {
  for (const item of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, item.name);
    const target = join(to, item.name);
    if (item.isDirectory()) {
      mkdirSync(target, { recursive: true });
      moveInto(source, target);
    } else {
      rmSync(target, { force: true });
      renameSync(source, target);
    }
  }
}
