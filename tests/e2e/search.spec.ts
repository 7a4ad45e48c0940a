import type { Page } from '@playwright/test';
import { accessibilityScan } from '../support/axe.ts';
import { expect, test } from '../support/e2e.ts';
import { categories, partners, regions, slugsWhere } from '../support/facts.ts';

/** Runs a search through the address, as a shared link would, and returns the slugs found. */
async function search(page: Page, prefix: string, params: Record<string, string | string[]>): Promise<string[]> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const item of [value].flat()) query.append(key, item);
  await page.goto(`${prefix}search/?${query}`);
  return resultSlugs(page);
}

async function resultSlugs(page: Page): Promise<string[]> {
  const status = page.locator('[data-results-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(/…$/);
  const more = page.locator('[data-results-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('[data-results] li').count();
    await more.click();
    await expect(page.locator('[data-results] li')).not.toHaveCount(shown);
  }
  const hrefs = await page.locator('[data-results] h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').filter(Boolean).pop() ?? '').sort();
}

const arabicQueries: [string, string, string[]][] = [
  ['the article', 'التكوين', ['initial-training-2020', 'literacy-programme', 'prison-inmates-training']],
  ['a bare word finds its form with the article', 'تكوين', ['initial-training-2020', 'trades-and-skills-cities-programmes']],
  ['و before the article', 'والتكوين', ['initial-training-2020', 'trainer-compensation-decree']],
  ['و and ل prefixes', 'وللمهنيين', ['prior-learning-accreditation']],
  ['diacritics', 'التَّكْوِين', ['initial-training-2020']],
  ['tatweel', 'التكـوين', ['initial-training-2020']],
  ['hamza on alef', 'الإستراتيجية', ['strategic-indicators-study-2017', 'strategic-indicators-study-2018']],
  ['ه for ة', 'الصادرات والصناعه', ['exports-annual-report-2018']],
  ['ى for ي', 'تحدى الالفية', ['trades-and-skills-cities-programmes', 'training-institutes-construction']],
  ['ب before the article', 'بالراشيدية', ['womens-houses-errachidia-midelt']],
  ['a partner', 'اليونيسكو', ['brocade-weaving-training']],
  ['a law number', 'القانون 50-17', ['law-50-17-adoption', 'law-50-17-implementing-texts']],
];

test.describe('Arabic search forgives what Arabic readers expect', () => {
  for (const [what, query, expected] of arabicQueries) {
    test(`${what}: ${query}`, async ({ page }) => {
      const found = await search(page, '', { q: query });
      for (const slug of expected) expect(found, `${query} should find ${slug}`).toContain(slug);
    });
  }
});

test('French and English queries find their achievements in their language', async ({ page, site }) => {
  const cases: [string, string, string][] = [
    ['fr/', 'alphabétisation', 'literacy-programme'],
    ['fr/', 'détenus', 'prison-inmates-training'],
    ['fr/', 'cuivre Fès', 'copper-ware-quality-fes'],
    ['en/', 'literacy', 'literacy-programme'],
    ['en/', 'UNESCO', 'brocade-weaving-training'],
    ['en/', 'weavers', 'taznakht-wool-support'],
  ];
  for (const [prefix, query, slug] of cases) {
    const found = await search(page, prefix, { q: query });
    expect(found, `${prefix} ${query}`).toContain(slug);
    const links = await page.locator('[data-results] h3 a').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
    for (const href of links) expect(href!.startsWith(site.path(`${prefix}achievements/`)), href!).toBe(true);
  }
});

/** Names a reader knows and everyday words (content/*.yaml `aliases`, translations' `keywords`). */
const otherNames: [string, string, string, string][] = [
  ['a partner’s usual spelling', '', 'اليونسكو', 'brocade-weaving-training'],
  ['a partner’s other name', 'en/', 'House of Councillors', 'law-50-17-adoption'],
  ['a partner’s acronym', 'fr/', 'UCA', 'digital-design-programming'],
  ['a partner’s acronym', 'en/', 'FSAC', 'clay-research-ain-chock'],
  ['a place’s other spelling', 'fr/', 'Marrakesh', 'fondouk-el-pacha-protective-equipment'],
  ['a place’s other spelling', 'en/', 'Fes', 'copper-ware-quality-fes'],
  ['a place’s other spelling', '', 'تازنخت', 'taznakht-wool-support'],
  ['a place’s other spelling', '', 'الرشيدية', 'womens-houses-errachidia-midelt'],
  ['a region’s other spelling', 'fr/', 'Saguia', 'laayoune-sakia-el-hamra-programme'],
  ['a keyword', '', 'كوفيد', 'covid-19-field-surveys'],
  ['a keyword', 'fr/', 'dinanderie', 'copper-ware-quality-fes'],
  ['a keyword', 'en/', 'financial literacy', 'financial-education'],
];

test.describe('other names and everyday words find their achievements', () => {
  for (const [what, prefix, query, slug] of otherNames) {
    test(`${what}: ${prefix}${query}`, async ({ page }) => {
      expect(await search(page, prefix, { q: query })).toContain(slug);
    });
  }
});

test('other names and keywords are searched but shown nowhere, and excerpts skip the title', async ({ page }) => {
  await page.goto('fr/achievements/laayoune-sakia-el-hamra-programme/');
  const shown = await page.locator('body').innerText();
  for (const hidden of ['El Aaiún', 'Saguia']) expect(shown).not.toContain(hidden);
  await expect(page.locator('#search-terms')).toBeHidden();

  // Found by a word of its other names only: the excerpt is the text's beginning, not the title.
  await search(page, 'fr/', { q: 'Saguia' });
  const result = page.locator('[data-results] li').filter({ has: page.locator('a[href$="/laayoune-sakia-el-hamra-programme/"]') });
  const excerpt = (await result.locator('p').last().textContent()) ?? '';
  expect(excerpt).not.toContain('Saguia');
  expect(excerpt.startsWith('Contribution au financement')).toBe(true);
  expect(excerpt).not.toMatch(/\p{L}\d|\d\p{L}/u);
});

test('results show the title, a highlighted excerpt and the category, counted in Arabic', async ({ page }) => {
  await search(page, '', { q: 'الأمية' });
  const first = page.locator('[data-results] li').first();
  await expect(first.locator('h3 a')).toHaveText('تكوين الصناع في برنامج محو الأمية');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first).toContainText('التكوين المهني');
  await expect(page.locator('[data-results-status]')).toHaveText('نتيجة واحدة');
  await search(page, '', { q: 'الصناعة التقليدية' });
  await expect(page.locator('[data-results-status]')).toHaveText(/^\d+ (نتائج|نتيجة)$/);
});

test('on a zgh page, a result quoting the Arabic text and category says so with lang and dir', async ({ page }) => {
  await search(page, 'zgh/', { q: 'ⵎⴽⵏⴰⵙ' });
  const first = page.locator('[data-results] li').first();
  await expect(first.locator('h3 a')).toHaveAttribute('lang', 'ar');
  await expect(first.locator('h3 a')).toHaveAttribute('dir', 'rtl');
  await expect(first.locator('p').first()).toHaveAttribute('lang', 'ar');
  await expect(first.locator('p').last()).toHaveAttribute('dir', 'rtl');
  // On an Arabic page nothing is marked: the text is the page's own language.
  await search(page, '', { q: 'الأمية' });
  await expect(page.locator('[data-results] li h3 a').first()).not.toHaveAttribute('lang', /./);
});

test.describe('filters, alone and combined, with or without a query', () => {
  const name = (list: { id: string; name: { ar: string } }[], id: string) => list.find((item) => item.id === id)!.name.ar;

  test('category', async ({ page }) => {
    expect(await search(page, '', { category: name(categories, 'quality-research-innovation') })).toEqual(
      slugsWhere((entry) => entry.category === 'quality-research-innovation'),
    );
  });
  test('region, including the nationwide ones', async ({ page }) => {
    expect(await search(page, '', { region: name(regions, 'fes-meknes') })).toEqual(
      slugsWhere((entry) => entry.regions.includes('fes-meknes')),
    );
    expect(await search(page, '', { region: 'على الصعيد الوطني' })).toEqual(slugsWhere((entry) => entry.scope === 'national'));
  });
  test('partner', async ({ page }) => {
    expect(await search(page, '', { partner: name(partners, 'millennium-challenge-corporation') })).toEqual(
      slugsWhere((entry) => entry.partners.includes('millennium-challenge-corporation')),
    );
  });
  test('year', async ({ page }) => {
    expect(await search(page, '', { year: '2018' })).toEqual(slugsWhere((entry) => entry.years.includes(2018)));
  });
  test('status', async ({ page }) => {
    expect(await search(page, '', { status: 'في طور التحضير' })).toEqual(slugsWhere((entry) => entry.status === 'planned'));
  });
  test('two filters and a query together', async ({ page }) => {
    const both = await search(page, '', { category: name(categories, 'vocational-training'), status: 'منجز' });
    expect(both).toEqual(slugsWhere((entry) => entry.category === 'vocational-training' && entry.status === 'completed'));
    const narrowed = await search(page, '', { q: 'الصناع', category: name(categories, 'vocational-training'), status: 'منجز' });
    expect(narrowed.length).toBeGreaterThan(0);
    for (const slug of narrowed) expect(both).toContain(slug);
  });
  test('two values of one filter add up', async ({ page }) => {
    const found = await search(page, '', { region: [name(regions, 'fes-meknes'), name(regions, 'draa-tafilalet')] });
    expect(found).toEqual(slugsWhere((entry) => entry.regions.includes('fes-meknes') || entry.regions.includes('draa-tafilalet')));
  });
  test('French filter labels', async ({ page }) => {
    const fr = categories.find((category) => category.id === 'legal-framework')!.name.fr;
    expect(await search(page, 'fr/', { category: fr })).toEqual(slugsWhere((entry) => entry.category === 'legal-framework'));
  });
});

test('an empty result says so in the page’s language', async ({ page }) => {
  expect(await search(page, '', { q: 'زززززز' })).toEqual([]);
  await expect(page.locator('[data-results-status]')).toContainText('لا نتائج');
  await expect(page.locator('[data-results-status]')).toContainText('لم نعثر على إنجاز يطابق بحثك');
  expect(await search(page, 'en/', { q: 'qqqqzzzz' })).toEqual([]);
  await expect(page.locator('[data-results-status]')).toContainText('No achievement matches your search');
});

test('a shared address restores the query and the filters, and the search updates the address', async ({ page }) => {
  const region = regions.find((item) => item.id === 'laayoune-sakia-el-hamra')!.name.ar;
  const found = await search(page, '', { q: 'دار', region });
  expect(found).toContain('laayoune-sakia-el-hamra-programme');
  await expect(page.locator('#search-query')).toHaveValue('دار');
  await expect(page.getByRole('checkbox', { name: region })).toBeChecked();

  await page.goto('search/');
  await page.locator('#search-query').fill('الأمية');
  await page.locator('#search-query').press('Enter');
  await expect(page).toHaveURL(/\?q=%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%A9$/);
  expect(await resultSlugs(page)).toEqual(['literacy-programme']);
  await page.getByText('تضييق النتائج').click();
  await page.getByRole('checkbox', { name: 'منجز' }).check();
  await expect(page).toHaveURL(/status=/);
  expect(await resultSlugs(page)).toEqual([]);
  await page.goBack();
  await expect(page).toHaveURL('search/');
});

test('no search code loads before the visitor searches, and none on other pages', async ({ page, site }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (['script', 'fetch', 'xhr'].includes(request.resourceType()) || request.url().includes('/pagefind/')) scripts.push(request.url());
  });
  for (const path of ['', 'achievements/literacy-programme/', 'regions/', 'fr/partners/'])
    await page.goto(path, { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  await page.goto('search/', { waitUntil: 'networkidle' });
  expect(scripts.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await page.locator('#search-query').fill('التكوين');
  await page.locator('#search-query').press('Enter');
  await resultSlugs(page);
  expect(scripts.map((url) => new URL(url).pathname)).toContain(site.path('pagefind/pagefind.js'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form reaches the search page, which offers the indexes', async ({ page }) => {
    await page.goto('achievements/literacy-programme/');
    await page.getByRole('searchbox', { name: 'ابحث في الإنجازات' }).fill('التكوين');
    await page.getByRole('search').first().getByRole('button').click();
    await expect(page).toHaveURL(`search/?q=${encodeURIComponent('التكوين')}`);
    // Playwright's switch turns scripts off but still parses <noscript> as text, so the page's
    // offer of the indexes is what is checked here.
    await expect(page.getByRole('heading', { name: 'تصفح الإنجازات' })).toBeVisible();
    await expect(page.locator('[data-results-section]')).toBeHidden();
    await page.getByRole('link', { name: 'الجهات' }).last().click();
    await expect(page).toHaveURL('regions/');
  });
});

test('the search page with results has no accessibility violation, in Arabic and French', async ({ page }) => {
  for (const prefix of ['', 'fr/']) {
    await search(page, prefix, { q: prefix ? 'formation' : 'التكوين', year: '2020' });
    const results = await accessibilityScan(page).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  }
});

test('the search page is laid out right to left in Arabic', async ({ page }) => {
  await search(page, '', { q: 'التكوين' });
  const [input, button] = await Promise.all([
    page.locator('#search-query').boundingBox(),
    page.locator('form[data-search-form] button[type="submit"]').first().boundingBox(),
  ]);
  expect(button!.x).toBeLessThan(input!.x);
  expect(
    await page
      .locator('[data-results] li')
      .first()
      .evaluate((item) => getComputedStyle(item).direction),
  ).toBe('rtl');
});

test('the year view groups achievements by the years of their dates', async ({ page }) => {
  for (const prefix of ['', 'fr/', 'en/']) {
    await page.goto(`${prefix}years/`);
    for (const year of [2020, 2018, 2017]) {
      const hrefs = await page
        .locator(`#year-${year} [data-testid="achievement-list"] h3 a`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.map((href) => href.split('/').filter(Boolean).pop()).sort(), `${prefix} ${year}`).toEqual(
        slugsWhere((entry) => entry.years.includes(year)),
      );
    }
  }
});

test('results come ten at a time, and “more” shows the rest with the focus on the first new one', async ({ page }) => {
  await page.goto('search/?q=' + encodeURIComponent('التكوين'));
  const status = page.locator('[data-results-status]');
  await expect(status).toHaveText(/^\d+ نتيجة$/);
  const total = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(10);
  await expect(page.locator('[data-results] li')).toHaveCount(10);
  await page.getByRole('button', { name: 'عرض نتائج أخرى' }).click();
  await expect(page.locator('[data-results] li')).toHaveCount(total);
  await expect(page.getByRole('button', { name: 'عرض نتائج أخرى' })).toBeHidden();
  await expect(page.locator('[data-results] li').nth(10).locator('a')).toBeFocused();
});
