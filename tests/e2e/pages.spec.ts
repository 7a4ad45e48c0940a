import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e.ts';
import { categories, facts, linkedBySeatIn, partners, regions, slugsWhere } from '../support/facts.ts';

const regionIds = regions.map((region) => region.id);
const partnerIds = partners.map((partner) => partner.id);
const categoryIds = categories.map((category) => category.id);

/** The achievements a page lists, by the slug in their links. */
async function listedSlugs(page: Page, scope = 'main'): Promise<string[]> {
  const hrefs = await page
    .locator(`${scope} [data-testid="achievement-list"] :is(h2, h3) a`)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').filter(Boolean).pop() ?? '').sort();
}

const localeCases = [
  {
    prefix: '',
    lang: 'ar',
    dir: 'rtl',
    number: '16.098',
    casablanca: {
      located: 'لا إنجازات على تراب الجهة',
      linked: 'إنجازان بشراكة مع مؤسسات مقرها بالجهة',
      heading: 'إنجازات بشراكة مع مؤسسات مقرها بالجهة',
      empty: /لا تذكر الوثيقة المرجعية أي إنجاز يجري العمل فيه بهذه الجهة، لكن مؤسسات مقرها بالجهة شريكة/,
      legend: 'يُحتسب كل إنجاز في الجهة التي يجري فيها العمل، لا في جهة مقر شركائه.',
    },
    lawDate: '30 يوليوز 2020',
    lawDated: '30 يوليوز 2020: النشر بالجريدة الرسمية',
    switchTo: { label: 'Français', lang: 'fr', prefix: 'fr/' },
  },
  {
    prefix: 'fr/',
    lang: 'fr',
    dir: 'ltr',
    number: '16\u202f098',
    casablanca: {
      located: '0 réalisation sur le territoire de la région',
      linked: '2 réalisations avec des partenaires établis dans la région',
      heading: 'Réalisations avec des partenaires établis dans la région',
      empty: /ne situe aucune réalisation dans cette région, mais des partenaires qui y sont établis/,
      legend: 'Chaque réalisation est comptée dans la région où se fait le travail, non dans celle où siègent ses partenaires.',
    },
    lawDate: '30 juillet 2020',
    lawDated: '30 juillet 2020\u00a0: Publication au Bulletin officiel',
    switchTo: { label: 'English', lang: 'en', prefix: 'en/' },
  },
  {
    prefix: 'en/',
    lang: 'en',
    dir: 'ltr',
    number: '16,098',
    casablanca: {
      located: '0 achievements carried out in the region',
      linked: '2 achievements with partners based in the region',
      heading: 'Achievements with partners based in the region',
      empty: /locates no achievement in this region, but partners based here/,
      legend: 'Each achievement is counted in the region where the work takes place, not where its partners are based.',
    },
    lawDate: '30 July 2020',
    lawDated: '30 July 2020: Published in the Official Bulletin',
    switchTo: { label: 'العربية', lang: 'ar', prefix: '' },
  },
] as const;

for (const locale of localeCases) {
  test.describe(`${locale.lang} pages`, () => {
    test('home: language, direction, headline figures and categories', async ({ page }) => {
      await page.goto(locale.prefix);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
      await expect(page.locator('[data-testid="headline-figures"] [data-testid="figure-value"]')).toContainText([
        '67',
        '104',
        locale.number,
      ]);
      await expect(page.locator('main section[aria-labelledby="categories"] li')).toHaveCount(7);
      const direction = await page.locator('main h1').evaluate((element) => getComputedStyle(element).direction);
      expect(direction).toBe(locale.dir);
    });

    test('achievement: dates, legal reference and partner links', async ({ page }) => {
      await page.goto(`${locale.prefix}achievements/law-50-17-adoption/`);
      await expect(page.locator('[data-testid="dates"] time')).toHaveText(locale.lawDate);
      await expect(page.locator('[data-testid="dates"] time')).toHaveAttribute('datetime', '2020-07-30');
      // The colon as the language writes it: French with a no-break space before it.
      expect(await page.locator('[data-testid="dates"] li').textContent()).toBe(locale.lawDated);
      await expect(page.locator('[data-testid="legal"]')).toContainText('50-17');
      await expect(page.locator('[data-testid="legal"]')).toContainText('6904');
      await page.locator('[data-testid="partners"] a').first().click();
      await expect(page).toHaveURL(`${locale.prefix}partners/parliament/`);
      expect(await listedSlugs(page)).toEqual(['law-50-17-adoption']);
    });

    test('achievement: figures with their breakdown, formatted for the language', async ({ page }) => {
      await page.goto(`${locale.prefix}achievements/infrastructure-under-construction/`);
      await expect(page.locator('[data-testid="figure"] [data-testid="figure-value"]').first()).toHaveText('67');
      const parts = page.locator('[data-testid="breakdown"] li');
      await expect(parts).toHaveCount(10);
      await page.goto(`${locale.prefix}achievements/initial-training-2020/`);
      await expect(page.locator('[data-testid="figure-value"]')).toHaveText(locale.number);
    });

    test('language switcher leads to the same page in the next language', async ({ page }) => {
      await page.goto(`${locale.prefix}achievements/literacy-programme/`);
      const switcher = page.getByRole('navigation', { name: /اللغات|Langues|Languages/ });
      await expect(switcher.locator('[aria-current="true"]')).toHaveAttribute('lang', locale.lang);
      await switcher.getByRole('link', { name: locale.switchTo.label }).click();
      await expect(page).toHaveURL(`${locale.switchTo.prefix}achievements/literacy-programme/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.switchTo.lang);
    });

    test('every region page lists exactly the achievements located there, then those of partners seated there', async ({ page }) => {
      for (const region of regionIds) {
        await page.goto(`${locale.prefix}regions/${region}/`);
        const expected = slugsWhere((entry) => entry.regions.includes(region));
        if (expected.length === 0) {
          await expect(page.getByTestId('empty-state'), region).toBeVisible();
          await expect(page.locator('[data-testid="region-located"] [data-testid="achievement-list"]')).toHaveCount(0);
        } else {
          expect(await listedSlugs(page, '[data-testid="region-located"]'), region).toEqual(expected);
        }
        const linked = linkedBySeatIn(region);
        await expect(page.getByTestId('partner-linked'), region).toHaveCount(linked.length > 0 ? 1 : 0);
        if (linked.length > 0) expect(await listedSlugs(page, '[data-testid="partner-linked"]'), region).toEqual(linked);
      }
    });

    test('Casablanca-Settat: partner-linked achievements under their own heading, the count on where the work happens', async ({
      page,
      site,
    }) => {
      await page.goto(`${locale.prefix}regions/casablanca-settat/`);
      await expect(page.getByTestId('region-count')).toHaveText(locale.casablanca.located);
      await expect(page.getByTestId('empty-state')).toHaveText(locale.casablanca.empty);
      const section = page.getByRole('region', { name: locale.casablanca.heading });
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(locale.casablanca.heading);
      expect(await listedSlugs(page, '[data-testid="partner-linked"]')).toEqual(['clay-research-ain-chock', 'natural-dyes-esith']);
      const partnerLinks = await section
        .locator('[data-testid="partner-linked-partners"] a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(partnerLinks).toEqual([
        site.path(`${locale.prefix}partners/faculty-of-sciences-ain-chock/`),
        site.path(`${locale.prefix}partners/esith/`),
      ]);
      await expect(page.getByTestId('region-linked-count')).toHaveText(locale.casablanca.linked);
      await page.getByTestId('region-linked-count').click();
      await expect(page).toHaveURL(`${locale.prefix}regions/casablanca-settat/#partner-linked`);
      await page.goto(`${locale.prefix}regions/marrakech-safi/`);
      expect(await listedSlugs(page, '[data-testid="partner-linked"]')).toEqual(['digital-design-programming']);
      await page.goto(`${locale.prefix}regions/`);
      const card = page.locator(`[data-testid="region-list"] a[href="${site.path(`${locale.prefix}regions/casablanca-settat/`)}"]`);
      await expect(card).toContainText(locale.casablanca.located);
      await expect(card).toContainText(locale.casablanca.linked);
    });

    test('map legend: achievements are counted where the work happens, not where partners sit', async ({ page }) => {
      for (const path of ['', 'regions/']) {
        await page.goto(`${locale.prefix}${path}`);
        await expect(page.getByTestId('map-legend-note')).toHaveText(locale.casablanca.legend);
        await expect(page.locator('[data-testid="map-legend"] [data-testid="map-legend-note"]')).toBeVisible();
        await expect(page.locator('[data-testid="region-map"] a[data-region="casablanca-settat"]')).toHaveAttribute('data-count', '0');
      }
    });

    test('regions index: all 12 regions, national and unnamed-region achievements', async ({ page }) => {
      await page.goto(`${locale.prefix}regions/`);
      await expect(page.locator('[data-testid="region-list"] li')).toHaveCount(12);
      expect(await listedSlugs(page, '#national')).toEqual(slugsWhere((entry) => entry.scope === 'national'));
      expect(await listedSlugs(page, '#unspecified')).toEqual(slugsWhere((entry) => entry.scope === 'unspecified'));
    });

    test('every category and partner page lists exactly its achievements', async ({ page }) => {
      for (const category of categoryIds) {
        await page.goto(`${locale.prefix}categories/${category}/`);
        expect(await listedSlugs(page), category).toEqual(slugsWhere((entry) => entry.category === category));
      }
      for (const partner of partnerIds) {
        await page.goto(`${locale.prefix}partners/${partner}/`);
        expect(await listedSlugs(page), partner).toEqual(slugsWhere((entry) => entry.partners.includes(partner)));
      }
    });

    test('all achievements page lists all 32 and links to each', async ({ page }) => {
      await page.goto(`${locale.prefix}achievements/`);
      expect(await listedSlugs(page)).toEqual(facts.map((entry) => entry.slug).sort());
    });

    test('hreflang alternates name every language version', async ({ page, site }) => {
      await page.goto(`${locale.prefix}regions/fes-meknes/`);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href') ?? '']));
      // Absolute, on the site's address (SITE_URL), as search engines require.
      for (const [, href] of alternates) expect(href).toMatch(/^https?:\/\//);
      expect(alternates.map(([lang, href]) => [lang, new URL(href!).pathname])).toEqual([
        ['ar', site.path('regions/fes-meknes/')],
        ['fr', site.path('fr/regions/fes-meknes/')],
        ['en', site.path('en/regions/fes-meknes/')],
        ['zgh', site.path('zgh/regions/fes-meknes/')],
        ['x-default', site.path('regions/fes-meknes/')],
      ]);
    });

    test('not-found page in the language', async ({ page, site }) => {
      const response = await page.goto(`${locale.prefix}404.html`);
      expect(response?.status()).toBeLessThan(500);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('main a').first()).toHaveAttribute('href', site.path(locale.prefix));
    });
  });
}

test('a missing page answers 404 with the Arabic not-found page, which leads home', async ({ page, site }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('main a').first()).toHaveAttribute('href', site.base);
});

test('Arabic dates use Moroccan month names', async ({ page }) => {
  await page.goto('achievements/covid-19-field-surveys/');
  await expect(page.locator('[data-testid="dates"] time')).toHaveText(['ماي 2020', 'شتنبر 2020', 'دجنبر 2020']);
  await page.goto('achievements/training-meetings-national-fair/');
  await expect(page.locator('[data-testid="dates"] time')).toHaveText('يناير 2020');
});

test('Latin codes inside Arabic are isolated', async ({ page }) => {
  await page.goto('achievements/law-50-17-adoption/');
  await expect(page.locator('h1 bdi')).toHaveText('50-17');
  await expect(page.locator('[data-testid="achievement-text"] bdi')).toHaveText('50-17');
  await page.goto('partners/unesco/');
  await expect(page.locator('main dl bdi')).toHaveText('UNESCO');
  // A shortcut is one run: isolated in pieces, it reads «P+Ctrl» right to left.
  await page.goto('report/');
  await expect(page.getByRole('note').locator('bdi')).toHaveText(['PDF', 'Ctrl+P', '⌘P', 'PDF']);
});

test('Arabic counted nouns agree with their numbers', async ({ page }) => {
  await page.goto('');
  const headline = page.locator('[data-testid="headline-figures"] li');
  await expect(headline.filter({ hasText: '67' })).toContainText('بنية تحتية');
  await expect(headline.filter({ hasText: '104' })).toContainText('بنيات تحتية');
  await expect(headline.filter({ hasText: '16.098' })).toContainText('شابًا');
  await expect(headline.filter({ hasText: '19.000' })).toContainText('صانع تقليدي');
  await expect(page.getByTestId('at-a-glance')).toContainText('32 إنجازًا');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('French and English pages show translated titles, not the Arabic fallback', async ({ page }) => {
  for (const prefix of ['fr/', 'en/']) {
    await page.goto(`${prefix}achievements/`);
    await expect(page.locator('main [lang="ar"]')).toHaveCount(0);
  }
});

for (const width of [320, 390]) {
  test(`pages fit a ${width} px phone screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [
      '',
      'fr/',
      'achievements/infrastructure-under-construction/',
      'fr/achievements/training-institutes-construction/',
      'en/achievements/law-50-17-adoption/',
      'regions/',
      'fr/regions/oriental/',
      'partners/',
      'fr/partners/esith/',
      'categories/vocational-training/',
      'achievements/',
      'search/?q=%D8%A7%D9%84%D8%AA%D9%83%D9%88%D9%8A%D9%86&year=2020',
      'fr/years/',
      'zgh/',
      'zgh/achievements/infrastructure-under-construction/',
      'zgh/regions/fes-meknes/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test('the Arabic font is served by the site itself and used for Arabic text', async ({ page, baseURL }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(response.url());
  });
  await page.goto('', { waitUntil: 'networkidle' });
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font.startsWith(baseURL!)).toBe(true);
  const family = await page.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily);
  expect(family).toMatch(/IBM Plex Sans Arabic/);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family);
  });
  expect(loaded.some((family) => family.includes('IBM Plex Sans Arabic'))).toBe(true);
});

test('every achievement page links to its source file for a correction', async ({ page }) => {
  for (const [prefix, locale] of [
    ['', 'ar'],
    ['fr/', 'fr'],
    ['en/', 'en'],
  ] as const) {
    await page.goto(`${prefix}achievements/literacy-programme/`);
    const link = page.getByTestId('propose-correction');
    await expect(link).toHaveAttribute('href', new RegExp(`/edit/main/content/achievements/literacy-programme/${locale}\\.mdx$`));
  }
});
