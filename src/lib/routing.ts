import { defaultLocale, localeCodes, locales, type Locale } from '../i18n/locales.ts';
import type { PaginateFunction } from 'astro';
import { PAGE_SIZE } from './listing.ts';

/**
 * A page of the site, independent of its language: the path segments after the locale
 * prefix. `[]` is the home page, `['achievements', 'literacy-programme']` an achievement.
 * The language switcher and hreflang links turn the same route into each locale's URL.
 */
export type Route = readonly string[];

/**
 * A path or address ending in one `/`: the deploy base may be set with or without it.
 * @example withTrailingSlash('/achievements') // '/achievements/'
 */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** The deploy base (`/` or `/sub/path/`), from Astro's `base` setting. */
function baseUrl(): string {
  return import.meta.env?.BASE_URL ?? '/';
}

/** Where a locale's pages are under the site's root: '' for the default language, 'fr/' for French. */
export function localePrefix(locale: string): string {
  return locale === defaultLocale ? '' : `${locale}/`;
}

/**
 * The site-relative URL of a route in a locale, under the deploy base, with a trailing slash.
 * @example localizedPath('ar', ['regions']) // '/regions/'
 * @example localizedPath('fr', ['regions'], '/sub/') // '/sub/fr/regions/'
 */
export function localizedPath(locale: Locale, route: Route, base: string = baseUrl()): string {
  return `${withTrailingSlash(base)}${localePrefix(locale)}${route.map((segment) => `${encodeURIComponent(segment)}/`).join('')}`;
}

/** The same route in every language, for the language switcher and hreflang links. */
export function alternates(route: Route, base: string = baseUrl()) {
  return localeCodes.map((locale) => ({
    locale,
    label: locales[locale].label,
    lang: locales[locale].lang,
    href: localizedPath(locale, route, base),
  }));
}

/** The `[...lang]` route parameter of a locale: none for the default language. */
export function langParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/**
 * `getStaticPaths` entries for a page that exists once per locale.
 * @example localeStaticPaths() // [{ params: { lang: undefined }, props: { locale: 'ar' } }, …]
 */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/**
 * `getStaticPaths` entries for a page that exists once per locale and per item (an
 * achievement, a region…), with the item passed on as a prop.
 */
export function localeItemStaticPaths<Item>(items: readonly Item[], slugOf: (item: Item) => string) {
  return localeCodes.flatMap((locale) =>
    items.map((item) => ({ params: { lang: langParam(locale), slug: slugOf(item) }, props: { locale, item } })),
  );
}

/**
 * `getStaticPaths` entries for the numbered pages of each item's list of achievements, in
 * every locale (`[slug]/[...page].astro`), cut by Astro's `paginate()`: the first page at the
 * item's own address (a rest parameter leaves its number out), the next ones at `…/2/`, `…/3/`.
 * Each page gets `locale`, `item` and Astro's `page` as props.
 */
export function localeItemPageStaticPaths<Item, Entry>(
  paginate: PaginateFunction,
  items: readonly Item[],
  slugOf: (item: Item) => string,
  listOf: (item: Item) => readonly Entry[],
) {
  return localeCodes.flatMap((locale) =>
    items.flatMap((item) =>
      paginate(listOf(item), { pageSize: PAGE_SIZE, params: { lang: langParam(locale), slug: slugOf(item) }, props: { locale, item } }),
    ),
  );
}
