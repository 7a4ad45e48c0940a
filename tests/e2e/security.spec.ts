import { readFileSync } from 'node:fs';
import { expect, test, type Site } from '../support/e2e.ts';

/** Every page carries a Content-Security-Policy; nothing it does breaks it, search included. */
const policyOf = (site: Site, path: string) => {
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const html = readFileSync(`${site.dist}${file}`, 'utf8');
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
};

test('every page has a policy with no unsafe-inline or unsafe-eval, and wasm-unsafe-eval only on search pages', ({ site }) => {
  for (const path of site.pages) {
    const policy = policyOf(site, path);
    expect(policy, path).toBeDefined();
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy!.includes("'wasm-unsafe-eval'"), path).toBe(/(^|\/)search\/$/.test(path));
  }
});

test('pages and a search raise no policy violation', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const seen: string[] = [];
  for (const path of [
    '',
    'fr/achievements/law-50-17-adoption/',
    'en/regions/',
    'partners/unesco/',
    'years/',
    'search/?q=' + encodeURIComponent('التكوين') + '&year=2020',
    'fr/search/?q=formation',
  ]) {
    await page.goto(path, { waitUntil: 'networkidle' });
    if (path.includes('search/')) await expect(page.locator('[data-results] li').first()).toBeVisible();
    seen.push(
      ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).map(
        (violation) => `${path}: ${violation}`,
      ),
    );
  }
  expect(seen).toEqual([]);
});
