import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales.ts';
import { subsetFont, woff2ToTrueType } from './font-subset.ts';

/**
 * The Arabic font, cut down at build time to the glyphs the site's Arabic text uses (see
 * font-subset.ts): about 7.8 KB per weight, from 43 KB for the Arabic subset as shipped.
 * Every word the pages show shapes exactly as with the full font (initial, medial, final and
 * isolated forms, lam-alef and the font's other ligatures, marks); tests/dist/arabic-font.test.ts
 * checks it on every built page.
 */

/** Arabic-script characters, including presentation forms and Arabic punctuation. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
/** A run of Arabic text as the browser shapes it: joiners belong to it, a space ends it. */
export const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D]+/gu;
/** Joiners and direction marks, kept mapped so that the browser never falls back for them. */
const ALWAYS = '\u200C\u200D\u200E\u200F';

/**
 * Where the pages' Arabic text comes from: content, dictionaries, unit labels and templates.
 * The content check's messages and the search code's spelling tables are never displayed.
 */
const DISPLAYED = ['content', 'src/i18n', 'src/schemas', 'src/pages', 'src/components', 'src/layouts'];

function sourceTexts(root: string): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(mdx?|ya?ml|ts|astro|txt)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of DISPLAYED) walk(join(root, dir));
  return texts;
}

/**
 * Arabic the pages show that no source file spells out: `Intl`'s Moroccan month names, and
 * the conjunction `Intl.ListFormat` glues to each name of a list ('الداخلة والعيون').
 */
function generatedTexts(runs: Iterable<string>): string[] {
  const { intl } = locales.ar;
  const months = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' });
  const texts = Array.from({ length: 12 }, (_, month) => months.format(Date.UTC(2020, month, 1)));
  const list = new Intl.ListFormat(intl, { type: 'conjunction' });
  for (const run of runs) texts.push(list.format([run, run]));
  return texts;
}

/** Every Arabic character the pages can show, sorted, with the joiners and marks. */
export function arabicCharacters(root: string, texts: readonly string[] = sourceTexts(root)): string {
  const found = new Set<string>();
  for (const text of texts) for (const char of text.match(ARABIC) ?? []) found.add(char);
  return [...found].sort().join('') + ALWAYS;
}

/** Every run of Arabic text the pages can show, sorted and without repeats. */
export function arabicRuns(root: string, texts: readonly string[] = sourceTexts(root)): string[] {
  const runs = new Set<string>();
  for (const text of texts) for (const run of text.match(ARABIC_RUN) ?? []) runs.add(run);
  for (const text of generatedTexts([...runs])) for (const run of text.match(ARABIC_RUN) ?? []) runs.add(run);
  return [...runs].sort();
}

/** The font as shipped by Fontsource (its Arabic subset), the source of every subset. */
export function arabicSourceFont(root: string, weight: number): string {
  return join(root, `node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-${weight}-normal.woff2`);
}

/**
 * Writes the subset font files for `weights` and returns their paths relative to the project's
 * folder, for Astro's `fonts` config. Astro names the family after a hash of its config, paths
 * included: absolute paths would make every page differ from one checkout folder to another.
 */
export async function arabicFontFiles(rootUrl: URL, weights: readonly number[]): Promise<Record<number, string>> {
  const root = fileURLToPath(rootUrl);
  // Read once for both: at 10,000 achievements that is 30,000 files.
  const texts = sourceTexts(root);
  const request = { characters: arabicCharacters(root, texts), texts: arabicRuns(root, texts) };
  const cache = 'node_modules/.cache/arabic-font';
  const outDir = join(root, cache);
  mkdirSync(outDir, { recursive: true });
  const files: Record<number, string> = {};
  for (const weight of weights) {
    const shipped = readFileSync(arabicSourceFont(root, weight));
    const name = `ibm-plex-sans-arabic-${weight}.woff2`;
    const file = join(outDir, name);
    // The subset depends only on the font and the text: a build that finds the same (the second
    // build of `npm test`, most rebuilds) reuses it instead of shaping and compressing again.
    const key = createHash('sha256').update(shipped).update(request.characters).update(request.texts.join('\n')).digest('hex');
    const keyFile = `${file}.key`;
    if (!existsSync(file) || !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
      writeFileSync(file, await subsetFont(await woff2ToTrueType(shipped), request));
      writeFileSync(keyFile, key);
    }
    files[weight] = `./${cache}/${name}`;
  }
  return files;
}
