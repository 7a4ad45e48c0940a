import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** At the root and under a sub-path, the open data, the feed and robots.txt stay below the base. */
test('data files, feed and robots.txt below the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!);
  await page.goto('fr/data/');
  const link = page.getByTestId('data-file-link').filter({ hasText: 'figures.csv' });
  await expect(link).toHaveAttribute('href', `${base.pathname}fr/data/figures.csv`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = readFileSync((await download.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain(',67,infrastructure,');

  const robots = await (await page.request.get('robots.txt')).text();
  expect(robots).toMatch(new RegExp(`^Sitemap: https?://[^/]+${base.pathname}sitemap-index\\.xml$`, 'm'));
  const feed = await page.request.get('fr/rss.xml');
  expect(feed.ok()).toBe(true);
  expect(await feed.text()).toContain(`${base.pathname}fr/achievements/`);
});
