/**
 * The one table of the site's languages. It feeds `astro.config.mjs` (i18n routing and the
 * sitemap), the routes, `<html lang dir>`, the language switcher, every formatter, the content
 * config and the content check (which texts each entry needs), the translations tool, the
 * scaffold (`npm run new`), the names every category, region, place and partner must have, and
 * the types that require a UI dictionary (`src/i18n/ui/`) and unit labels for each language.
 * How to add one: docs/architecture.md.
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
    /**
     * The plural forms its counted phrases and unit labels must give: the CLDR categories of
     * `Intl.PluralRules` for `intl` (tests/unit/locales.test.ts holds them to it).
     */
    plurals: ['zero', 'one', 'two', 'few', 'many', 'other'],
    /** Whether the content check speaks it (`src/check/messages/<code>.ts`); if not, English. */
    checkMessages: true,
    /**
     * Whether every achievement must have a text in it (`required`: the check warns for each
     * missing one) or may lack one (`optional`: the translations report lists them).
     */
    texts: 'required',
    /**
     * Whether every category, region, place, partner and unit must have a name in it
     * (`required`) or may lack one (`optional`: the page shows the Arabic name, marked).
     */
    names: 'required',
    /** The self-hosted font of its script (`src/integrations/fonts.ts`); `system` for Latin. */
    font: 'arabic',
    /**
     * The word joining the last two names of a list where Intl has no list patterns for the
     * language (it falls back to English «and»); `null`: `Intl.ListFormat`.
     */
    conjunction: null,
    /**
     * Whether browsers' `Intl` knows `intl` (Chromium's ICU has no zgh data): if not, nothing
     * is formatted with it in the browser (`src/scripts/`), only at build time with Node's.
     */
    browserIntl: true,
  },
  fr: {
    label: 'Français',
    lang: 'fr',
    dir: 'ltr',
    intl: 'fr-FR',
    ogLocale: 'fr_MA',
    punctuation: 'french',
    // Intl's `many` (a million and up) reads as `other`, as i18next falls back to it.
    plurals: ['one', 'other'],
    checkMessages: true,
    texts: 'required',
    names: 'required',
    font: 'system',
    conjunction: null,
    browserIntl: true,
  },
  en: {
    label: 'English',
    lang: 'en',
    dir: 'ltr',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    punctuation: 'plain',
    plurals: ['one', 'other'],
    checkMessages: true,
    texts: 'required',
    names: 'required',
    font: 'system',
    conjunction: null,
    browserIntl: true,
  },
  zgh: {
    label: 'ⵜⴰⵎⴰⵣⵉⵖⵜ',
    // Standard Moroccan Amazigh in Neo-Tifinagh. Not `tzm-Tfng`: ICU formats that in Latin letters.
    lang: 'zgh',
    dir: 'ltr',
    // Node's ICU formats zgh in Tifinagh with Western digits (`30 ⵢⵓⵍⵢⵓⵣ 2020`, `16 098`);
    // `-u-nu-latn` changes nothing there and pins the digits. Chromium's ICU has no zgh data.
    intl: 'zgh-u-nu-latn',
    ogLocale: 'zgh_MA',
    punctuation: 'plain',
    plurals: ['one', 'other'],
    checkMessages: false,
    texts: 'optional',
    names: 'optional',
    font: 'tifinagh',
    // ICU's zgh has no list patterns: `Intl.ListFormat` writes the English «and».
    conjunction: 'ⴷ',
    browserIntl: false,
  },
} as const satisfies Record<string, LocaleConfig>;

export interface LocaleConfig {
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  intl: string;
  ogLocale: string;
  punctuation: PunctuationSpacing;
  plurals: readonly [PluralForm, ...PluralForm[]];
  checkMessages: boolean;
  texts: Requirement;
  names: Requirement;
  font: ScriptFont;
  conjunction: string | null;
  browserIntl: boolean;
}

/** Whether content must give a text or name in a language, or may leave it to the Arabic. */
export type Requirement = 'required' | 'optional';

/** The font a language's script is set in: self-hosted and subset, or the reader's own (Latin). */
export type ScriptFont = 'arabic' | 'tifinagh' | 'system';

/** A CLDR plural category, as `Intl.PluralRules` names it (and i18next's key suffixes). */
export type PluralForm = Intl.LDMLPluralRule;

/** `french`: a no-break space before « : ; ! ? » and inside « »; `plain`: text as written. */
export type PunctuationSpacing = 'plain' | 'french';

export type Locale = keyof typeof locales;

export const defaultLocale = 'ar' satisfies Locale;

/** Every locale, the default one first. */
export const localeCodes = Object.keys(locales) as Locale[];

/** The languages an entry is translated into: every one but the default, whose file holds the facts. */
export type TranslationLocale = Exclude<Locale, typeof defaultLocale>;
export const translationLocales = localeCodes.filter((locale): locale is TranslationLocale => locale !== defaultLocale);

/** The plural forms a text that counts must give in `locale`. */
export type PluralFormOf<L extends Locale> = (typeof locales)[L]['plurals'][number];

/** The languages the content check reports in (`checkMessages: true`). */
export type CheckLocale = { [L in Locale]: (typeof locales)[L]['checkMessages'] extends true ? L : never }[Locale];

/** The language of the check's report for a language it does not speak. */
export const checkFallbackLocale = 'en' satisfies CheckLocale;

export function isCheckLocale(locale: Locale): locale is CheckLocale {
  return locales[locale].checkMessages;
}

/**
 * The name of a language in English, from `Intl`, for schema descriptions and the scaffold.
 * @example languageName('fr') // 'French'
 */
export function languageName(locale: Locale): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(locales[locale].lang) ?? locale;
}

/** Languages every name must be given in (`names: 'required'`). */
export type NameLocale = { [L in Locale]: (typeof locales)[L]['names'] extends 'required' ? L : never }[Locale];
/** Languages a name may be missing in (`names: 'optional'`): the Arabic one is shown then. */
export type OptionalNameLocale = Exclude<Locale, NameLocale>;

export function namesRequired(locale: Locale): locale is NameLocale {
  return locales[locale].names === 'required';
}

/** Languages every achievement must have a text in (`texts: 'required'`). */
export type RequiredTextLocale = { [L in Locale]: (typeof locales)[L]['texts'] extends 'required' ? L : never }[Locale];

/** Whether each achievement must have a text in `locale` (the check warns for a missing one). */
export function textsRequired(locale: Locale): locale is RequiredTextLocale {
  return locales[locale].texts === 'required';
}

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
