import { expect, test } from '@playwright/test';
import { categories, facts, regions } from '../support/facts.ts';

/** What the files say each region holds: the map must show the same. */
const countIn = (regionId: string) => facts.filter((entry) => entry.regions.includes(regionId)).length;

const localeCases = [
  { prefix: '', lang: 'ar', dir: 'rtl' },
  { prefix: 'fr/', lang: 'fr', dir: 'ltr' },
  { prefix: 'en/', lang: 'en', dir: 'ltr' },
] as const;

for (const locale of localeCases) {
  test.describe(`${locale.lang} charts and map`, () => {
    test('map: each of the 12 regions links to its page, named and counted', async ({ page }) => {
      await page.goto(`${locale.prefix}regions/`);
      const tiles = page.locator('[data-testid="region-map"] svg a');
      await expect(tiles).toHaveCount(12);
      for (const region of regions) {
        const tile = page.locator(`[data-testid="region-map"] a[data-region="${region.id}"]`);
        await expect(tile).toHaveAttribute('data-count', String(countIn(region.id)));
        // Named by its visible text: the region (without «جهة», which the title says) and its count.
        const name = region.name[locale.lang].replace(/^جهة /, '');
        expect((await tile.textContent())!.replace(/\s+/g, ' ').trim()).toBe(`${name} ${countIn(region.id)}`);
        await expect(tile).toHaveAttribute('href', new RegExp(`${locale.prefix}regions/${region.id}/$`));
      }
      // The same counts, as text, on the home page's list beside the map.
      await page.goto(locale.prefix || './');
      await expect(page.locator('[data-testid="region-text-list"] li')).toHaveCount(12);
    });

    test('map: reached with the Tab key and followed with Enter', async ({ page }) => {
      await page.goto(`${locale.prefix}regions/`);
      await page.locator('[data-testid="region-map"] figcaption').click();
      let region: string | undefined;
      for (let presses = 0; presses < 20 && region !== 'fes-meknes'; presses += 1) {
        await page.keyboard.press('Tab');
        region = await page.evaluate(() => (document.activeElement as HTMLElement | SVGElement | null)?.dataset.region);
      }
      expect(region).toBe('fes-meknes');
      // A visible focus ring on the tile.
      const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('rect')!).strokeWidth);
      expect(parseFloat(stroke)).toBeGreaterThanOrEqual(4);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${locale.prefix}regions/fes-meknes/$`));
      await expect(page.locator('main [data-testid="achievement-list"] > li')).toHaveCount(countIn('fes-meknes'));
    });

    test('bar charts: drawn from the entries, growing in the reading direction, with a table', async ({ page }) => {
      await page.goto(`${locale.prefix}categories/`);
      const chart = page.locator('[data-chart="per-category"]');
      const values = await chart
        .locator('svg g[data-value]')
        .evaluateAll((groups) => groups.map((group) => Number(group.getAttribute('data-value'))));
      expect(values).toEqual(categories.map((category) => facts.filter((entry) => entry.category === category.id).length));
      expect(values.reduce((sum, value) => sum + value, 0)).toBe(facts.length);
      await expect(chart.locator('table tbody tr')).toHaveCount(categories.length);
      await expect(chart.locator('table tbody th').first()).toHaveText(categories[0]!.name[locale.lang]);
      // Bars start at the side the text starts from: the right in Arabic, the left otherwise.
      const svg = await chart.locator('svg').boundingBox();
      const bar = await chart.locator('svg rect').first().boundingBox();
      const fromStart = locale.dir === 'rtl' ? svg!.x + svg!.width - (bar!.x + bar!.width) : bar!.x - svg!.x;
      expect(fromStart).toBeLessThan(8);

      await page.goto(`${locale.prefix}achievements/infrastructure-under-construction/`);
      const breakdown = page.locator('[data-testid="figure-charts"] [data-testid="bar-chart"]');
      await expect(breakdown).toHaveCount(1);
      const parts = await breakdown
        .locator('svg g[data-value]')
        .evaluateAll((groups) => groups.map((group) => Number(group.getAttribute('data-value'))));
      expect(parts.reduce((sum, value) => sum + value, 0)).toBe(67);

      await page.goto(`${locale.prefix}categories/vocational-training/`);
      await expect(page.locator('[data-testid="figure-charts"] [data-testid="bar-chart"] table tbody tr')).toHaveCount(5);
    });

    test('report: every achievement under its category, printed on A4 with a page per category', async ({ page }) => {
      await page.goto(`${locale.prefix}report/`);
      await expect(page.locator('[data-testid="report-category"]')).toHaveCount(categories.length);
      await expect(page.locator('[data-testid="report-item"]')).toHaveCount(facts.length);
      await expect(page.locator('nav[aria-labelledby="contents-title"] li')).toHaveCount(categories.length + 1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('body > header')).toBeHidden();
      expect(await page.locator('.report-cover').evaluate((element) => getComputedStyle(element).breakAfter)).toBe('page');
      expect(
        await page
          .locator('[data-testid="report-category"]')
          .first()
          .evaluate((element) => getComputedStyle(element).breakBefore),
      ).toBe('page');
      await test
        .info()
        .attach(`report-${locale.lang}-print.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const sheets = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      // Cover, contents, charts, then at least one sheet per category.
      expect(sheets).toBeGreaterThanOrEqual(3 + categories.length);
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/);
    });
  });
}

test('every bar label lies within its chart, an Arabic label on a zgh page included', async ({ page }) => {
  for (const prefix of ['', 'fr/', 'en/', 'zgh/']) {
    await page.goto(`${prefix}achievements/infrastructure-under-construction/`);
    const chart = page.locator('[data-testid="figure-charts"] [data-testid="bar-chart"] svg');
    const svg = (await chart.boundingBox())!;
    const labels = await chart.locator('text.chart-label').evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent ?? '', left: box.left, right: box.right };
      }),
    );
    expect(labels.length).toBe(10);
    for (const label of labels) {
      expect(label.left, `${prefix}: «${label.text}»`).toBeGreaterThanOrEqual(svg.x - 1);
      expect(label.right, `${prefix}: «${label.text}»`).toBeLessThanOrEqual(svg.x + svg.width + 1);
    }
  }
});
