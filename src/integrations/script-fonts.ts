import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales.ts';
import { ARABIC_SHAPING, subsetFont, woff2ToTrueType, type ShapingScript } from './font-subset.ts';

/**
 * The self-hosted fonts of the scripts that are not Latin (the locale table's `font`), each cut
 * down at build time to the glyphs the site's text in that script uses (font-subset.ts): the
 * Arabic one to about 7.8 KB per weight from 43 KB as shipped, the Tifinagh one to a few KB
 * from 17 KB. Every word the pages show shapes exactly as with the full font;
 * tests/dist/arabic-font.test.ts and tifinagh-font.test.ts check it on every built page.
 */
export interface ScriptFont {
  /** The cache folder's and the files' name. */
  id: string;
  /** One character of the script. */
  character: RegExp;
  /** A run of the script's text as the browser shapes it. */
  run: RegExp;
  /** Characters kept mapped whatever the text (joiners, marks), so the browser never falls back for them. */
  always: string;
  shaping: ShapingScript;
  /** The font file as shipped by Fontsource for a weight: the source of every subset. */
  source(root: string, weight: number): string;
  /** Text in the script the pages show that no source file spells out (what `Intl` writes). */
  generated(runs: readonly string[]): string[];
  /** CSS `unicode-range` of the script, so that pages without it download nothing. */
  unicodeRange: [string, ...string[]];
}

/** Arabic-script characters, including presentation forms and Arabic punctuation. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
/** A run of Arabic text as the browser shapes it: joiners belong to it, a space ends it. */
export const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D]+/gu;

/** Neo-Tifinagh (U+2D30–U+2D7F, with the consonant joiner U+2D7F). */
const TIFINAGH = /[\u2D30-\u2D7F]/gu;
export const TIFINAGH_RUN = /[\u2D30-\u2D7F]+/gu;

/** Months as `Intl` writes them in a language (every date on the site has a month name). */
function monthNames(intl: string): string[] {
  const months = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => months.format(Date.UTC(2020, month, 1)));
}

export const arabicFont: ScriptFont = {
  id: 'ibm-plex-sans-arabic',
  character: ARABIC,
  run: ARABIC_RUN,
  always: '\u200C\u200D\u200E\u200F',
  shaping: ARABIC_SHAPING,
  source: (root, weight) =>
    join(root, `node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-${weight}-normal.woff2`),
  // Moroccan month names, and the conjunction `Intl.ListFormat` glues to each name of a list ('الداخلة والعيون').
  generated: (runs) => {
    const list = new Intl.ListFormat(locales.ar.intl, { type: 'conjunction' });
    return [...monthNames(locales.ar.intl), ...runs.map((run) => list.format([run, run]))];
  },
  unicodeRange: ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+200C-200F', 'U+FB50-FDFF', 'U+FE70-FEFF'],
};

export const tifinaghFont: ScriptFont = {
  id: 'noto-sans-tifinagh',
  character: TIFINAGH,
  run: TIFINAGH_RUN,
  always: '',
  shaping: { direction: 'ltr', script: 'Tfng', language: 'zgh' },
  source: (root, weight) =>
    join(root, `node_modules/@fontsource/noto-sans-tifinagh/files/noto-sans-tifinagh-tifinagh-${weight}-normal.woff2`),
  // Month names in Tifinagh (`30 ⵢⵓⵍⵢⵓⵣ 2020`), from Node's ICU.
  generated: () => monthNames(locales.zgh.intl),
  unicodeRange: ['U+2D30-2D7F'],
};

/**
 * Where the pages' text comes from: content, dictionaries, unit labels and templates.
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

/** Every run of the script's text the pages can show, sorted and without repeats. */
export function scriptRuns(font: ScriptFont, root: string, texts: readonly string[] = sourceTexts(root)): string[] {
  const runs = new Set<string>();
  for (const text of texts) for (const run of text.match(font.run) ?? []) runs.add(run);
  for (const text of font.generated([...runs])) for (const run of text.match(font.run) ?? []) runs.add(run);
  return [...runs].sort();
}

/** Every character of the script the pages can show, sorted, with the joiners and marks. */
export function scriptCharacters(font: ScriptFont, root: string, texts: readonly string[] = sourceTexts(root)): string {
  const found = new Set<string>();
  for (const text of [...texts, ...font.generated(scriptRuns(font, root, texts))]) {
    for (const char of text.match(font.character) ?? []) found.add(char);
  }
  return [...found].sort().join('') + font.always;
}

/**
 * Writes the subset font files for `weights` and returns their paths relative to the project's
 * folder, for Astro's `fonts` config. Astro names the family after a hash of its config, paths
 * included: absolute paths would make every page differ from one checkout folder to another.
 */
export async function scriptFontFiles(font: ScriptFont, rootUrl: URL, weights: readonly number[]): Promise<Record<number, string>> {
  const root = fileURLToPath(rootUrl);
  // Read once for every weight: at 10,000 achievements that is 30,000 files.
  const texts = sourceTexts(root);
  const request = { characters: scriptCharacters(font, root, texts), texts: scriptRuns(font, root, texts), shaping: font.shaping };
  const cache = `node_modules/.cache/${font.id === arabicFont.id ? 'arabic-font' : font.id}`;
  const outDir = join(root, cache);
  mkdirSync(outDir, { recursive: true });
  const files: Record<number, string> = {};
  for (const weight of weights) {
    const shipped = readFileSync(font.source(root, weight));
    const name = `${font.id}-${weight}.woff2`;
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
