import { fileURLToPath } from 'node:url';
import { test as playwrightTest } from '@playwright/test';
import { builtPages } from './site.ts';

/**
 * The browser tests run twice: on dist/ served at the domain root, and on dist-base/ (built with
 * BASE_PATH=/achievements/) served below it (playwright.config.ts). Tests navigate with paths
 * relative to the base URL, without a leading slash (`page.goto('fr/regions/')`,
 * `expect(page).toHaveURL('fr/regions/')`, both resolved by Playwright against the base URL);
 * what the site writes itself, an href or a path fetched by a script, goes through `site.path`.
 */
export interface SiteOptions {
  /** The built folder the project serves, relative to the repository: "dist" or "dist-base". */
  distDir: string;
}

export interface Site {
  /** The path the site is served under: "/" or "/achievements/". */
  base: string;
  /**
   * A page's path as the site writes it in its links.
   * @example site.path('fr/regions/') // "/achievements/fr/regions/" under the sub-path
   */
  path(relative: string): string;
  /** The built folder being served, as a file path ending in "/". */
  dist: string;
  /** Every built HTML page, relative to the base: "", "fr/regions/", "404.html". */
  pages: string[];
}

export const test = playwrightTest.extend<{ site: Site }, SiteOptions>({
  distDir: ['dist', { option: true, scope: 'worker' }],
  site: async ({ baseURL, distDir }, use) => {
    if (!baseURL?.endsWith('/'))
      throw new Error(`The project's baseURL must end in "/" for relative paths to resolve below it: ${baseURL}`);
    const base = new URL(baseURL).pathname;
    await use({
      base,
      path: (relative) => {
        if (relative.startsWith('/')) throw new Error(`site.path takes a path relative to the base, without a leading slash: ${relative}`);
        return `${base}${relative}`;
      },
      dist: fileURLToPath(new URL(`../../${distDir}/`, import.meta.url)),
      pages: builtPages(distDir).map((path) => path.slice(1)),
    });
  },
});

export { expect } from '@playwright/test';
