import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bySourceOrder } from '../../src/lib/achievements.ts';
import { resolveLicence } from '../../src/lib/licence.ts';
import { achievementRouteData } from '../../src/lib/route-data/achievement.ts';
import type { BuildContext } from '../../src/lib/route-data/build-context.ts';
import { pageRouteData } from '../../src/lib/route-data/page.ts';
import { settings } from '../../src/lib/settings.ts';
import { loadSiteContent } from '../support/site-content.ts';

const content = loadSiteContent();
const build: BuildContext = {
  origin: 'https://artisanat.example.ma/',
  base: '/sub/',
  root: fileURLToPath(new URL('../../', import.meta.url)),
  // 2025-01-01: the change date and the access date come from it, never from the clock.
  env: { SOURCE_DATE_EPOCH: '1735689600' },
  licence: resolveLicence('CC-BY-4.0'),
};
const page = (lang: string | undefined, slug: string) =>
  pageRouteData({ lang, pathname: `/sub/${lang ? `${lang}/` : ''}achievements/${slug}/`, base: '/sub/', origin: build.origin });
const literacy = content.achievements.find((achievement) => achievement.slug === 'literacy-programme')!;

describe('achievementRouteData', () => {
  const data = achievementRouteData(page('fr', 'literacy-programme'), literacy, content, build);
  const url = 'https://artisanat.example.ma/sub/fr/achievements/literacy-programme/';

  it('shows the French text with its own title, and says it is no translation gap', () => {
    assert.equal(data.text.locale, 'fr');
    assert.equal(data.text.title, 'Formation des artisans dans le cadre du programme d’alphabétisation');
    assert.equal(data.untranslated, false);
    assert.deepEqual(data.textAttributes, {});
    assert.match(data.description, /^Poursuite de la formation de 19 000 artisans/);
  });

  it('cites the page at its canonical address, accessed on the source date', () => {
    assert.equal(data.citation.url, url);
    assert.match(data.citation.text, /«\s?Formation des artisans dans le cadre du programme d’alphabétisation\s?»/u);
    assert.ok(data.citation.text.includes(`${url} (consulté le 1 janvier 2025)`), data.citation.text);
  });

  it('describes the page as an Article in JSON-LD, changed on the source date', () => {
    assert.equal(data.changed.toISOString(), '2025-01-01T00:00:00.000Z');
    const [article] = data.structuredData;
    assert.equal(data.structuredData.length, 1);
    assert.equal(article!['@type'], 'Article');
    assert.equal(article!.url, url);
    assert.equal(article!.inLanguage, 'fr');
    assert.equal(article!.dateModified, '2025-01-01T00:00:00.000Z');
    assert.equal(article!.image, 'https://artisanat.example.ma/sub/share/card-fr.png');
    assert.equal(article!.license, 'https://creativecommons.org/licenses/by/4.0/');
    assert.equal(article!.articleSection, literacy.category.name.fr);
  });

  it('leads to the category, the lists and the file to correct, in French and under the base', () => {
    assert.deepEqual(
      data.breadcrumbs.map(({ label, href }) => [label, href]),
      [
        ['Accueil', '/sub/fr/'],
        ['Réalisations', '/sub/fr/achievements/'],
        [literacy.category.name.fr, `/sub/fr/categories/${literacy.category.id}/`],
      ],
    );
    assert.equal(data.categoryPath, `/sub/fr/categories/${literacy.category.id}/`);
    const { url: repository, branch } = settings().repository;
    assert.equal(data.editUrl, `${repository}/edit/${branch}/content/achievements/literacy-programme/fr.mdx`);
  });

  it('gives the neighbours in the source order and the years of its dates and figures', () => {
    const ordered = bySourceOrder(content.achievements);
    const index = ordered.findIndex((achievement) => achievement.slug === 'literacy-programme');
    assert.equal(data.previous?.slug, ordered[index - 1]?.slug);
    assert.equal(data.next?.slug, ordered[index + 1]?.slug);
    assert.deepEqual(data.years, []);
    const exports = content.achievements.find((achievement) => achievement.slug === 'exports-annual-report-2018')!;
    assert.deepEqual(achievementRouteData(page('en', exports.slug), exports, content, build).years, [2018]);
    const first = achievementRouteData(page(undefined, ordered[0]!.slug), ordered[0]!, content, build);
    assert.equal(first.previous, undefined);
  });

  it('gives the search index the keywords and other names of what the page names', () => {
    const withKeywords = {
      ...literacy,
      texts: {
        ...literacy.texts,
        fr: { ...literacy.texts.fr!, entry: { ...literacy.texts.fr!.entry, data: { keywords: ['illettrisme'] } } },
      },
    };
    const terms = achievementRouteData(page('fr', 'literacy-programme'), withKeywords, content, build).searchTerms;
    assert.ok(terms.includes('illettrisme'), terms.join(' | '));
    const arabic = achievementRouteData(page(undefined, 'literacy-programme'), literacy, content, build).searchTerms;
    assert.ok(arabic.includes('وكالة محاربة الأمية'), arabic.join(' | '));
  });

  it('shows the Arabic original where a translation is missing, and marks its language', () => {
    const untranslated = { ...literacy, texts: { ar: literacy.texts.ar } };
    const data = achievementRouteData(page('en', 'literacy-programme'), untranslated, content, build);
    assert.equal(data.text.locale, 'ar');
    assert.equal(data.untranslated, true);
    assert.deepEqual(data.textAttributes, { lang: 'ar', dir: 'rtl' });
    assert.equal(data.structuredData[0]!.inLanguage, 'ar');
    assert.match(data.editUrl, /\/content\/achievements\/literacy-programme\/ar\.mdx$/);
    assert.equal(data.breadcrumbs[0]!.label, 'Home');
  });
});
