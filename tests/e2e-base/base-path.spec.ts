import { expect, test } from '@playwright/test';

/**
 * The site built with BASE_PATH=/achievements/ and served below the domain root: every page,
 * asset, font, search file and link stays under that path.
 */
test('the whole site works under a sub-path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!);
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) outside.push(request.url());
  });

  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('[data-testid="headline-figures"] [data-testid="figure-value"]').first()).toHaveText('67');

  await page.locator('[data-testid="headline-figures"] a').first().click();
  await expect(page).toHaveURL(/\/achievements\/achievements\/infrastructure-under-construction\/$/);
  await page.getByRole('navigation', { name: 'اللغات' }).getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/achievements\/fr\/achievements\/infrastructure-under-construction\/$/);
  await page.getByRole('link', { name: 'Régions', exact: true }).first().click();
  await expect(page).toHaveURL(/\/achievements\/fr\/regions\/$/);

  await page.goto('./search/?q=' + encodeURIComponent('التكوين'));
  const first = page.locator('[data-results] h3 a').first();
  await expect(first).toHaveAttribute('href', /^\/achievements\/achievements\//);
  await first.click();
  await expect(page.locator('h1')).toBeVisible();

  const missing = await page.goto('./no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('main a').first()).toHaveAttribute('href', '/achievements/');

  expect(outside).toEqual([]);
});
