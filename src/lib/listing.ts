import type { Page } from 'astro';
import type { Translator } from '../i18n/index.ts';
import { formatNumber } from './format.ts';
import type { Route } from './routing.ts';

/** Where a page is in its list: Astro's `paginate()` numbers pages from 1. */
export type ListPosition = Pick<Page, 'currentPage' | 'lastPage'>;

/**
 * How long lists of achievements are cut, so that no page grows with the number of
 * achievements. At 10,000 achievements the list of all achievements was a 6 MB page and the
 * years page 9 MB; every achievement stays reachable from its category's pages.
 *
 * - A category's, region's or partner's achievements are shown `PAGE_SIZE` at a time, on
 *   numbered pages: the first at the group's own address, the next at `…/2/`, `…/3/`.
 * - Overview pages (all achievements by category, by year, the national and unspecified lists
 *   of the regions page) show the first `OVERVIEW_LIMIT` of each group and lead to the rest.
 *
 * Today's largest group has 25 achievements: the site looks the same until a group outgrows
 * these limits.
 */
export const PAGE_SIZE = 30;
export const OVERVIEW_LIMIT = 30;
/** Headline figures on the home page, in the source's order. */
export const HEADLINE_LIMIT = 12;

/**
 * The route of a page of a list: the list's own route for the first page.
 * @example pageRoute(['categories', 'infrastructure'], 2) // ['categories', 'infrastructure', '2']
 */
export function pageRoute(route: Route, number: number): Route {
  return number === 1 ? route : [...route, String(number)];
}

/**
 * The page numbers a pagination bar shows: the first, the last, and two on each side of the
 * current one, with `'gap'` where numbers are left out.
 * @example pageNumbers(7, 20) // [1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]
 */
export function pageNumbers(current: number, count: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])]
    .filter((number) => number >= 1 && number <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((number, index) => (index > 0 && number - shown[index - 1]! > 1 ? ['gap' as const, number] : [number]));
}

/**
 * The first `limit` items of a group for an overview page, and how many are left out.
 * @example firstOf(['a', 'b', 'c'], 2) // { shown: ['a', 'b'], hidden: 1 }
 */
export function firstOf<T>(items: readonly T[], limit: number = OVERVIEW_LIMIT): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/**
 * "Page 2 of 48" for a list on several pages, for its title and heading; undefined otherwise.
 */
export function pageLabel(page: ListPosition, t: Translator): string | undefined {
  return page.lastPage > 1
    ? t('pagination.page', { page: formatNumber(page.currentPage, t.locale), pages: formatNumber(page.lastPage, t.locale) })
    : undefined;
}

/** The title of a page of a list: the list's own for the first page. */
export function pageTitle(title: string, page: ListPosition, t: Translator): string {
  const label = pageLabel(page, t);
  return page.currentPage > 1 && label ? `${title} · ${label}` : title;
}
