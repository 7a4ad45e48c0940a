import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

/**
 * The Arabic font, cut down at build time to the characters the site writes (HarfBuzz keeps
 * the shaping of the glyphs it keeps: initial, medial, final and isolated forms, ligatures).
 * The shipped Arabic subset of IBM Plex Sans Arabic is about 43 KB per weight; ours is about 11.
 */

/** Arabic-script characters, including presentation forms and Arabic punctuation. */
const ARABIC_ONE = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
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
      else if (/\.(mdx?|ya?ml|ts|astro|txt)$/.test(entry.name)) {
        // At 30,000 files, testing each distinct character of a file once (not every
        // occurrence) and skipping files with no Arabic at all keeps this under a second.
        const text = readFileSync(path, 'utf8');
        if (!ARABIC_ONE.test(text)) continue;
        for (const char of new Set(text)) if (ARABIC_ONE.test(char)) found.add(char);
      }
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
    const file = join(outDir, `ibm-plex-sans-arabic-${weight}.woff2`);
    // The subset depends only on the font and the characters: a build that finds the same ones
    // (the second build of `npm test`, most rebuilds) reuses it instead of compressing again.
    const key = createHash('sha256').update(source).update(characters).digest('hex');
    const keyFile = `${file}.key`;
    if (!existsSync(file) || !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
      writeFileSync(file, await subsetFont(source, characters, { targetFormat: 'woff2' }));
      writeFileSync(keyFile, key);
    }
    files[weight] = file;
  }
  return files;
}
