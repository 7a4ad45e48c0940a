import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Font } from 'harfbuzzjs';
import { ARABIC_RUN, arabicFont } from '../../src/integrations/script-fonts.ts';
import { joiningContexts, shapeRun, shapingFont, woff2ToTrueType } from '../../src/integrations/font-subset.ts';

/**
 * The subset Arabic font renders the built pages' Arabic exactly as the full font does:
 * every run of Arabic text on every page is shaped (HarfBuzz, as Chromium and Firefox do) with
 * both fonts and compared glyph by glyph, outline and position. Run after `npm run build`.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, process.env.DIST_DIR ?? 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}
const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));

/** What the browser shows: text and attribute values, without the never-displayed `hidden` paragraphs (search spellings). */
function displayedRuns(html: string): string[] {
  return html.replace(/<p hidden>[^<]*<\/p>/g, ' ').match(ARABIC_RUN) ?? [];
}

/** The weight → font file pairs of the @font-face rules the pages carry. */
function builtFonts(): Map<number, string> {
  const fonts = new Map<number, string>();
  const html = readFileSync(pages.find((file) => file.endsWith('index.html')) ?? '', 'utf8');
  for (const [, url, weight] of html.matchAll(/src:url\("[^"]*?\/(_astro\/fonts\/[^"]+\.woff2)"\)[^}]*?font-weight:(\d+)/g)) {
    fonts.set(Number(weight), join(dist, url ?? ''));
  }
  return fonts;
}

/** A run as drawn: each glyph's outline and its position. */
function drawn(font: Font, text: string, before = '', after = ''): string[] {
  return shapeRun(font, text, before, after).map(({ glyph, xAdvance, xOffset, yOffset }) => `${font.glyphToPath(glyph)} ${xAdvance} ${xOffset} ${yOffset}`);
}

describe('the Arabic font subset', async () => {
  const runs = new Set<string>();
  for (const page of pages) for (const run of displayedRuns(readFileSync(page, 'utf8'))) runs.add(run);
  const fonts = builtFonts();

  it('has both weights, each under 12 KB', () => {
    assert.deepEqual([...fonts.keys()].sort(), [400, 700]);
    for (const [weight, file] of fonts) assert.ok(statSync(file).size <= 12 * 1024, `${weight}: ${statSync(file).size} bytes`);
  });

  for (const [weight, file] of fonts) {
    const subset = shapingFont(await woff2ToTrueType(readFileSync(file)));
    const full = shapingFont(await woff2ToTrueType(readFileSync(arabicFont.source(root, weight))));

    it(`draws every Arabic run of every page as the full font does (${weight}, ${runs.size} runs)`, () => {
      assert.ok(runs.size > 500, `${runs.size} runs`);
      const different = [...runs].filter((run) => drawn(subset, run).join('|') !== drawn(full, run).join('|'));
      assert.deepEqual(different, []);
    });

    it(`joins each of its letters on either side as the full font does (${weight}), so that any word typed in the search box joins`, () => {
      const letters = [...new Set(runs)].join('');
      const different = joiningContexts([...new Set(letters)].join('')).filter(
        ([text, before, after]) => drawn(subset, text, before, after).join('|') !== drawn(full, text, before, after).join('|'),
      );
      assert.deepEqual(different, []);
    });
  }
});
