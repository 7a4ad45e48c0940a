import type { Locale } from '../../i18n/locales.ts';
import { pageRoute } from '../listing.ts';
import { localizedPath, type Route } from '../routing.ts';

/**
 * Every kind of page of the site and the route it lives at, independent of language: one place
 * that knows the site's URLs. Numbered list pages take their page number (1 is the list's own
 * address).
 * @example routes.category('infrastructure', 2) // ['categories', 'infrastructure', '2']
 */
export const routes = {
  home: (): Route => [],
  achievements: (): Route => ['achievements'],
  achievement: (slug: string): Route => ['achievements', slug],
  categories: (): Route => ['categories'],
  category: (id: string, page: number = 1): Route => pageRoute(['categories', id], page),
  regions: (): Route => ['regions'],
  region: (id: string, page: number = 1): Route => pageRoute(['regions', id], page),
  partners: (): Route => ['partners'],
  partner: (id: string, page: number = 1): Route => pageRoute(['partners', id], page),
  years: (): Route => ['years'],
  search: (): Route => ['search'],
  data: (): Route => ['data'],
  report: (): Route => ['report'],
} as const satisfies Record<string, (...args: never[]) => Route>;

type Routes = typeof routes;

/** The site-relative address of each kind of page in one language: `routes`, localized. */
export type Paths = { [Kind in keyof Routes]: (...args: Parameters<Routes[Kind]>) => string };

/**
 * The route builders of one language, under the deploy base.
 * @example pathsFor('fr', '/').region('oriental') // '/fr/regions/oriental/'
 */
export function pathsFor(locale: Locale, base?: string): Paths {
  const entries = Object.entries(routes).map(([kind, route]) => [
    kind,
    (...args: never[]) => localizedPath(locale, (route as (...args: never[]) => Route)(...args), base),
  ]);
  return Object.fromEntries(entries) as Paths;
}
