import type { LocalizedText } from '../schemas/taxonomy.ts';
import { defaultLocale, foreignTextAttributes, type Locale } from './locales.ts';

/**
 * A text as a page shows it: in the page's language, or, where that language may lack it
 * (`names: 'optional'` in the locale table), in Arabic with its own `lang` and `dir`.
 */
export interface ShownText {
  text: string;
  /** Set only when the text is not in the page's language. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * The name of a category, region, place or partner on a `locale` page: the one function every
 * page and file goes through, so that a missing name reads as the Arabic one, marked.
 * @example shownName(region.name, 'zgh') // { text: 'جهة الرباط سلا القنيطرة', lang: 'ar', dir: 'rtl' } when zgh is missing
 */
export function shownName(name: LocalizedText, locale: Locale): ShownText {
  const text = (name as Partial<Record<Locale, string>>)[locale];
  if (text !== undefined) return { text };
  return { text: name[defaultLocale], ...foreignTextAttributes(defaultLocale, locale) };
}

/** The name's text alone, for titles, attributes, feeds and data files (which carry no `lang` of their own). */
export function nameText(name: LocalizedText, locale: Locale): string {
  return shownName(name, locale).text;
}
