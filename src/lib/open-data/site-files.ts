import type { Locale } from '../../i18n/locales.ts';
import { getSiteContent } from '../content.ts';
import { pageUrl } from '../site-url.ts';
import { openDataFiles, type DataFile } from './build.ts';

const cache = new Map<Locale, Promise<DataFile[]>>();

/**
 * The open-data files of one language, built once per build: the endpoints serve them and the
 * data page lists their sizes, so the sizes shown are those of the files served.
 */
export function siteDataFiles(locale: Locale): Promise<DataFile[]> {
  let files = cache.get(locale);
  if (!files) {
    files = getSiteContent().then((content) => openDataFiles(content, { locale, pageUrl: (route) => pageUrl(locale, route) }));
    cache.set(locale, files);
  }
  return files;
}
