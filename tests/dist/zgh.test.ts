import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TIFINAGH_RUN, tifinaghFont } from '../../src/integrations/script-fonts.ts';
import { shapeRun, shapingFont, woff2ToTrueType } from '../../src/integrations/font-subset.ts';

/**
 * The site in Standard Moroccan Amazigh (zgh), as built (run after `npm run build`): every page
 * under /zgh/ in its language and direction, linked from and to the other languages, in the
 * sitemap; its Tifinagh font subset draws every Tifinagh run of every page as the full font does;
 * an achievement without a zgh text shows the Arabic, marked, with a notice in Tamazight.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, process.env.DIST_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}
const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
const page = (file: string) => readFileSync(file, 'utf8');
const zghPages = pages.filter((file) => relative(dist, file).startsWith('zgh/'));
const otherPages = pages.filter((file) => !relative(dist, file).startsWith('zgh/'));
/** Not-found pages have no alternates. */
const isNotFound = (file: string) => /(^|\/)404(\.html|\/index\.html)$/.test(relative(dist, file));

describe('the zgh pages', () => {
  it('are every page type, each in zgh and left to right', () => {
    for (const route of ['', 'achievements/', 'categories/', 'regions/', 'partners/', 'years/', 'search/', 'data/', 'report/', 'offline/']) {
      assert.ok(existsSync(join(dist, 'zgh', route, 'index.html')), `zgh/${route}`);
    }
    assert.ok(existsSync(join(dist, 'zgh/404.html')) && existsSync(join(dist, 'zgh/rss.xml')), 'its 404 page and feed');
    assert.ok(zghPages.length > 70, `${zghPages.length} zgh pages`);
    const wrong = zghPages.filter((file) => !page(file).includes('<html lang="zgh" dir="ltr">')).map((file) => relative(dist, file));
    assert.deepEqual(wrong, []);
  });

  it('are the alternates of every page, and every zgh page names the others', () => {
    const withoutZgh = otherPages
      // Pages with alternates (not-found and offline pages have none).
      .filter((file) => /<link rel="alternate" hreflang="fr" /.test(page(file)) && !/hreflang="zgh" href="[^"]*\/zgh\//.test(page(file)))
      .map((file) => relative(dist, file));
    assert.deepEqual(withoutZgh, []);
    const withoutArabic = zghPages
      .filter((file) => !isNotFound(file) && !file.includes('/offline/') && !/<link rel="alternate" hreflang="ar" /.test(page(file)))
      .map((file) => relative(dist, file));
    assert.deepEqual(withoutArabic, []);
    assert.match(page(join(dist, 'index.html')), /<a href="[^"]*\/zgh\/" hreflang="zgh" lang="zgh" dir="ltr"[^>]*>ⵜⴰⵎⴰⵣⵉⵖⵜ<\/a>/, 'the switcher');
  });

  it('are in the sitemap, each with its alternates', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    assert.ok(urls.filter((url) => url.includes(`${base}zgh/`)).length > 70);
    assert.match(sitemap, new RegExp(`<xhtml:link rel="alternate" hreflang="zgh" href="[^"]*${base}zgh/achievements/law-50-17-adoption/"/>`));
  });

  it('say their language in JSON-LD, Open Graph and the feed', () => {
    const achievement = page(join(dist, 'zgh/achievements/law-50-17-adoption/index.html'));
    assert.match(achievement, /<meta property="og:locale" content="zgh_MA">/);
    assert.match(achievement, /"inLanguage":"ar"/, 'the text shown is the Arabic one, and says so');
    assert.match(page(join(dist, 'zgh/data/index.html')), /"inLanguage":"zgh"/, 'the zgh open data');
    assert.match(readFileSync(join(dist, 'zgh/rss.xml'), 'utf8'), /<language>zgh<\/language>/);
  });

  it('write dates in Tifinagh at build time, with Western digits', () => {
    const achievement = page(join(dist, 'zgh/achievements/law-50-17-adoption/index.html'));
    assert.match(achievement, /30 ⵢⵓⵍⵢⵓⵣ 2020/);
    assert.doesNotMatch(achievement, /[\u0660-\u0669\u06F0-\u06F9]/);
  });

  it('show an achievement without a zgh text in Arabic, marked, with a notice in Tamazight and the versions that exist', () => {
    const achievement = page(join(dist, 'zgh/achievements/law-50-17-adoption/index.html'));
    assert.ok(!existsSync(join(root, 'content/achievements/law-50-17-adoption/zgh.mdx')));
    assert.match(achievement, /<h1 [^>]*lang="ar" dir="rtl">المصادقة على القانون رقم/);
    assert.match(achievement, /data-testid="achievement-text" lang="ar" dir="rtl"><p>تمت المصادقة/);
    assert.match(achievement, /role="note">ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵜⵓⵙⵙⵓⵖⵍ/);
    for (const lang of ['ar', 'fr', 'en']) {
      assert.match(achievement, new RegExp(`<a href="[^"]*/achievements/law-50-17-adoption/" hreflang="${lang}" lang="${lang}" dir="(rtl|ltr)">[^<]+:`), lang);
    }
  });

  it('show a name without a zgh form in Arabic, marked, and the attested ones in Tifinagh', () => {
    const regions = page(join(dist, 'zgh/regions/index.html'));
    assert.match(regions, /ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ/);
    assert.match(regions, /<span lang="ar" dir="rtl">(<bdi[^>]*>)?جهة الرباط سلا القنيطرة/);
  });
});

describe('the Tifinagh font subset', async () => {
  const face = /@font-face\{font-family:"Noto Sans Tifinagh-[^"]+";src:url\("[^"]*?\/(_astro\/fonts\/[^"]+\.woff2)"\)/.exec(page(join(dist, 'zgh/index.html')));
  const file = join(dist, face?.[1] ?? 'missing');

  it('is declared and preloaded on zgh pages only, without faux bold, at most 10 KB', () => {
    assert.ok(face, 'zgh pages declare it');
    assert.ok(statSync(file).size <= 10 * 1024, `${statSync(file).size} bytes`);
    for (const file of zghPages) {
      assert.ok(page(file).includes('Noto Sans Tifinagh'), relative(dist, file));
      assert.match(page(file), /:lang\(zgh\)\s*\{\s*font-synthesis:\s*none/);
    }
    assert.deepEqual(
      otherPages.filter((file) => page(file).includes('Noto Sans Tifinagh')).map((file) => relative(dist, file)),
      [],
    );
    assert.match(page(join(dist, 'zgh/index.html')), /IBM Plex Sans Arabic/, 'the Arabic face too, for Arabic names and texts');
  });

  const runs = new Set<string>();
  for (const file of pages) for (const run of page(file).match(TIFINAGH_RUN) ?? []) runs.add(run);
  const subset = shapingFont(await woff2ToTrueType(readFileSync(file)));
  const full = shapingFont(await woff2ToTrueType(readFileSync(tifinaghFont.source(root, 400))));
  const drawn = (font: typeof subset, text: string) =>
    shapeRun(font, text, '', '', tifinaghFont.shaping).map(({ glyph, xAdvance, xOffset, yOffset }) => `${font.glyphToPath(glyph)} ${xAdvance} ${xOffset} ${yOffset}`);

  it(`has every Tifinagh character of the built pages, drawn as the full font draws it (${runs.size} runs)`, () => {
    assert.ok(runs.size > 200, `${runs.size} runs`);
    const characters = [...new Set([...runs].join(''))];
    const missing = characters.filter((character) => shapeRun(subset, character, '', '', tifinaghFont.shaping).some(({ glyph }) => glyph === 0));
    assert.deepEqual(missing, []);
    const different = [...runs].filter((run) => drawn(subset, run).join('|') !== drawn(full, run).join('|'));
    assert.deepEqual(different, []);
  });
});
