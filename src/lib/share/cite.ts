import { useTranslations } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { SourceReport } from '../../schemas/source-report.ts';
import { formatPartialDate } from '../format.ts';
import { nameText } from '../../i18n/names.ts';

/**
 * Citations in plain text, in the page's language: publisher, title, the source document and
 * its date, the URL, and the access date, which is the build's date (from git, so that two
 * builds of one commit print the same).
 */

/** A day of a `Date`, in UTC, as a partial date of day precision. */
export function dayOf(date: Date): PartialDate {
  const iso = date.toISOString().slice(0, 10);
  return { iso, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), precision: 'day' };
}

export interface Citation {
  /** The whole citation, ready to copy. */
  text: string;
  /** The URL inside it, so that a page can isolate it from right-to-left text. */
  url: string;
}

interface CitationInput {
  locale: Locale;
  report: SourceReport;
  url: string;
  accessed: Date;
}

/**
 * How to cite one achievement's page.
 * @example achievementCitation({ locale: 'en', report, title: 'Literacy programme', url, accessed })
 * // { text: 'Ministry of …. “Literacy programme”. In: Key achievements of the handicraft sector, 2020. https://… (accessed 2 March 2025).', url }
 */
export function achievementCitation({ locale, report, url, accessed, title }: CitationInput & { title: string }): Citation {
  const t = useTranslations(locale);
  const text = t('cite.text', {
    publisher: nameText(report.publisher.name, locale),
    title,
    report: t('site.title'),
    date: formatPartialDate(report.date, locale),
    url,
    accessed: formatPartialDate(dayOf(accessed), locale),
  });
  return { text, url };
}

/** How to cite the open data. */
export function datasetCitation({ locale, report, url, accessed }: CitationInput): Citation {
  const t = useTranslations(locale);
  const text = t('cite.dataset', {
    publisher: nameText(report.publisher.name, locale),
    title: t('data.datasetTitle'),
    date: formatPartialDate(report.date, locale),
    url,
    accessed: formatPartialDate(dayOf(accessed), locale),
  });
  return { text, url };
}
