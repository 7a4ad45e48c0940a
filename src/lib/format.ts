import { locales, type Locale } from '../i18n/locales.ts';
import type { PartialDate } from '../schemas/partial-date.ts';

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A count in the locale's convention, always with Western digits.
 * @example formatNumber(16098, 'ar') // '16.098'
 * @example formatNumber(16098, 'fr') // '16 098' (narrow no-break space)
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locales[locale].intl, { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const dateOptions = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<PartialDate['precision'], Intl.DateTimeFormatOptions>;

/**
 * A date written to its precision, with the locale's month names (Moroccan ones in Arabic).
 * Computed in UTC so the day never shifts with the build machine's time zone.
 * @example formatPartialDate(parsePartialDate('2020-07-30')!, 'ar') // '30 يوليوز 2020'
 * @example formatPartialDate(parsePartialDate('2020-12')!, 'ar') // 'دجنبر 2020'
 */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  return dateFormat(locale, date.precision).format(instant);
}

// Building an Intl formatter costs far more than using one: one per locale (and precision).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, precision: PartialDate['precision']): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[locale].intl, { ...dateOptions[precision], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/**
 * Names joined as the language joins them.
 * @example formatList(['الداخلة', 'العيون', 'كلميم'], 'ar') // 'الداخلة والعيون وكلميم'
 * @example formatList(['Fès', 'Meknès'], 'fr') // 'Fès et Meknès'
 * @example formatList(['ⴼⴰⵙ', 'ⵎⴽⵏⴰⵙ', 'ⴰⵏⴼⴰ'], 'zgh') // 'ⴼⴰⵙ, ⵎⴽⵏⴰⵙ ⴷ ⴰⵏⴼⴰ'
 */
export function formatList(items: readonly string[], locale: Locale): string {
  const { conjunction } = locales[locale];
  if (conjunction !== null) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
  }
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locales[locale].intl, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * A file size in kilobytes (1 KB = 1000 bytes), one decimal, in the locale's convention.
 * @example formatFileSize(12_345, 'fr') // '12,3 ko'
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locales[locale].intl, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(bytes / 1000);
}

/**
 * The separator `Intl` groups thousands with in `locale`, at build time (Node's ICU).
 * @example thousandsSeparator('zgh') // '\u00a0'
 */
export function thousandsSeparator(locale: Locale): string {
  return formatNumber(1000, locale).replace(/\d/g, '');
}
