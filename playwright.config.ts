import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site served by `astro preview` (never the dev
 * server), in Debian's Chromium: Playwright cannot download its own browsers here.
 * Set CHROMIUM_PATH to use another Chromium binary.
 */
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const subpathPort = Number(process.env.SUBPATH_PORT ?? 4331);
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['line']] : [['list']],
  use: { trace: 'off', ...devices['Desktop Chrome'], launchOptions },
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { baseURL: `http://localhost:${port}` } },
    // The build made with BASE_PATH=/achievements/ (npm run build:base), served below the root.
    { name: 'sub-path', testDir: 'tests/e2e-base', use: { baseURL: `http://localhost:${subpathPort}/achievements/` } },
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
