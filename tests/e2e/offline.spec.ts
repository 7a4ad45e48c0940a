import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e.ts';

/**
 * Waits until the service worker controls the page, as it does from the first visit on, and
 * returns the scope it was registered for.
 */
async function controlled(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
}

async function searchResults(page: Page) {
  const status = page.locator('[data-results-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(/…$/);
  return page.locator('[data-results] h3 a').allTextContents();
}

/** Whether every stylesheet the page links to was loaded (offline, from the saved copy). */
const stylesLoaded = (page: Page) =>
  page.evaluate(() => {
    const links = document.querySelectorAll('link[rel="stylesheet"]');
    return links.length > 0 && [...links].every((link) => ((link as HTMLLinkElement).sheet?.cssRules.length ?? 0) > 0);
  });

test('the worker is registered for the site’s own path, and its script lives there', async ({ page, baseURL, site }) => {
  await page.goto('fr/');
  expect(await controlled(page)).toBe(baseURL);
  const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(script).toBe(new URL(site.path('sw.js'), baseURL).href);
});

test('after one visit, read pages and search work offline, with a notice; unread pages say so', async ({ page, context, site }) => {
  await page.goto('');
  await controlled(page);
  await expect(page.locator('[data-offline-notice]')).toBeHidden();
  await page.goto('achievements/literacy-programme/');
  await page.goto('search/?q=' + encodeURIComponent('التكوين'));
  expect((await searchResults(page)).length).toBeGreaterThan(0);
  // Let the worker finish saving the Arabic search index.
  await page.waitForTimeout(500);

  await context.setOffline(true);
  await page.goto('achievements/literacy-programme/');
  await expect(page.locator('h1')).toHaveText('تكوين الصناع في برنامج محو الأمية');
  await expect(page.locator('[data-offline-notice]')).toBeVisible();
  await expect(page.locator('[data-offline-notice]')).toContainText('أنت غير متصل بالإنترنت');
  expect(await stylesLoaded(page)).toBe(true);

  await page.goto('');
  await expect(page.locator('[data-testid="headline-figures"]')).toBeVisible();

  // A query never typed before: the whole Arabic index was saved with the first search.
  await page.goto('search/?q=' + encodeURIComponent('الأمية'));
  expect(await searchResults(page)).toEqual(['تكوين الصناع في برنامج محو الأمية']);
  await expect(page.locator('[data-results] h3 a')).toHaveAttribute('href', site.path('achievements/literacy-programme/'));

  // Pages never opened: the offline page of their language, styled, leading to its home page.
  await page.goto('fr/regions/oriental/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('h1')).toHaveText('Cette page n’est pas enregistrée pour la lecture hors ligne');
  await expect(page.locator('main a').last()).toHaveAttribute('href', site.path('fr/'));
  expect(await stylesLoaded(page)).toBe(true);
  await page.goto('regions/oriental/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('main a').last()).toHaveAttribute('href', site.base);
  await page.locator('main a').last().click();
  await expect(page).toHaveURL('');
  await expect(page.locator('[data-testid="headline-figures"]')).toBeVisible();
  await context.setOffline(false);
});

test('the worker keeps one cache, named after its path and the build: it drops its older ones, not another copy’s', async ({
  page,
  site,
}) => {
  await page.goto('');
  await controlled(page);
  const version = await page.evaluate(
    async (worker) => (await (await fetch(worker)).text()).match(/"version":"(\w+)"/)?.[1],
    site.path('sw.js'),
  );
  expect(version).toMatch(/^[0-9a-f]{16}$/);
  // Cache storage is shared by the whole origin: another copy of the site may live beside this
  // one (at the root beside /achievements/, or the reverse), with a cache of its own.
  const older = `achievements:${site.base}:0000000000000000`;
  const otherCopy = `achievements:${site.base === '/' ? '/preview/' : '/'}:0000000000000000`;
  // A cache left by an older build and one of the other copy, then a worker update as after a
  // new deployment.
  await page.evaluate(
    async (names) => {
      for (const name of names) await (await caches.open(name)).put('saved', new Response('saved'));
      const registration = await navigator.serviceWorker.ready;
      await registration.unregister();
    },
    [older, otherCopy],
  );
  await page.reload();
  await controlled(page);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).sort()))
    .toEqual([`achievements:${site.base}:${version}`, otherCopy].sort());
});
