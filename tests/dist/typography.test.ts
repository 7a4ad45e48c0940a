import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { arabicLeaks, frenchSpacingErrors, latinLeaks, parseHtml, textBlocks, unmarkedArabic } from '../support/rendered-text.ts';

/**
 * Every built page, read as a browser lays out its text: Latin runs (names, codes, file names,
 * shortcuts, addresses) inside right-to-left text are isolated, and French text has its
 * no-break spaces before « : ; ! ? » and inside « », across the inline elements it runs through.
 */
const dist = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}
const pages = filesUnder(dist)
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ page: relative(dist, file), blocks: textBlocks(parseHtml(readFileSync(file, 'utf8'))) }));

describe('text of the built pages', () => {
  it('reads every page, in right-to-left and French text', () => {
    assert.ok(pages.length > 200, `${pages.length} pages`);
    assert.ok(pages.filter(({ blocks }) => blocks.some((block) => block.some((piece) => piece.rtl))).length > 70, 'right-to-left pages');
    assert.ok(pages.filter(({ blocks }) => blocks.some((block) => block.some((piece) => piece.lang === 'fr'))).length > 70, 'French pages');
  });

  it('isolates every Latin run in right-to-left text', () => {
    const leaks = pages.flatMap(({ page, blocks }) => arabicLeaks(blocks).map((leak) => `${page}: ${leak}`));
    assert.deepEqual(leaks, []);
  });

  it('writes no interface text of a zgh page in Latin letters: names and codes are isolated or carry their own lang', () => {
    const zgh = pages.filter(({ page }) => page.startsWith('zgh/'));
    assert.ok(zgh.length > 70, `${zgh.length} zgh pages`);
    const leaks = zgh.flatMap(({ page, blocks }) => latinLeaks(blocks, 'zgh').map((leak) => `${page}: ${leak}`));
    assert.deepEqual(leaks.slice(0, 30), [], `${leaks.length} Latin runs`);
  });

  it('marks every Arabic name, label or text a zgh page shows in place of a missing zgh one with lang="ar"', () => {
    // Left out: the search-only words (`<p hidden>`, never shown).
    const zgh = pages
      .filter(({ page }) => page.startsWith('zgh/'))
      .map(({ page }) => ({
        page,
        blocks: textBlocks(parseHtml(readFileSync(join(dist, page), 'utf8').replace(/<p hidden[^>]*>[^<]*<\/p>/g, ''))),
      }));
    const found = zgh.flatMap(({ page, blocks }) => unmarkedArabic(blocks, 'zgh').map((run) => `${page}: ${run}`));
    assert.deepEqual(found.slice(0, 30), [], `${found.length} unmarked Arabic runs`);
  });

  it('puts a no-break space before « : ; ! ? » and inside « » in French text', () => {
    const errors = pages.flatMap(({ page, blocks }) => frenchSpacingErrors(blocks).map((error) => `${page}: ${error}`));
    assert.deepEqual(errors, []);
  });
});
