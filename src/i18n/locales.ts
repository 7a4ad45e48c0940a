/**
 * The one table of the site's languages. It feeds `astro.config.mjs` (i18n routing and the
 * sitemap), the routes, `<html lang dir>`, the language switcher and every formatter.
 *
 * Arabic is the default language: its pages have no prefix (`/`), the others do (`/fr/`).
 */
export const locales = {
  ar: {
    /** Name of the language, written in that language (shown in the language switcher). */
    label: 'العربية',
    /** BCP 47 tag for `<html lang>` and `hreflang`. */
    lang: 'ar',
    dir: 'rtl',
    /**
     * Tag for `Intl`: Moroccan Arabic conventions (`16.098`, `30 يوليوز 2020`) with Western
     * digits named explicitly, since plain `ar` gives Egyptian month names and, depending on
     * the ICU version, Arabic-Indic digits.
     */
    intl: 'ar-MA-u-nu-latn',
    /** Open Graph locale. */
    ogLocale: 'ar_MA',
    /** How UI text is spaced around punctuation (`src/lib/typography.ts`). */
    punctuation: 'plain',
  },
  fr: {
    label: 'Français',
    lang: 'fr',
    dir: 'ltr',
    intl: 'fr-FR',
    ogLocale: 'fr_MA',
    punctuation: 'french',
  },
  en: {
    label: 'English',
    lang: 'en',
    dir: 'ltr',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    punctuation: 'plain',
  },
} as const satisfies Record<string, LocaleConfig>;

export interface LocaleConfig {
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  intl: string;
  ogLocale: string;
  punctuation: PunctuationSpacing;
}

/** `french`: a no-break space before « : ; ! ? » and inside « »; `plain`: text as written. */
export type PunctuationSpacing = 'plain' | 'french';

export type Locale = keyof typeof locales;

export const defaultLocale = 'ar' satisfies Locale;

/** Every locale, the default one first. */
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/**
 * `lang` and `dir` for a piece of text written in `textLocale` shown on a `pageLocale` page
 * (an Arabic original shown where a translation is missing); nothing when they match.
 */
export function foreignTextAttributes(textLocale: Locale, pageLocale: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (textLocale === pageLocale) return {};
  return { lang: locales[textLocale].lang, dir: locales[textLocale].dir };
}
