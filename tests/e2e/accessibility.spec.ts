import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site.ts';

/**
 * Every built page, in every language: axe for WCAG 2.0, 2.1 and 2.2 (A and AA), no request to
 * any other host, and no Content-Security-Policy violation. Pages are checked in batches that
 * share one browser tab: a fresh context per page tripled the run time for no extra coverage.
 */
const pages = builtPages();
const BATCHES = 8;
const batches = Array.from({ length: BATCHES }, (_, index) => pages.filter((_, position) => position % BATCHES === index));

test('the build has every page to check', () => {
  expect(pages.length).toBeGreaterThan(200);
  expect(batches.flat().length).toBe(pages.length);
});

for (const [index, batch] of batches.entries()) {
  test(`every page, batch ${index + 1} of ${BATCHES} (${batch.length} pages)`, async ({ page, baseURL }) => {
    test.setTimeout(batch.length * 10_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') problems.push(`${page.url()} requested ${request.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = ((window as unknown as { violations?: string[] }).violations ??= []);
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of batch) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      for (const violation of results.violations) {
        problems.push(`${path} ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
      const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
      problems.push(...violations.map((violation) => `${path} CSP: ${violation}`));
    }
    expect(problems).toEqual([]);
  });
}
