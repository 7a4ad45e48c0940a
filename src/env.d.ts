type PageRouteData = import('./lib/route-data/page.ts').PageRouteData;

declare namespace App {
  /** Set once per page by src/middleware.ts. */
  // Declaration merging: Astro's `Locals` gains the route data's fields, and has none of its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Locals extends PageRouteData {}
}
