/**
 * `npm run cards`: draws the social card of each language (public/share/card-<locale>.png,
 * 1200×630), the image that Open Graph and Twitter cards show when a page is shared.
 *
 * The card is an HTML page rendered by Chromium, because Chromium shapes Arabic (joined
 * letters, right to left) where SVG-to-PNG generators such as satori do not. The PNGs are
 * committed: the build does not need a browser. Run this again after changing the site's title,
 * the dictionaries' `share.cardStats` or the number of achievements, areas or regions.
 *
 * CHROMIUM_PATH chooses the browser (Debian's /usr/bin/chromium by default).
 */
import { mkdirSync, readdirSync, existsSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { useTranslations } from '../i18n/index.ts';
import { localeCodes, locales, type Locale } from '../i18n/locales.ts';
import { loadKnownIds } from '../schemas/known-ids.ts';
import { CARD_SIZE } from '../lib/share/urls.ts';

const root = new URL('../../', import.meta.url);
const fonts = new URL('node_modules/@fontsource/ibm-plex-sans-arabic/files/', root);
const tifinaghFonts = new URL('node_modules/@fontsource/noto-sans-tifinagh/files/', root);
const outDir = fileURLToPath(new URL('public/share/', root));
/** Networks fetch the card on every share: keep it light. */
export const MAX_CARD_BYTES = 60_000;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** What the cards say: counted from the content, worded by the dictionaries. */
function counts() {
  const contentDir = new URL('content/', root);
  const ids = loadKnownIds(contentDir);
  const achievements = readdirSync(new URL('achievements/', contentDir), { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(join(fileURLToPath(new URL('achievements/', contentDir)), entry.name, 'ar.mdx')),
  ).length;
  return { achievements, categories: ids.categories.length, regions: ids.regions.length };
}

/** The card of one language, as an HTML page. */
export function cardHtml(locale: Locale, numbers: ReturnType<typeof counts>): string {
  const t = useTranslations(locale);
  const { lang, dir } = locales[locale];
  const face = (subset: string, weight: number, range: string) =>
    `@font-face { font-family: Plex; font-weight: ${weight}; src: url('${new URL(`ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`, fonts).href}') format('woff2'); unicode-range: ${range}; }`;
  // Noto Sans Tifinagh, weight 400 only (the Tifinagh letters of the title and the language list).
  const tifinaghFace = `@font-face { font-family: Plex; font-weight: 400 700; src: url('${new URL('noto-sans-tifinagh-tifinagh-400-normal.woff2', tifinaghFonts).href}') format('woff2'); unicode-range: U+2D30-2D7F; }`;
  const star = (fill: string) =>
    `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><path d='M16 5l3.1 6.9 6.9 3.1-6.9 3.1L16 25l-3.1-6.9L6 15l6.9-3.1z' fill='${fill}'/></svg>`)}")`;
  const stats = t('share.cardStats', {
    achievements: t.count('count.achievements', numbers.achievements),
    categories: t.count('count.categories', numbers.categories),
    regions: t.count('count.regions', numbers.regions),
  });
  const languages = localeCodes
    .map((code) => `<span lang="${locales[code].lang}" dir="${locales[code].dir}">${escapeHtml(locales[code].label)}</span>`)
    .join(' · ');
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<style>
${['arabic', 'latin'].flatMap((subset) => [400, 700].map((weight) => face(subset, weight, subset === 'arabic' ? 'U+0600-06FF, U+0750-077F, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F' : 'U+0000-024F, U+2000-206F, U+20AC'))).join('\n')}
${tifinaghFace}
* { margin: 0; box-sizing: border-box; }
html, body { width: ${CARD_SIZE.width}px; height: ${CARD_SIZE.height}px; }
body {
  font-family: Plex, sans-serif; color: #fff; background: #08462c;
  display: flex; flex-direction: column; justify-content: space-between;
  padding: 72px 80px 64px; position: relative; overflow: hidden;
}
body::before {
  content: ''; position: absolute; inset-block: 0; inset-inline-end: 0; width: 360px;
  background: ${star('#0f6b45')} 0 0 / 90px 90px, #0b5a39;
}
body::after { content: ''; position: absolute; inset-inline: 0; inset-block-end: 0; height: 14px; background: #9a3412; }
main { position: relative; max-width: 700px; display: flex; flex-direction: column; gap: 28px; }
.kingdom { font-size: 30px; color: #d6ecdf; }
/* Tifinagh has one weight: never drawn in a faux bold. */
:lang(zgh) { font-synthesis: none; }
h1 { font-size: ${locale === 'ar' ? 62 : 58}px; font-weight: 700; line-height: ${locale === 'ar' ? 1.45 : 1.2}; }
.stats { font-size: 32px; color: #f5ddd1; font-weight: 700; }
footer { position: relative; font-size: 26px; color: #d6ecdf; }
</style>
</head>
<body>
<main>
<p class="kingdom">${escapeHtml(t('site.kingdom'))}</p>
<h1>${escapeHtml(t('site.title'))}</h1>
<p class="stats">${escapeHtml(stats)}</p>
</main>
<footer>${languages}</footer>
</body>
</html>`;
}

/** Renders every card; prints each file's size. */
async function main() {
  mkdirSync(outDir, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'cards-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--font-render-hinting=none'],
  });
  try {
    const numbers = counts();
    for (const locale of localeCodes) {
      const page = await browser.newPage({ viewport: CARD_SIZE, deviceScaleFactor: 1 });
      const file = join(scratch, `card-${locale}.html`);
      writeFileSync(file, cardHtml(locale, numbers));
      await page.goto(pathToFileURL(file).href);
      await page.evaluate(() => document.fonts.ready);
      const missing = await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'error').length);
      if (missing > 0) throw new Error(`${missing} font files failed to load: run npm ci first.`);
      const shot = await page.screenshot({ type: 'png' });
      await page.close();
      // A 64-colour palette (libimagequant) keeps text edges smooth at a fraction of the size.
      const png = await sharp(shot).png({ palette: true, colours: 64, dither: 0.5, compressionLevel: 9, effort: 10 }).toBuffer();
      if (png.byteLength > MAX_CARD_BYTES)
        throw new Error(`card-${locale}.png is ${png.byteLength} bytes, above ${MAX_CARD_BYTES}: simplify the card.`);
      writeFileSync(join(outDir, `card-${locale}.png`), png);
      console.log(`public/share/card-${locale}.png ${png.byteLength} bytes`);
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
