import { localeCodes, locales, type Locale } from '../i18n/locales.ts';
import type { AchievementFacts } from '../schemas/achievement.ts';

/**
 * Every number an achievement's facts hold: figures and their parts, years and days of its
 * dates, law numbers (50-17 gives 50 and 17), bulletin issues and editions. A number written
 * in its text must be one of these: otherwise the text says something the facts do not.
 */
export function numbersInFacts(facts: AchievementFacts): Set<number> {
  const numbers = new Set<number>();
  for (const figure of facts.figures) {
    numbers.add(figure.value);
    figure.breakdown?.forEach((part) => numbers.add(part.value));
    if (figure.date) numbers.add(figure.date.year);
  }
  for (const { date } of facts.dates) {
    numbers.add(date.year);
    if (date.day !== undefined) numbers.add(date.day);
  }
  for (const reference of facts.legal) {
    reference.number?.split('-').forEach((part) => numbers.add(Number(part)));
    if (reference.officialBulletin !== undefined) numbers.add(reference.officialBulletin);
  }
  for (const publication of facts.publications) {
    if (publication.edition !== undefined) numbers.add(publication.edition);
  }
  return numbers;
}

/**
 * A number as a language writes it in running text, with the thousands separator `Intl` gives
 * its locale (`16.098` in Arabic, `16,098` in English); where that is a space, any of the
 * three spaces an editor may type (`16 098`).
 */
function numberInText(locale: Locale): RegExp {
  const group = new Intl.NumberFormat(locales[locale].intl).formatToParts(10_000).find((part) => part.type === 'group')?.value ?? '';
  const separator = /^\s$/.test(group) ? '[\u202f\u00a0 ]' : group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\d{1,3}(?:${separator}\\d{3})+(?!\\d)|\\d+`, 'g');
}

const NUMBER_IN_TEXT = Object.fromEntries(localeCodes.map((locale) => [locale, numberInText(locale)])) as Record<Locale, RegExp>;

/**
 * The numbers written in a text, read with the language's thousands separator.
 * @example numbersInText('لفائدة 16.098 من الشباب', 'ar') // [{ value: 16098, text: '16.098', index: 7 }]
 */
export function numbersInText(text: string, locale: Locale): { value: number; text: string; index: number }[] {
  return [...text.matchAll(NUMBER_IN_TEXT[locale])].map((match) => ({
    value: Number(match[0].replace(/[^\d]/g, '')),
    text: match[0],
    index: match.index,
  }));
}
