import type { SourceReport } from '../../schemas/source-report.ts';
import type { Category } from '../../schemas/taxonomy.ts';
import { yearsOf, type Achievement } from '../achievements.ts';
import { buildDate } from '../build-date.ts';
import type { Licence } from '../licence.ts';
import type { DataFile } from '../open-data/build.ts';
import { datasetCitation, type Citation } from '../share/cite.ts';
import { dataset, sourceDocument, type JsonLd } from '../share/structured-data.ts';
import { absoluteUrl } from '../site-url.ts';
import { buildContext, type BuildContext } from './build-context.ts';
import type { PageRouteData } from './page.ts';
import { nameText } from '../../i18n/names.ts';

export interface DataRouteData {
  /** The build's date: the files are as new as the build. */
  updated: Date;
  licence: Licence;
  citation: Citation;
  /** The page's own JSON-LD: the open data as a `Dataset` with its files. */
  structuredData: JsonLd[];
}

/**
 * Everything the open-data page computes, once per page.
 * @example dataRouteData(Astro.locals, await getSiteContent(), await siteDataFiles(locale)).citation.text
 */
export function dataRouteData(
  page: Pick<PageRouteData, 'locale' | 't' | 'canonical'>,
  content: { achievements: readonly Achievement[]; categories: readonly Category[]; sourceReport: SourceReport },
  files: readonly DataFile[],
  build: BuildContext = buildContext(),
): DataRouteData {
  const { locale, t, canonical: url } = page;
  const updated = buildDate(build.root, build.env);
  const years = content.achievements.flatMap(yearsOf).sort((a, b) => a - b);
  const structuredData = dataset({
    url,
    name: t('data.datasetTitle'),
    description: `${t('data.lead')} ${t('data.dataset.achievements')}`,
    locale,
    files: files.map((file) => ({
      name: file.name,
      url: absoluteUrl(file.name, url),
      mediaType: file.mediaType,
      bytes: new TextEncoder().encode(file.body).byteLength,
    })),
    licence: build.licence,
    dateModified: updated,
    years: years.length > 0 ? [years[0]!, years.at(-1)!] : undefined,
    report: sourceDocument(content.sourceReport, t('site.title'), build.origin),
    origin: build.origin,
    keywords: content.categories.map((category) => nameText(category.name, locale)),
  });
  return {
    updated,
    licence: build.licence,
    citation: datasetCitation({ locale, report: content.sourceReport, url, accessed: updated }),
    structuredData: [structuredData],
  };
}
