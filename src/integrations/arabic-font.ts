import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

/**
 * The Arabic font, cut down at build time to the characters the site writes (HarfBuzz keeps
 * the shaping of the glyphs it keeps: initial, medial, final and isolated forms, ligatures).
 * The shipped Arabic subset of IBM Plex Sans Arabic is about 43 KB per weight; ours is about 11.
 */

/** Arabic-script characters, including presentation forms and Arabic punctuation. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
/** Joiners and marks the shaper needs even when no text names them. */
const ALWAYS = '\u200C\u200D\u200E\u200F';

/**
 * Every Arabic character the pages can show: content, dictionaries, unit labels and templates.
 * The content check's messages and the search code's spelling tables are never displayed.
 */
const DISPLAYED = ['content', 'src/i18n', 'src/schemas', 'src/pages', 'src/components', 'src/layouts'];

export function arabicCharacters(root: string): string {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(mdx?|ya?ml|ts|astro|txt)$/.test(entry.name)) for (const char of readFileSync(path, 'utf8').match(ARABIC) ?? []) found.add(char);
    }
  };
  for (const dir of DISPLAYED) walk(join(root, dir));
  return [...found].sort().join('') + ALWAYS;
}

/**
 * Writes the subset font files for `weights` and returns their paths, for Astro's `fonts`
 * config. The output depends only on the sources, so builds stay reproducible.
 */
export async function arabicFontFiles(rootUrl: URL, weights: readonly number[]): Promise<Record<number, string>> {
  const root = fileURLToPath(rootUrl);
  const characters = arabicCharacters(root);
  const outDir = join(root, 'node_modules/.cache/arabic-font');
  mkdirSync(outDir, { recursive: true });
  const files: Record<number, string> = {};
  for (const weight of weights) {
    const source = readFileSync(join(root, `node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-${weight}-normal.woff2`));
    const subset = await subsetFont(source, characters, { targetFormat: 'woff2' });
    const file = join(outDir, `ibm-plex-sans-arabic-${weight}.woff2`);
    writeFileSync(file, subset);
    files[weight] = file;
  }
  return files;
}
