import { localeCodes, locales, type Locale } from '../../i18n/locales.ts';
import type { SourceReport } from '../../schemas/source-report.ts';
import type { Licence } from '../licence.ts';
import { withTrailingSlash } from '../routing.ts';
import { nameText } from '../../i18n/names.ts';

/**
 * JSON-LD (schema.org) for the pages: the publisher on every page, each achievement on its
 * page, the open data on the data page. Pure functions of what they are given; the layout
 * writes them into a `<script type="application/ld+json">`, which browsers never run, so the
 * Content-Security-Policy has nothing to allow.
 */

export type JsonLd = Record<string, unknown>;

/** The `@id` of the publisher, one node that every other node points to. */
export function publisherId(origin: string): string {
  return `${withTrailingSlash(origin)}#publisher`;
}

/**
 * The ministry that published the source document, named in the page's language, with its
 * names in the other languages as alternates.
 */
export function organisation(report: SourceReport, locale: Locale, origin: string): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    '@id': publisherId(origin),
    name: nameText(report.publisher.name, locale),
    alternateName: [
      ...new Set(localeCodes.filter((other) => other !== locale).map((other) => nameText(report.publisher.name, other))),
    ].filter((name) => name !== nameText(report.publisher.name, locale)),
    ...(report.publisher.url ? { url: report.publisher.url } : {}),
    areaServed: { '@type': 'Country', name: 'Morocco', identifier: 'MA' },
  };
}

/** The source document, as a schema.org Report. */
export function sourceDocument(report: SourceReport, title: string, origin: string): JsonLd {
  return {
    '@type': 'Report',
    name: title,
    inLanguage: locales.ar.lang,
    datePublished: report.date.iso,
    publisher: { '@id': publisherId(origin) },
  };
}

export interface ArticleInput {
  url: string;
  title: string;
  description: string;
  locale: Locale;
  /** Language the text is written in (Arabic when the translation is missing). */
  textLocale: Locale;
  category: string;
  /** Names of the regions where the work happens; none for a national achievement. */
  regions: readonly string[];
  image: string;
  dateModified: Date;
  licence: Licence;
  report: JsonLd;
  origin: string;
}

/** One achievement's page. */
export function achievementArticle(input: ArticleInput): JsonLd {
  return {
    '@type': 'Article',
    '@id': `${input.url}#achievement`,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.title,
    description: input.description,
    inLanguage: locales[input.textLocale].lang,
    articleSection: input.category,
    image: input.image,
    dateModified: input.dateModified.toISOString(),
    author: { '@id': publisherId(input.origin) },
    publisher: { '@id': publisherId(input.origin) },
    isBasedOn: input.report,
    license: input.licence.url,
    isAccessibleForFree: true,
    spatialCoverage:
      input.regions.length > 0
        ? input.regions.map((name) => ({ '@type': 'AdministrativeArea', name }))
        : { '@type': 'Country', name: 'Morocco', identifier: 'MA' },
  };
}

export interface DatasetInput {
  url: string;
  name: string;
  description: string;
  locale: Locale;
  files: readonly { name: string; url: string; mediaType: string; bytes: number }[];
  licence: Licence;
  dateModified: Date;
  /** The first and last years the achievements' dates and figures refer to. */
  years: readonly [number, number] | undefined;
  report: JsonLd;
  origin: string;
  keywords: readonly string[];
}

/** The open data, on the data page. */
export function dataset(input: DatasetInput): JsonLd {
  return {
    '@type': 'Dataset',
    '@id': `${input.url}#dataset`,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: locales[input.locale].lang,
    license: input.licence.url,
    isAccessibleForFree: true,
    creator: { '@id': publisherId(input.origin) },
    publisher: { '@id': publisherId(input.origin) },
    dateModified: input.dateModified.toISOString(),
    ...(input.years ? { temporalCoverage: `${input.years[0]}/${input.years[1]}` } : {}),
    spatialCoverage: { '@type': 'Country', name: 'Morocco', identifier: 'MA' },
    keywords: input.keywords,
    isBasedOn: input.report,
    distribution: input.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      contentUrl: file.url,
      encodingFormat: file.mediaType.split(';')[0],
      contentSize: `${file.bytes} B`,
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">`: one graph, with `<` escaped so that no
 * value can close the script element.
 */
export function jsonLdScript(nodes: readonly JsonLd[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replaceAll('<', '\\u003c');
}
