import type { LinkItem, SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../../i18n/locales.ts';
import { localePrefix } from '../routing.ts';

/**
 * Pages that are not for search engines: the offline notice (noindex) and the not-found pages,
 * in every language.
 */
const NOT_INDEXED = /\/(?:offline|404)\/$/;

/** Whether a URL of the build belongs in the sitemap: HTML pages only (they end in `/`), indexed ones. */
export function inSitemap(url: string): boolean {
  return url.endsWith('/') && !NOT_INDEXED.test(url);
}

/**
 * The same page in every language the build has it in, as hreflang alternates: in the order of
 * their URLs, as @astrojs/sitemap's own `i18n` option writes them; none for a page in one
 * language only.
 * @param root the site's address with its base path (`https://example.ma/achievements/`)
 * @param urls every URL of the sitemap
 * @example alternates('https://example.ma/fr/regions/', 'https://example.ma/', urls)
 *   // [{ url: 'https://example.ma/en/regions/', lang: 'en' }, { url: 'https://example.ma/fr/regions/', lang: 'fr' }, { url: 'https://example.ma/regions/', lang: 'ar' }]
 */
export function alternates(url: string, root: string, urls: ReadonlySet<string>): LinkItem[] | undefined {
  if (!url.startsWith(root)) return undefined;
  const rest = url.slice(root.length);
  const first = rest.split('/')[0]!;
  const path = first !== defaultLocale && (localeCodes as readonly string[]).includes(first) ? rest.slice(first.length + 1) : rest;
  const links = localeCodes
    .map((locale) => ({ url: `${root}${localePrefix(locale)}${path}`, lang: locales[locale].lang }))
    .filter((link) => urls.has(link.url))
    .sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
  return links.length > 1 ? links : undefined;
}

/**
 * Options of @astrojs/sitemap: every indexed page with its hreflang alternates in the three
 * languages, from the one locale table.
 *
 * The alternates are added here rather than by the integration's `i18n` option, which compares
 * every page with every other (at 10,000 achievements, 33,000 pages: 18 s of the build). The
 * integration passes every URL through `filter` before it serializes any; they are kept, and
 * each page's alternates are then looked up by address.
 * @param root the site's address with its base path
 */
export function sitemapOptions(root: string): Required<Pick<NonNullable<SitemapOptions>, 'filter' | 'serialize'>> {
  const urls = new Set<string>();
  return {
    filter: (url) => {
      const kept = inSitemap(url);
      if (kept) urls.add(url);
      return kept;
    },
    serialize: (item) => {
      const links = alternates(item.url, root, urls);
      return links ? { ...item, links } : item;
    },
  };
}
