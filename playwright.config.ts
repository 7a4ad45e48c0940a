import { defineConfig, devices } from '@playwright/test';
import type { SiteOptions } from './tests/support/e2e.ts';

/**
 * End-to-end tests run against the built site (never the dev server), in Debian's Chromium:
 * Playwright cannot download its own browsers here. Set CHROMIUM_PATH to use another binary.
 *
 * The whole suite runs twice: `site` on dist/ served by `astro preview` at the domain root,
 * `sub-path` on dist-base/ (`npm run build:base`, BASE_PATH=/achievements/) served below it by
 * a plain static server, as a host would. Tests use paths relative to the base URL
 * (tests/support/e2e.ts).
 */
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const subpathPort = Number(process.env.SUBPATH_PORT ?? 4331);
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig<object, SiteOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['line']] : [['list']],
  use: { trace: 'off', ...devices['Desktop Chrome'], launchOptions },
  projects: [
    { name: 'site', use: { baseURL: `http://localhost:${port}/`, distDir: 'dist' } },
    { name: 'sub-path', use: { baseURL: `http://localhost:${subpathPort}/achievements/`, distDir: 'dist-base' } },
  ],
  webServer: [
    { command: `npx astro preview --port ${port}`, url: `http://localhost:${port}/`, reuseExistingServer: false, timeout: 60_000 },
    {
      command: 'node tests/support/serve-subpath.ts',
      url: `http://localhost:${subpathPort}/achievements/`,
      env: { SUBPATH_PORT: String(subpathPort) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
