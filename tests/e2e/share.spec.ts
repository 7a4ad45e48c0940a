import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * Reuse and sharing in the browser: the data page's downloads, the citation that can be copied
 * without JavaScript, the feed a browser finds from <head>, and no policy violation from any
 * of it (JSON-LD included).
 */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

for (const [path, lang] of [
  ['data/', 'ar'],
  ['fr/data/', 'fr'],
] as const) {
  test(`the ${lang} data page downloads every file it lists`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const links = page.getByTestId('data-file-link');
    const count = await links.count();
    expect(count).toBe(11);
    for (let index = 0; index < count; index++) {
      const link = links.nth(index);
      const name = (await link.getAttribute('download'))!;
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(name);
      const bytes = readFileSync((await download.path())!);
      if (name.endsWith('.csv')) {
        expect([...bytes.subarray(0, 3)], `${name} starts with a byte order mark`).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFF[a-zA-Z]+(,[a-zA-Z.]+)+$/);
      } else {
        const records = JSON.parse(bytes.toString('utf8')) as { id: string }[];
        expect(records.length, name).toBeGreaterThan(0);
      }
      if (name === 'achievements.json') {
        const [first] = JSON.parse(bytes.toString('utf8')) as { url: string; title: string }[];
        // The record's page, in the same language, has the record's title.
        await page.goto(new URL(first!.url).pathname);
        await expect(page.locator('h1')).toHaveText(first!.title);
        await page.goBack();
      }
    }
    const schema = await page.request.get(
      `${(await page.getByRole('link', { name: /achievements\.schema\.json/ }).getAttribute('href'))!}`,
    );
    expect(((await schema.json()) as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(await violations()).toEqual([]);
  });
}

test('a citation can be selected whole and copied without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('fr/achievements/law-50-17-adoption/');
  const citation = page.getByTestId('citation');
  await expect(citation).toContainText('« Adoption');
  await expect(citation).toContainText('/fr/achievements/law-50-17-adoption/ (consulté le ');
  await citation.click();
  const selected = await page.evaluate(() => window.getSelection()?.toString());
  expect(selected?.replace(/\s+/g, ' ').trim()).toBe((await citation.textContent())?.replace(/\s+/g, ' ').trim());
  await context.close();
});

test('an Arabic achievement page cites itself in Arabic, and its JSON-LD raises no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('achievements/law-50-17-adoption/');
  await expect(page.getByRole('heading', { name: 'الإحالة على هذه الصفحة' })).toBeVisible();
  await expect(page.getByTestId('citation')).toContainText('(تاريخ الاطلاع: ');
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    '@graph': { '@type': string }[];
  };
  expect(graph['@graph'].map((node) => node['@type'])).toEqual(['GovernmentOrganization', 'Article']);
  expect(await violations()).toEqual([]);
});

test('the feed named in <head> is served, in the page’s language', async ({ page }) => {
  await page.goto('en/');
  const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(href).toMatch(/\/en\/rss\.xml$/);
  // The link is absolute on the published domain: fetch the same path (base included) from this server.
  const response = await page.request.get(new URL(href!).pathname);
  expect(response.ok()).toBe(true);
  const body = await response.text();
  expect(body).toContain('<rss version="2.0"');
  expect(body).toContain('<language>en</language>');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'RSS feed of the achievements' })).toHaveAttribute(
    'href',
    /\/en\/rss\.xml$/,
  );
});
