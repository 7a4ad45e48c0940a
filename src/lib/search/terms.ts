import type { Locale } from '../../i18n/locales.ts';
import type { Aliases } from '../../schemas/taxonomy.ts';
import { searchSpellings } from './spelling.ts';

/** What a page's search-only words are drawn from. */
export interface TermsSource {
  /** The language of the page (and of its index). */
  locale: Locale;
  /** The language its text is written in (Arabic when not translated). */
  textLocale: Locale;
  /** The title and the text, as read. */
  text: readonly string[];
  /** Names shown on the page, in the text's language (partners). */
  names: readonly string[];
  /** Regions, places and partners the page names, with their other names. */
  named: readonly { aliases?: Aliases | undefined }[];
  /** The text's own keywords (in the text's language). */
  keywords: readonly string[];
}

/**
 * The words indexed with an achievement page but never shown: the other names (in the page's
 * language) of what it names, its keywords, and other spellings of all its words, so that a
 * reader finds it by the name or word they know.
 * @example searchTerms({ locale: 'fr', textLocale: 'fr', text: [], names: [], named: [{ aliases: { fr: ['Marrakesh'] } }], keywords: ['pandémie'] })
 * // ['Marrakesh', 'pandémie']
 */
export function searchTerms(source: TermsSource): string[] {
  const aliases = source.named.flatMap((item) => item.aliases?.[source.locale] ?? []);
  // Keywords are written in the text's language, other names in the page's.
  const spellings = searchSpellings([...source.text, ...source.names, ...source.keywords].join(' '), source.textLocale);
  const aliasSpellings = searchSpellings(aliases.join(' '), source.locale);
  return [...new Set([...aliases, ...source.keywords, ...spellings, ...aliasSpellings])];
}
