import { defineMiddleware } from 'astro:middleware';
import { pageRouteData } from './lib/route-data/page.ts';
import { siteOrigin } from './lib/site-url.ts';

/**
 * Route data once per page: the locale (from the `[...lang]` parameter), its dictionary, route
 * builders, canonical and alternate addresses go into `Astro.locals` (typed in src/env.d.ts).
 * The build runs it for each prerendered page (no server is involved).
 */
export const onRequest = defineMiddleware((context, next) => {
  Object.assign(
    context.locals,
    pageRouteData({ lang: context.params.lang, pathname: context.url.pathname, base: import.meta.env.BASE_URL, origin: siteOrigin() }),
  );
  return next();
});
