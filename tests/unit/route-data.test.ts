import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localeOfParam, pageRouteData, routeOfPath } from '../../src/lib/route-data/page.ts';
import { pathsFor, routes } from '../../src/lib/route-data/paths.ts';
import { localizedPath } from '../../src/lib/routing.ts';

const origin = 'https://artisanat.example.ma/';

describe('localeOfParam', () => {
  it('reads the [...lang] parameter, none being Arabic', () => {
    assert.equal(localeOfParam(undefined), 'ar');
    assert.equal(localeOfParam('fr'), 'fr');
    assert.equal(localeOfParam('en'), 'en');
  });

  it('refuses a parameter that is no locale of the table', () => {
    assert.throws(() => localeOfParam('de'), /"de" is not a locale/);
  });
});

describe('routeOfPath', () => {
  it('takes the segments after the base and the locale prefix', () => {
    assert.deepEqual(routeOfPath('/', 'ar', '/'), []);
    assert.deepEqual(routeOfPath('/fr/', 'fr', '/'), []);
    assert.deepEqual(routeOfPath('/fr/regions/oriental/', 'fr', '/'), ['regions', 'oriental']);
    assert.deepEqual(routeOfPath('/achievements/categories/infrastructure/2/', 'ar', '/achievements/'), [
      'categories',
      'infrastructure',
      '2',
    ]);
    assert.deepEqual(routeOfPath('/achievements/en/404', 'en', '/achievements'), ['404']);
  });

  it('decodes what localizedPath encodes', () => {
    assert.deepEqual(routeOfPath('/en/search/%D8%B5%D9%86%D8%A7%D8%B9%D8%A9/', 'en', '/'), ['search', 'صناعة']);
  });

  it('refuses an address outside the base or the language', () => {
    assert.throws(() => routeOfPath('/other/regions/', 'ar', '/achievements/'), /not under \/achievements\//);
    assert.throws(() => routeOfPath('/regions/', 'fr', '/'), /not under \/fr\//);
  });

  it('gives back the route of every kind of page, in every language, at the root and under a sub-path', () => {
    const samples = [
      routes.home(),
      routes.achievement('literacy-programme'),
      routes.category('legal-framework', 3),
      routes.partner('esith'),
    ];
    for (const base of ['/', '/achievements/'])
      for (const locale of localeCodes)
        for (const route of samples) assert.deepEqual(routeOfPath(localizedPath(locale, route, base), locale, base), route);
  });
});

describe('pageRouteData', () => {
  it('gives a French page its dictionary, addresses and language versions', () => {
    const data = pageRouteData({ lang: 'fr', pathname: '/fr/regions/oriental/', base: '/', origin });
    assert.equal(data.locale, 'fr');
    assert.equal(data.t.locale, 'fr');
    assert.equal(data.t('nav.home'), 'Accueil');
    assert.deepEqual(data.route, ['regions', 'oriental']);
    assert.equal(data.canonical, 'https://artisanat.example.ma/fr/regions/oriental/');
    assert.equal(data.xDefault, 'https://artisanat.example.ma/regions/oriental/');
    assert.deepEqual(
      data.alternates.map(({ locale, lang, path, url }) => [locale, lang, path, url]),
      [
        ['ar', 'ar', '/regions/oriental/', 'https://artisanat.example.ma/regions/oriental/'],
        ['fr', 'fr', '/fr/regions/oriental/', 'https://artisanat.example.ma/fr/regions/oriental/'],
        ['en', 'en', '/en/regions/oriental/', 'https://artisanat.example.ma/en/regions/oriental/'],
        ['zgh', 'zgh', '/zgh/regions/oriental/', 'https://artisanat.example.ma/zgh/regions/oriental/'],
      ],
    );
    assert.deepEqual(
      data.alternates.map(({ label }) => label),
      ['العربية', 'Français', 'English', 'ⵜⴰⵎⴰⵣⵉⵖⵜ'],
    );
  });

  it('keeps the sub-path in every address and route builder', () => {
    const data = pageRouteData({ lang: undefined, pathname: '/achievements/categories/infrastructure/2/', base: '/achievements/', origin });
    assert.equal(data.locale, 'ar');
    assert.equal(data.t('nav.home'), 'الرئيسية');
    assert.equal(data.canonical, 'https://artisanat.example.ma/achievements/categories/infrastructure/2/');
    assert.equal(data.alternates[2]!.path, '/achievements/en/categories/infrastructure/2/');
    assert.equal(data.paths.achievement('literacy-programme'), '/achievements/achievements/literacy-programme/');
    assert.equal(data.paths.home(), '/achievements/');
  });
});

describe('route builders', () => {
  it('build every kind of page in a language', () => {
    const fr = pathsFor('fr', '/');
    assert.equal(fr.home(), '/fr/');
    assert.equal(fr.achievements(), '/fr/achievements/');
    assert.equal(fr.achievement('literacy-programme'), '/fr/achievements/literacy-programme/');
    assert.equal(fr.category('infrastructure'), '/fr/categories/infrastructure/');
    assert.equal(fr.category('infrastructure', 1), '/fr/categories/infrastructure/');
    assert.equal(fr.category('infrastructure', 2), '/fr/categories/infrastructure/2/');
    assert.equal(fr.region('oriental', 3), '/fr/regions/oriental/3/');
    assert.equal(fr.partner('esith'), '/fr/partners/esith/');
    assert.equal(pathsFor('ar', '/').years(), '/years/');
    assert.equal(pathsFor('en', '/sub').search(), '/sub/en/search/');
  });
});
