import { useTranslations, type Translator } from '../../i18n/index.ts';
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.ts';
import { alternates, localePrefix, localizedPath, withTrailingSlash, type Route } from '../routing.ts';
import { absoluteUrl } from '../site-url.ts';
import { pathsFor, type Paths } from './paths.ts';

/** The same page in another language: the language switcher and hreflang links. */
export interface LanguageVersion {
  locale: Locale;
  label: string;
  lang: string;
  /** Site-relative, under the deploy base. */
  path: string;
  /** Absolute, on the site's address. */
  url: string;
}

/**
 * What every page knows about itself, computed once per page by `src/middleware.ts` and read
 * from `Astro.locals` by the layout and components (Starlight's route data has the same shape).
 */
export interface PageRouteData {
  locale: Locale;
  t: Translator;
  /** The page, independent of its language: the path after the base and the locale prefix. */
  route: Route;
  /** Route builders of the page's language: `paths.category('infrastructure')`. */
  paths: Paths;
  /** This page's absolute address. */
  canonical: string;
  /** This page in every language, Arabic first. */
  alternates: LanguageVersion[];
  /** The address for `hreflang="x-default"`: the page in the default language. */
  xDefault: string;
}

/**
 * The locale of a `[...lang]` route parameter: none is the default language. Routes outside
 * `[...lang]` (robots.txt, the JSON Schemas) have none either.
 * @example localeOfParam(undefined) // 'ar'
 */
export function localeOfParam(lang: string | undefined): Locale {
  if (lang === undefined || lang === '') return defaultLocale;
  if (!isLocale(lang)) throw new Error(`"${lang}" is not a locale of src/i18n/locales.ts`);
  return lang;
}

/**
 * The route of a page from its address: the segments after the deploy base and the locale's
 * prefix, decoded (`localizedPath` encodes them again).
 * @example routeOfPath('/sub/fr/regions/oriental/', 'fr', '/sub/') // ['regions', 'oriental']
 */
export function routeOfPath(pathname: string, locale: Locale, base: string): Route {
  const root = `${withTrailingSlash(base)}${localePrefix(locale)}`;
  const own = withTrailingSlash(pathname);
  if (!own.startsWith(root)) throw new Error(`${pathname} is not under ${root}, where ${locale} pages live`);
  return own
    .slice(root.length)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment));
}

export interface PageRequest {
  /** The `[...lang]` route parameter. */
  lang: string | undefined;
  /** The requested path, under the deploy base. */
  pathname: string;
  /** The deploy base (`/` or `/sub/path/`). */
  base: string;
  /** The site's origin, for absolute addresses. */
  origin: string;
}

/**
 * A page's route data from its request.
 * @example pageRouteData({ lang: 'fr', pathname: '/fr/regions/', base: '/', origin: 'https://example.ma/' }).canonical
 * // 'https://example.ma/fr/regions/'
 */
export function pageRouteData({ lang, pathname, base, origin }: PageRequest): PageRouteData {
  const locale = localeOfParam(lang);
  const route = routeOfPath(pathname, locale, base);
  const absolute = (path: string) => absoluteUrl(path, origin);
  return {
    locale,
    t: useTranslations(locale),
    route,
    paths: pathsFor(locale, base),
    canonical: absolute(localizedPath(locale, route, base)),
    alternates: alternates(route, base).map(({ href, ...version }) => ({ ...version, path: href, url: absolute(href) })),
    xDefault: absolute(localizedPath(defaultLocale, route, base)),
  };
}
