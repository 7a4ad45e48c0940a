import packageJson from '../../package.json' with { type: 'json' };
import type { Locale } from '../i18n/locales.ts';
import { localizedPath, withTrailingSlash, type Route } from './routing.ts';

/**
 * The address the site is published at, for everything that must be absolute: the canonical
 * link, hreflang alternates, Open Graph, JSON-LD, the sitemap, the feeds and the open data.
 *
 * One setting: `SITE_URL` at build time (`SITE_URL=https://example.ma npm run build`), falling
 * back to `homepage` in package.json. The production domain is not known yet, so package.json
 * holds {@link PLACEHOLDER_SITE_URL}; the build warns while it is in use.
 *
 * The sub-path is not part of it: `BASE_PATH` stays the one setting for that, and
 * `absoluteUrl` puts the two together. A `SITE_URL` with a path is accepted only when the path
 * is the base path itself (`SITE_URL=https://example.ma/achievements/ BASE_PATH=/achievements/`).
 */
export const PLACEHOLDER_SITE_URL = 'https://handicraft-achievements.example/';

export interface SiteUrlSettings {
  /** Scheme and host, with a trailing slash: Astro's `site`. */
  origin: string;
  /** True while the placeholder of package.json is in use. */
  placeholder: boolean;
}

/**
 * Reads and checks the setting; a bad value stops the build with a message that says what to
 * write instead.
 * @example resolveSiteUrl('https://example.ma', '/') // { origin: 'https://example.ma/', placeholder: false }
 */
export function resolveSiteUrl(value: string | undefined, base: string, homepage: string = packageJson.homepage): SiteUrlSettings {
  const setting = value?.trim() || homepage;
  const from = value?.trim() ? 'SITE_URL' : 'package.json "homepage"';
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new Error(`${from} is "${setting}", which is not an absolute URL: write it like https://example.ma`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${from} is "${setting}": the site URL must start with https:// (or http://)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${from} is "${setting}": give only the scheme and host, like https://example.ma`);
  }
  const path = withTrailingSlash(url.pathname);
  const basePath = withTrailingSlash(base);
  if (path !== '/' && path !== basePath) {
    throw new Error(
      `${from} is "${setting}", whose path ${path} is not the base path ${basePath}: ` +
        `give the host only (https://${url.host}) and the sub-path in BASE_PATH`,
    );
  }
  return { origin: `${url.origin}/`, placeholder: withTrailingSlash(url.href) === PLACEHOLDER_SITE_URL };
}

/**
 * An absolute URL for a site-relative path that already carries the base path (as every path
 * from `localizedPath` does).
 * @example absoluteUrl('/fr/regions/', 'https://example.ma/') // 'https://example.ma/fr/regions/'
 */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).href;
}

/**
 * The site's origin in a page or endpoint (Astro's `site`, set from {@link resolveSiteUrl} in
 * astro.config.mjs).
 */
export function siteOrigin(): string {
  const site: string | undefined = import.meta.env?.SITE;
  if (!site) throw new Error('Astro\'s "site" is not set: astro.config.mjs must set it from resolveSiteUrl().');
  return site;
}

/**
 * The absolute URL of a page in a language.
 * @example pageUrl('fr', ['regions']) // 'https://handicraft-achievements.example/fr/regions/'
 */
export function pageUrl(locale: Locale, route: Route): string {
  return absoluteUrl(localizedPath(locale, route), siteOrigin());
}
