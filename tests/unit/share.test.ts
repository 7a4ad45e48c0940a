import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import packageJson from '../../package.json' with { type: 'json' };
import { ARCHIVE_STAMP, buildDate, changedOn, dateSource, dateSourceWarning, sourceDateEpoch } from '../../src/lib/build-date.ts';
import { licences, resolveLicence } from '../../src/lib/licence.ts';
import { achievementCitation, datasetCitation, dayOf } from '../../src/lib/share/cite.ts';
import { escapeXml, FEED_LIMIT, latest, newestFirst, rfc822, rssFeed } from '../../src/lib/share/feed.ts';
import { plainText } from '../../src/lib/share/plain-text.ts';
import { alternates, inSitemap, sitemapOptions } from '../../src/lib/share/sitemap.ts';
import {
  achievementArticle,
  dataset,
  jsonLdScript,
  organisation,
  publisherId,
  sourceDocument,
} from '../../src/lib/share/structured-data.ts';
import { cardPath, feedPath } from '../../src/lib/share/urls.ts';
import { PLACEHOLDER_SITE_URL, absoluteUrl, resolveSiteUrl } from '../../src/lib/site-url.ts';
import { parsePartialDate } from '../../src/schemas/partial-date.ts';
import type { SourceReport } from '../../src/schemas/source-report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const report: SourceReport = {
  publisher: { name: { ar: 'الوزارة', fr: 'Le ministère', en: 'The Ministry' } },
  date: parsePartialDate('2020')!,
};
const accessed = new Date('2026-03-02T23:30:00Z');

describe('site URL setting', () => {
  it('takes SITE_URL, else the placeholder of package.json, and flags the placeholder', () => {
    assert.equal(packageJson.homepage, PLACEHOLDER_SITE_URL);
    assert.deepEqual(resolveSiteUrl(undefined, '/'), { origin: PLACEHOLDER_SITE_URL, placeholder: true });
    assert.deepEqual(resolveSiteUrl('https://artisanat.example.ma', '/'), { origin: 'https://artisanat.example.ma/', placeholder: false });
    assert.deepEqual(resolveSiteUrl('  ', '/', 'https://a.example/'), { origin: 'https://a.example/', placeholder: false });
  });

  it('accepts a path only when it is the base path', () => {
    assert.equal(resolveSiteUrl('https://example.ma/achievements', '/achievements/').origin, 'https://example.ma/');
    assert.throws(
      () => resolveSiteUrl('https://example.ma/other/', '/achievements/'),
      /SITE_URL .* path \/other\/ is not the base path \/achievements\/.*BASE_PATH/,
    );
  });

  it('names the setting and says what to write when the value is wrong', () => {
    assert.throws(
      () => resolveSiteUrl('example.ma', '/'),
      /SITE_URL is "example.ma", which is not an absolute URL: write it like https:\/\/example.ma/,
    );
    assert.throws(() => resolveSiteUrl('ftp://example.ma', '/'), /must start with https:\/\//);
    assert.throws(() => resolveSiteUrl(undefined, '/', 'https://example.ma/?q=1'), /package.json "homepage" .* scheme and host/);
  });

  it('makes absolute URLs that keep the base path', () => {
    assert.equal(absoluteUrl('/achievements/fr/regions/', 'https://example.ma/'), 'https://example.ma/achievements/fr/regions/');
    assert.equal(feedPath('fr', '/achievements/'), '/achievements/fr/rss.xml');
    assert.equal(feedPath('ar', '/'), '/rss.xml');
    assert.equal(cardPath('en', '/achievements'), '/achievements/share/card-en.png');
  });
});

describe('licence setting', () => {
  it('defaults to package.json, CC BY 4.0, and can be overridden', () => {
    assert.equal(packageJson.config.dataLicense, 'CC-BY-4.0');
    assert.deepEqual(resolveLicence(undefined), { id: 'CC-BY-4.0', ...licences['CC-BY-4.0'] });
    assert.equal(resolveLicence('CC0-1.0').url, 'https://creativecommons.org/publicdomain/zero/1.0/');
  });

  it('refuses an unknown licence, listing the known ones', () => {
    assert.throws(
      () => resolveLicence('MIT'),
      /DATA_LICENSE is "MIT", which is not a licence this site knows: use one of CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0/,
    );
  });
});

describe('build dates', () => {
  it('come from SOURCE_DATE_EPOCH when set', () => {
    assert.equal(sourceDateEpoch('1735689600')?.toISOString(), '2025-01-01T00:00:00.000Z');
    assert.equal(sourceDateEpoch(''), undefined);
    assert.throws(() => sourceDateEpoch('2025-01-01'), /SOURCE_DATE_EPOCH is "2025-01-01": write the date as whole seconds/);
    assert.equal(buildDate(root, { SOURCE_DATE_EPOCH: '1735689600' }).toISOString(), '2025-01-01T00:00:00.000Z');
    assert.equal(changedOn(root, ['content/achievements'], { SOURCE_DATE_EPOCH: '1735689600' }).toISOString(), '2025-01-01T00:00:00.000Z');
  });

  it('come from the last commit otherwise, never from the clock', () => {
    const committed = execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: root, encoding: 'utf8' }).trim();
    assert.equal(buildDate(root, {}).getTime(), new Date(committed).getTime());
    const content = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/categories.yaml'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    assert.equal(changedOn(root, ['content/categories.yaml'], {}).getTime(), new Date(content).getTime());
  });

  it('date each achievement by the last commit that changed its folder, as `git log -1` does', () => {
    const folders = readdirSync(join(root, 'content/achievements')).map((slug) => `content/achievements/${slug}`);
    assert.ok(folders.length >= 32);
    for (const folder of [...folders, 'content/categories.yaml']) {
      const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', folder], { cwd: root, encoding: 'utf8' }).trim();
      assert.equal(changedOn(root, [folder], {}).getTime(), new Date(expected).getTime(), folder);
    }
    // A folder git does not know yet (an entry not committed) has the build date.
    assert.equal(changedOn(root, ['content/achievements/not-committed-yet'], {}).getTime(), buildDate(root, {}).getTime());
  });

  it('come from the commit date git wrote into a source archive, with one warning saying so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'archive-'));
    try {
      const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD', ARCHIVE_STAMP, 'content/categories.yaml'], { cwd: root });
      execFileSync('tar', ['-x', '-C', folder], { input: archive });
      const committed = execFileSync('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
      const source = dateSource(folder, {});
      assert.deepEqual(source, { kind: 'archive', date: new Date(Number(committed) * 1000) });
      assert.equal(buildDate(folder, {}).getTime(), Number(committed) * 1000);
      assert.equal(changedOn(folder, ['content/categories.yaml'], {}).getTime(), Number(committed) * 1000);
      assert.match(dateSourceWarning(source) ?? '', /not a git checkout \(a source archive\).*archive's commit date.*SOURCE_DATE_EPOCH/);
      assert.equal(dateSourceWarning(dateSource(root, {})), undefined, 'no warning in a checkout');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('come from the files’ modification times in a copy made without git, and say so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      mkdirSync(join(folder, 'content/achievements/a'), { recursive: true });
      mkdirSync(join(folder, 'node_modules'));
      writeFileSync(join(folder, ARCHIVE_STAMP), '$Format:%ct$\n');
      writeFileSync(join(folder, 'content/achievements/a/ar.mdx'), '');
      writeFileSync(join(folder, 'content/regions.yaml'), '');
      writeFileSync(join(folder, 'node_modules/newer.js'), '');
      utimesSync(join(folder, ARCHIVE_STAMP), 1_600_000_000, 1_600_000_000);
      utimesSync(join(folder, 'content/achievements/a/ar.mdx'), 1_700_000_000, 1_700_000_000);
      utimesSync(join(folder, 'content/regions.yaml'), 1_650_000_000, 1_650_000_000);
      // Installed packages are not the project's files.
      utimesSync(join(folder, 'node_modules/newer.js'), 1_800_000_000, 1_800_000_000);
      const source = dateSource(folder, {});
      assert.deepEqual(source, { kind: 'file-times', date: new Date(1_700_000_000_000) });
      assert.equal(changedOn(folder, ['content/regions.yaml'], {}).getTime(), 1_650_000_000_000);
      assert.equal(changedOn(folder, ['content/achievements/a'], {}).getTime(), 1_700_000_000_000);
      assert.match(dateSourceWarning(source) ?? '', /not a git checkout.*modification times.*SOURCE_DATE_EPOCH/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('citations', () => {
  const url = 'https://example.ma/achievements/literacy-programme/';

  it('name the publisher, the title, the source document and its date, the URL and the access date', () => {
    assert.equal(
      achievementCitation({ locale: 'en', report, title: 'Literacy programme', url, accessed }).text,
      `The Ministry. “Literacy programme”. In: Key achievements of the handicraft sector, 2020. ${url} (accessed 2 March 2026).`,
    );
    assert.equal(
      achievementCitation({ locale: 'fr', report, title: 'Alphabétisation', url, accessed }).text,
      `Le ministère. «\u00a0Alphabétisation\u00a0». Dans\u00a0: Principales réalisations du secteur de l’artisanat, 2020. ${url} (consulté le 2 mars 2026).`,
    );
  });

  it('write Arabic with Moroccan month names and Western digits', () => {
    const citation = achievementCitation({
      locale: 'ar',
      report: { ...report, date: parsePartialDate('2021-07')! },
      title: 'محاربة الأمية',
      url,
      accessed,
    });
    assert.equal(
      citation.text,
      `الوزارة. «محاربة الأمية». ضمن: أبرز الإنجازات في قطاع الصناعة التقليدية، يوليوز 2021. ${url} (تاريخ الاطلاع: 2 مارس 2026).`,
    );
    assert.equal(citation.url, url);
  });

  it('cite the data set as a data set', () => {
    assert.match(
      datasetCitation({ locale: 'fr', report, url: 'https://example.ma/fr/data/', accessed }).text,
      /^Le ministère\. Principales réalisations du secteur de l’artisanat\u00a0: données ouvertes \[jeu de données\], 2020\./,
    );
  });

  it('take the access day in UTC, whatever the machine’s time zone', () => {
    assert.deepEqual(dayOf(new Date('2026-03-02T23:30:00-05:00')), { iso: '2026-03-03', year: 2026, month: 3, day: 3, precision: 'day' });
  });
});

describe('RSS feed', async () => {
  const feedOptions = {
    title: 'Réalisations & chiffres',
    description: 'Le <b>site</b>',
    link: 'https://example.ma/fr/',
    self: 'https://example.ma/fr/rss.xml',
    language: 'fr',
    lastBuildDate: new Date('2026-01-02T03:04:05Z'),
    copyright: 'Le ministère · CC BY 4.0',
  };
  const feed = await rssFeed({
    ...feedOptions,
    items: [
      {
        title: 'Old',
        link: 'https://example.ma/fr/achievements/old/',
        description: 'a',
        category: 'c',
        pubDate: new Date('2025-01-01T00:00:00Z'),
      },
      {
        title: 'New "one"',
        link: 'https://example.ma/fr/achievements/new/',
        description: 'b',
        category: 'c',
        pubDate: new Date('2026-01-01T00:00:00Z'),
      },
      {
        title: 'Also old',
        link: 'https://example.ma/fr/achievements/also/',
        description: 'c',
        category: 'c',
        pubDate: new Date('2025-01-01T00:00:00Z'),
      },
    ],
  });
  const document = new DOMParser().parseFromString(feed, 'text/xml');
  const texts = (name: string) => Array.from(document.getElementsByTagName(name)).map((node) => node.textContent);

  it('is well-formed RSS 2.0 with its own address', () => {
    assert.equal(document.documentElement?.getAttribute('version'), '2.0');
    assert.equal(texts('title')[0], 'Réalisations & chiffres');
    assert.equal(texts('description')[0], 'Le <b>site</b>');
    assert.equal(document.getElementsByTagName('atom:link')[0]?.getAttribute('href'), 'https://example.ma/fr/rss.xml');
    assert.equal(texts('lastBuildDate')[0], 'Fri, 02 Jan 2026 03:04:05 GMT');
  });

  it('lists items newest first, ties in the order given, with absolute permalinks', () => {
    assert.deepEqual(texts('title').slice(1), ['New "one"', 'Old', 'Also old']);
    assert.deepEqual(texts('guid'), texts('link').slice(1));
    assert.ok(texts('guid').every((guid) => guid?.startsWith('https://')));
    assert.deepEqual(
      newestFirst([{ pubDate: new Date(1) }, { pubDate: new Date(2) }]).map((item) => item.pubDate.getTime()),
      [2, 1],
    );
  });

  it(`holds the ${FEED_LIMIT} most recently changed achievements, not all of them`, async () => {
    const items = Array.from({ length: FEED_LIMIT + 10 }, (_, index) => ({
      title: `item ${index}`,
      link: `https://example.ma/achievements/${index}/`,
      description: '',
      category: 'c',
      pubDate: new Date(Date.UTC(2020, 0, 1 + index)),
    }));
    const long = new DOMParser().parseFromString(await rssFeed({ ...feedOptions, items }), 'text/xml');
    const titles = Array.from(long.getElementsByTagName('item')).map((item) => item.getElementsByTagName('title')[0]?.textContent);
    assert.equal(titles.length, FEED_LIMIT);
    assert.equal(titles[0], `item ${FEED_LIMIT + 9}`);
    assert.equal(titles.at(-1), 'item 10');
  });

  it(`picks the ${FEED_LIMIT} newest of any items before they are formatted, keeping what they carry`, () => {
    // Two items a day for 60 days (a-0 and a-60 on the first): the 50 newest are the last 25 days'.
    const changes = Array.from({ length: 120 }, (_, index) => ({
      slug: `a-${index}`,
      pubDate: new Date(Date.UTC(2020, 0, 1 + (index % 60))),
    }));
    const picked = latest(changes);
    assert.equal(picked.length, FEED_LIMIT);
    // Items changed the same day keep the order they were given in.
    assert.deepEqual(
      picked.slice(0, 4).map((change) => change.slug),
      ['a-59', 'a-119', 'a-58', 'a-118'],
    );
    assert.deepEqual(picked.at(-1)?.slug, 'a-95');
  });

  it('stays well-formed whatever the text holds: markup, entities, controls, lone surrogates', async () => {
    const hostile = 'a\u0001<b>&amp;</b>]]>\uFFFE"\'\uD800z';
    const expected = 'a\uFFFD<b>&amp;</b>]]>\uFFFD"\'\uFFFDz';
    const errors: string[] = [];
    const parsed = new DOMParser({
      onError: (level, message) => void (level !== 'warning' && errors.push(`${level}: ${message}`)),
    }).parseFromString(
      await rssFeed({
        ...feedOptions,
        title: hostile,
        description: hostile,
        copyright: hostile,
        self: `https://example.ma/fr/rss.xml?${hostile}`,
        items: [
          { title: hostile, link: 'https://example.ma/fr/achievements/x/', description: hostile, category: hostile, pubDate: new Date(0) },
        ],
      }),
      'text/xml',
    );
    assert.deepEqual(errors, []);
    const all = (name: string) => Array.from(parsed.getElementsByTagName(name)).map((node) => node.textContent);
    assert.deepEqual(all('title'), [expected, expected]);
    assert.deepEqual(all('description'), [expected, expected]);
    assert.deepEqual(all('copyright'), [expected]);
    assert.deepEqual(all('category'), [expected]);
    assert.equal(parsed.getElementsByTagName('atom:link')[0]?.getAttribute('href'), `https://example.ma/fr/rss.xml?${expected}`);
  });

  it('escapes XML and writes RFC 822 dates', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    // Characters XML 1.0 cannot hold never reach a feed, whatever the content check let through.
    assert.equal(escapeXml('a\u0001b\u001Bc\uFFFEd\uD800e\t\n'), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\t\n');
    assert.equal(escapeXml('😀 صناعة'), '😀 صناعة');
    assert.equal(rfc822(new Date('2020-07-30T00:00:00Z')), 'Thu, 30 Jul 2020 00:00:00 GMT');
  });
});

describe('plain text for descriptions', () => {
  it('drops Markdown and HTML and collapses spaces', () => {
    assert.equal(
      plainText('**67** infrastructures [en cours](https://x)\n\n- <bdi>UNESCO</bdi> _et_ `autres`'),
      '67 infrastructures en cours UNESCO et autres',
    );
  });

  it('cuts at a word boundary, Arabic punctuation included', () => {
    assert.equal(plainText('كلمة أولى، كلمة ثانية، كلمة ثالثة', 20), 'كلمة أولى، كلمة…');
    assert.equal(plainText('short', 20), 'short');
  });
});

describe('JSON-LD', () => {
  const origin = 'https://example.ma/';

  it('names the publisher in the page’s language, with the others as alternates', () => {
    const node = organisation({ ...report, publisher: { ...report.publisher, url: 'https://ministry.example.ma' } }, 'fr', origin);
    assert.equal(node['@type'], 'GovernmentOrganization');
    assert.equal(node['@id'], 'https://example.ma/#publisher');
    assert.equal(node.name, 'Le ministère');
    assert.deepEqual(node.alternateName, ['الوزارة', 'The Ministry']);
    assert.equal(node.url, 'https://ministry.example.ma');
    assert.equal(organisation(report, 'ar', origin).url, undefined);
  });

  it('describes an achievement as an article based on the source document', () => {
    const node = achievementArticle({
      url: 'https://example.ma/fr/achievements/a/',
      title: 'Titre',
      description: 'Texte',
      locale: 'fr',
      textLocale: 'ar',
      category: 'Formation',
      regions: ['Fès-Meknès'],
      image: 'https://example.ma/share/card-fr.png',
      dateModified: new Date('2026-01-01T00:00:00Z'),
      licence: resolveLicence('CC-BY-4.0'),
      report: sourceDocument(report, 'Principales réalisations', origin),
      origin,
    });
    assert.equal(node['@type'], 'Article');
    assert.equal(node.inLanguage, 'ar', 'the language the text is written in');
    assert.deepEqual(node.publisher, { '@id': publisherId(origin) });
    assert.deepEqual(node.isBasedOn, {
      '@type': 'Report',
      name: 'Principales réalisations',
      inLanguage: 'ar',
      datePublished: '2020',
      publisher: { '@id': publisherId(origin) },
    });
    assert.deepEqual(node.spatialCoverage, [{ '@type': 'AdministrativeArea', name: 'Fès-Meknès' }]);
    assert.equal(node.license, 'https://creativecommons.org/licenses/by/4.0/');
  });

  it('lists the data set’s downloads with their formats and sizes', () => {
    const node = dataset({
      url: 'https://example.ma/data/',
      name: 'Données',
      description: 'Des données',
      locale: 'ar',
      files: [
        { name: 'achievements.csv', url: 'https://example.ma/data/achievements.csv', mediaType: 'text/csv; charset=utf-8', bytes: 1234 },
      ],
      licence: resolveLicence('CC0-1.0'),
      dateModified: new Date('2026-01-01T00:00:00Z'),
      years: [2017, 2020],
      report: sourceDocument(report, 'x', origin),
      origin,
      keywords: ['a'],
    });
    assert.equal(node['@type'], 'Dataset');
    assert.equal(node.temporalCoverage, '2017/2020');
    assert.deepEqual(node.distribution, [
      {
        '@type': 'DataDownload',
        name: 'achievements.csv',
        contentUrl: 'https://example.ma/data/achievements.csv',
        encodingFormat: 'text/csv',
        contentSize: '1234 B',
      },
    ]);
  });

  it('cannot close its script element', () => {
    const script = jsonLdScript([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]);
    assert.ok(!script.includes('<'));
    assert.equal((JSON.parse(script) as { '@graph': { name: string }[] })['@graph'][0]!.name, '</script><script>alert(1)</script>');
  });
});

describe('sitemap options', () => {
  it('keep pages, drop files and the offline pages, and map the three languages', () => {
    assert.equal(inSitemap('https://example.ma/fr/regions/'), true);
    assert.equal(inSitemap('https://example.ma/fr/offline/'), false);
    assert.equal(inSitemap('https://example.ma/fr/404/'), false);
    assert.equal(inSitemap('https://example.ma/fr/rss.xml'), false);
  });

  it('give each page its alternates in the languages it exists in, from the URLs kept', () => {
    const root = 'https://example.ma/achievements/';
    const { filter, serialize } = sitemapOptions(root);
    const urls = ['', 'fr/', 'en/', 'regions/', 'fr/regions/', 'en/regions/', 'fr/only-french/', 'fr/offline/'].map((path) => root + path);
    assert.deepEqual(urls.filter((url) => filter(url)).length, 7);
    const links = (url: string) =>
      (serialize({ url }) as { links?: { url: string; lang: string }[] }).links?.map(
        (link) => `${link.lang} ${link.url.slice(root.length)}`,
      );
    assert.deepEqual(links(`${root}fr/regions/`), ['en en/regions/', 'fr fr/regions/', 'ar regions/']);
    assert.deepEqual(links(`${root}regions/`), links(`${root}en/regions/`));
    assert.deepEqual(links(root), ['ar ', 'en en/', 'fr fr/']);
    // A page in one language has no alternates; an address outside the site is left alone.
    assert.equal(links(`${root}fr/only-french/`), undefined);
    assert.equal(alternates('https://elsewhere.example/fr/', root, new Set(urls)), undefined);
  });
});
