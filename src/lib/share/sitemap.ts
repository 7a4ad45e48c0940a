import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../../i18n/locales.ts';

/**
 * Pages that are not for search engines: the offline notice (noindex, like the not-found pages,
 * which the sitemap integration leaves out by itself).
 */
const NOT_INDEXED = /\/offline\/$/;

/** Whether a URL of the build belongs in the sitemap: HTML pages only (they end in `/`), indexed ones. */
export function inSitemap(url: string): boolean {
  return url.endsWith('/') && !NOT_INDEXED.test(url);
}

/**
 * Options of @astrojs/sitemap: every page with its hreflang alternates in the three languages,
 * from the one locale table.
 */
export function sitemapOptions(): SitemapOptions {
  return {
    i18n: {
      defaultLocale,
      locales: Object.fromEntries(localeCodes.map((locale) => [locale, locales[locale].lang])),
    },
    filter: inSitemap,
  };
}
