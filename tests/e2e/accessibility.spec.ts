import { accessibilityScan } from '../support/axe.ts';
import { builtPages } from '../support/site.ts';
import { expect, test } from '../support/e2e.ts';

/**
 * Every built page, in every language: axe for WCAG 2.0, 2.1 and 2.2 (A and AA), no request
 * outside the site (another host, or, under a sub-path, a path above the base), and no
 * Content-Security-Policy violation. Pages are checked in batches that share one browser tab:
 * a fresh context per page tripled the run time for no extra coverage.
 */
const BATCHES = 8;

test('the build has every page to check, the same under the sub-path', ({ site }) => {
  expect(site.pages.length).toBeGreaterThan(200);
  expect(site.pages).toEqual(builtPages('dist').map((path) => path.slice(1)));
});

for (let index = 0; index < BATCHES; index++) {
  test(`every page, batch ${index + 1} of ${BATCHES}`, async ({ page, baseURL, site }) => {
    const batch = site.pages.filter((_, position) => position % BATCHES === index);
    test.setTimeout(batch.length * 10_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:') return;
      if (url.origin !== origin || !url.pathname.startsWith(site.base)) problems.push(`${page.url()} requested ${request.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = ((window as unknown as { violations?: string[] }).violations ??= []);
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of batch) {
      const response = await page.goto(path);
      // The not-found pages may be served with their 404 status; every other page must be there.
      if (!path.endsWith('404.html') && !response?.ok()) problems.push(`${path} answered ${response?.status()}`);
      const results = await accessibilityScan(page).analyze();
      for (const violation of results.violations) {
        problems.push(`${path} ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
      const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
      problems.push(...violations.map((violation) => `${path} CSP: ${violation}`));
    }
    expect(problems).toEqual([]);
  });
}
