import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useTranslations, type TextKey } from '../../src/i18n/index.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { excerptText, readableExcerpt, TERMS_ANCHOR, TEXT_ANCHOR } from '../../src/lib/search/excerpt.ts';
import { achievementSlugs } from '../support/content-files.ts';
import { loadIndex, type ResultData } from '../support/pagefind.ts';

/**
 * The search index as the search page reads it (the built `pagefind.js`, in Node): for every
 * achievement in every language, the indexed text and the excerpt a result shows read as
 * sentences. Pagefind joins neighbouring elements' text without a space, so a label glued to
 * its value («الحالةمنجز», «AxeFormation») or a number to its noun («16.098شابًا») becomes one
 * word to search and a broken line to read.
 */
const dist = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
const slugs = achievementSlugs();

/** The labels an achievement page writes before its facts and figures. */
const labelKeys: TextKey[] = [
  'achievement.status',
  'achievement.category',
  'achievement.where',
  'achievement.places',
  'achievement.partners',
  'achievement.dates',
  'achievement.legal',
  'achievement.publications',
  'achievement.figures',
  'achievement.breakdown',
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const slugOf = (result: ResultData) => result.url.split('/').filter(Boolean).pop() ?? '';
const wordsOf = (content: string) => content.split(/[^\S\uFEFF]+/);

const ARABIC_PREFIXED_NUMBER = /^[وفبل]\p{N}+$/u;

/** Places where a label runs into the next word, or a number into a letter. */
export function gluedWords(text: string, labels: readonly string[]): string[] {
  const found: string[] = [];
  for (const label of labels) {
    // A value starts with a capital, a digit or a letter of a script without case (Arabic):
    // «Partnership» after «Partners» is a word, «PartnersNational» is not.
    const glued = new RegExp(`(?<![\\p{L}\\p{M}])${escape(label)}(?=[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}])[\\p{L}\\p{M}\\p{N}]+`, 'gu');
    for (const match of text.matchAll(glued)) found.push(match[0]);
  }
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]*(?:\p{N}[\p{L}\p{M}]|[\p{L}\p{M}]\p{N})[\p{L}\p{M}\p{N}]*/gu)) {
    // Arabic writes «and», «by» and «for» against the number (و3, ب2020): the Arabic text a zgh
    // page shows is indexed as it is written, without the Arabic index's word splitting.
    // French ordinals are written with the letters raised against the number (12ᵉ, 1ᵉʳ).
    if (!ARABIC_PREFIXED_NUMBER.test(match[0]) && !/^\d+[ᵉʳˢ]+$/u.test(match[0])) found.push(match[0]);
  }
  return found;
}

describe('the search index reads as text', () => {
  it('finds glued words where there are some', () => {
    assert.deepEqual(gluedWords('الحالةمنجز. 16.098شابًا', ['الحالة']), ['الحالةمنجز', '098شابًا']);
    assert.deepEqual(gluedWords('AxeFormation professionnelle, 19 000artisans', ['Axe']), ['AxeFormation', '000artisans']);
    assert.deepEqual(gluedWords('Axe : Formation. Axes. 19 000 artisans, loi n° 50-17', ['Axe']), []);
    assert.deepEqual(gluedWords('Partnership agreement. PartnersNational Agency', ['Partners']), ['PartnersNational']);
    assert.deepEqual(gluedWords('و3 مناطق، و15 فندقًا', []), [], 'Arabic spelling');
    assert.deepEqual(gluedWords('la 12ᵉ édition, le 1ᵉʳ salon', []), [], 'French ordinals');
  });

  for (const locale of localeCodes) {
    describe(locale, async () => {
      const index = await loadIndex(dist, locale);
      const t = useTranslations(locale);
      const labels = labelKeys.map((key) => t(key));
      const all = await index.search(null);

      it('holds every achievement', () => {
        assert.deepEqual(all.map(slugOf).sort(), slugs);
      });

      it('glues no label to its value and no number to a word', () => {
        const glued = all.flatMap((result) => gluedWords(result.content, labels).map((word) => `${slugOf(result)}: «${word}»`));
        assert.deepEqual(glued, []);
      });

      it('says the language of a result whose text or category is shown in Arabic in place of a missing one', () => {
        for (const result of all) {
          const page = readFileSync(join(dist, result.url.replace(/^\//, ''), 'index.html'), 'utf8');
          const h1 = /<h1 [^>]*>/.exec(page)![0];
          const textLang = /\blang="([^"]+)" dir="(rtl|ltr)"/.exec(h1);
          assert.equal(result.meta.textLang, textLang ? `${textLang[1]} ${textLang[2]}` : undefined, `${slugOf(result)} in ${locale}`);
        }
        if (locale === 'zgh') {
          assert.ok(all.every((result) => result.meta.textLang === 'ar rtl'), 'no zgh text yet: every result quotes the Arabic');
          assert.ok(all.some((result) => result.meta.categoryLang === 'ar rtl'));
        }
        if (locale === 'ar') assert.deepEqual(all.filter((result) => result.meta.textLang || result.meta.categoryLang).map((result) => [result.url, result.meta]), []);
      });

      it('marks where the readable text starts and where the search-only words are', () => {
        for (const result of all) {
          const ids = result.anchors.map((anchor) => anchor.id);
          assert.ok(ids.includes(TEXT_ANCHOR) && ids.includes(TERMS_ANCHOR), `${slugOf(result)}: anchors ${ids.join(', ')}`);
        }
      });

      it('shows excerpts without the title or the search-only words, for a filter and for the title itself', async () => {
        for (const result of all) {
          const title = result.meta.title ?? '';
          const at = (id: string) => result.anchors.find((anchor) => anchor.id === id)!.location;
          const readable = wordsOf(result.content).slice(at(TEXT_ANCHOR), at(TERMS_ANCHOR)).join(' ');
          const [byTitle] = (await index.search(title)).filter((found) => found.url === result.url);
          assert.ok(byTitle, `${slugOf(result)}: not found by its title «${title}»`);
          for (const [what, data] of [['filter', result], ['title search', byTitle]] as const) {
            const excerpt = excerptText(readableExcerpt(data, 30));
            assert.ok(excerpt.length > 0, `${slugOf(result)} (${what}): empty excerpt`);
            // Unless the text itself holds the title's words (the 2018 exports report's does).
            if (!readable.includes(title))
              assert.ok(!excerpt.replace(/^… /, '').startsWith(title), `${slugOf(result)} (${what}): «${excerpt}» starts with the title`);
            const words = excerpt.replace(/^… /, '').replace(/ …$/, '');
            assert.ok(readable.includes(words), `${slugOf(result)} (${what}): «${excerpt}» is not from the text between the title and the search-only words`);
            assert.deepEqual(gluedWords(excerpt, labels), [], `${slugOf(result)} (${what}): «${excerpt}»`);
          }
        }
      });
    });
  }
});
