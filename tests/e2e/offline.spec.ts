import { expect, test, type Page } from '@playwright/test';

/** Waits until the service worker controls the page, as it does from the first visit on. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

async function searchResults(page: Page) {
  const status = page.locator('[data-results-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(/…$/);
  return page.locator('[data-results] h3 a').allTextContents();
}

test('after one visit, read pages and search work offline, with a notice; unread pages say so', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  await expect(page.locator('[data-offline-notice]')).toBeHidden();
  await page.goto('/achievements/literacy-programme/');
  await page.goto('/search/?q=' + encodeURIComponent('التكوين'));
  expect((await searchResults(page)).length).toBeGreaterThan(0);
  // Let the worker finish saving the Arabic search index.
  await page.waitForTimeout(500);

  await context.setOffline(true);
  await page.goto('/achievements/literacy-programme/');
  await expect(page.locator('h1')).toHaveText('تكوين الصناع في برنامج محو الأمية');
  await expect(page.locator('[data-offline-notice]')).toBeVisible();
  await expect(page.locator('[data-offline-notice]')).toContainText('أنت غير متصل بالإنترنت');

  await page.goto('/');
  await expect(page.locator('[data-testid="headline-figures"]')).toBeVisible();

  // A query never typed before: the whole Arabic index was saved with the first search.
  await page.goto('/search/?q=' + encodeURIComponent('الأمية'));
  expect(await searchResults(page)).toEqual(['تكوين الصناع في برنامج محو الأمية']);

  await page.goto('/fr/regions/oriental/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('h1')).toHaveText('Cette page n’est pas enregistrée pour la lecture hors ligne');
  await context.setOffline(false);
});

test('the worker keeps one cache, named after the build, and drops older ones', async ({ page }) => {
  await page.goto('/');
  await controlled(page);
  const version = await page.evaluate(async () => (await (await fetch('/sw.js')).text()).match(/"version":"(\w+)"/)?.[1]);
  expect(version).toMatch(/^[0-9a-f]{16}$/);
  // A cache left by an older build, then a worker update as after a new deployment.
  await page.evaluate(async () => {
    await (await caches.open('achievements-0000000000000000')).put('/old', new Response('old'));
    const registration = await navigator.serviceWorker.ready;
    await registration.unregister();
  });
  await page.reload();
  await controlled(page);
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`achievements-${version}`]);
});
