/**
 * Arabic forgiveness for search, on top of what Pagefind's Snowball stemmer already does.
 *
 * Measured on this site's index (Pagefind 1.6): the stemmer already ignores diacritics and
 * tatweel, folds أ إ آ into ا and ة into ه, and strips most prefixes (للتكوين, بالراشيدية,
 * وللمهنيين all match). It does not: match a bare word with its article-bearing form
 * (تكوين: 3 results, التكوين: 11), strip و before the article (والتكوين: 0), or fold ى into ي
 * (تحدى: 2, تحدي: 3). Those gaps are closed here, in the query and in the indexed text alike.
 */

const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
// eslint-disable-next-line no-misleading-character-class -- diacritics and tatweel are part of a word here, on purpose
const ARABIC_WORD = /[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]+/g;

/**
 * The spelling-insensitive form of an Arabic text: no diacritics or tatweel, one alef, ي for ى,
 * ه for final ة.
 * @example normalizeArabic('إِنْجَازات الصناعـة') // 'انجازات الصناعه'
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

/** The word without a leading conjunction (و، ف) or preposition fused with the article (بال، كال، لل). */
function withoutClitics(word: string): string {
  const match = /^(?:[وف])?(?:(?:[بك]?ال)|لل)(.{2,})$/.exec(word);
  if (match) return `ال${match[1]}`;
  const conjunction = /^[وف](ال.{2,})$/.exec(word);
  return conjunction ? conjunction[1]! : word;
}

/**
 * The queries to run for what the visitor typed: as typed, normalised without clitics, and with
 * the article on bare words, so that تكوين also finds التكوين and والتكوين finds التكوين.
 * Latin text passes through unchanged.
 * @example searchVariants('والتكوين') // ['والتكوين', 'التكوين']
 * @example searchVariants('تكوين') // ['تكوين', 'التكوين']
 */
export function searchVariants(query: string): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed) return [];
  const normalised = normalizeArabic(typed).replace(ARABIC_WORD, (word) => withoutClitics(word));
  const withArticle = normalised.replace(ARABIC_WORD, (word) => (word.startsWith('ال') || word.length < 3 ? word : `ال${word}`));
  return [...new Set([typed, normalised, withArticle])];
}

/**
 * Words of an Arabic text whose normalised spelling differs from the written one (تحدى → تحدي),
 * added to the index so that either spelling finds the page.
 */
export function normalisedVariants(text: string): string[] {
  const words = text.match(ARABIC_WORD) ?? [];
  return [...new Set(words.map((word) => normalizeArabic(word)).filter((word, index) => word !== words[index]))];
}

/**
 * French words after an elision (`d’alphabétisation` → `alphabétisation`). Pagefind 1.6 keeps
 * `d’alphabétisation` as one word, so without these a search for `alphabétisation` or
 * `artisanat` misses the pages that write `l’artisanat`.
 */
export function elisionVariants(text: string): string[] {
  const words = text.match(/(?<![\p{L}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]([\p{L}-]{2,})/giu) ?? [];
  return [...new Set(words.map((word) => word.replace(/^[^'’]+['’]/, '')))];
}

/**
 * Extra spellings to index with a page's text, so that the forms people type find it:
 * normalised Arabic words, and French words freed from their elision.
 */
export function searchSpellings(text: string, locale: string): string[] {
  if (locale === 'ar') return normalisedVariants(text);
  if (locale === 'fr') return elisionVariants(text);
  return [];
}
