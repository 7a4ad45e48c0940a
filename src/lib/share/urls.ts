import type { Locale } from '../../i18n/locales.ts';
import { localizedPath, withTrailingSlash } from '../routing.ts';

/**
 * Site-relative addresses of the files that sharing adds, under the deploy base. Files (unlike
 * pages) take no trailing slash.
 */

/** @example feedPath('fr', '/') // '/fr/rss.xml' */
export function feedPath(locale: Locale, base?: string): string {
  return `${localizedPath(locale, [], base)}rss.xml`;
}

/** The social card of a language (public/share/, made by `npm run cards`). */
export function cardPath(locale: Locale, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  return `${withTrailingSlash(base)}share/card-${locale}.png`;
}

/** The card's size: the 1.91:1 format every network shows in full. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
