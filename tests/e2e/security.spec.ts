import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site.ts';

/** Every page carries a Content-Security-Policy; nothing it does breaks it, search included. */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const policyOf = (path: string) => {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const html = readFileSync(`${dist}${file.replace(/^\//, '')}`, 'utf8');
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
};

test('every page has a policy with no unsafe-inline or unsafe-eval, and wasm-unsafe-eval only on search pages', () => {
  for (const path of builtPages()) {
    const policy = policyOf(path);
    expect(policy, path).toBeDefined();
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy!.includes("'wasm-unsafe-eval'"), path).toBe(/\/search\/$/.test(path));
  }
});

test('pages and a search raise no policy violation', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const seen: string[] = [];
  for (const path of ['/', '/fr/achievements/law-50-17-adoption/', '/en/regions/', '/partners/unesco/', '/years/', '/search/?q=' + encodeURIComponent('التكوين') + '&year=2020', '/fr/search/?q=formation']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    if (path.includes('/search/')) await expect(page.locator('[data-results] li').first()).toBeVisible();
    seen.push(...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).map((violation) => `${path}: ${violation}`));
  }
  expect(seen).toEqual([]);
});
