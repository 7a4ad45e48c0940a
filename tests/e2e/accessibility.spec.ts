import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site.ts';

/**
 * axe on every built page, in every language: WCAG 2.0, 2.1 and 2.2, levels A and AA.
 * Pages are checked in batches that share one browser tab: opening a fresh context per page
 * tripled the run time for no extra coverage.
 */
const pages = builtPages();
const BATCHES = 8;
const batches = Array.from({ length: BATCHES }, (_, index) => pages.filter((_, position) => position % BATCHES === index));

test('the build has every page to check', () => {
  expect(pages.length).toBeGreaterThan(200);
  expect(batches.flat().length).toBe(pages.length);
});

for (const [index, batch] of batches.entries()) {
  test(`axe: batch ${index + 1} of ${BATCHES} (${batch.length} pages)`, async ({ page }) => {
    test.setTimeout(batch.length * 10_000);
    const violations: string[] = [];
    for (const path of batch) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      for (const violation of results.violations) {
        violations.push(`${path} ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
    expect(violations).toEqual([]);
  });
}
