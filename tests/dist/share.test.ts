import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { localeCodes, locales, type Locale } from '../../src/i18n/locales.ts';
import { achievementColumns, cellAt, datasetIds, datasets } from '../../src/lib/open-data/build.ts';
import { BOM, parseCsv } from '../../src/lib/open-data/csv.ts';
import type { AchievementRecord } from '../../src/lib/open-data/schemas.ts';
import { formatFileSize, formatNumber } from '../../src/lib/format.ts';
import { resolveSiteUrl } from '../../src/lib/site-url.ts';
import { achievementSlugs } from '../support/content-files.ts';

/**
 * The reuse-and-share files of the built site (dist, and dist-base under BASE_PATH): the open
 * data read back and compared with the pages, the JSON Schemas, the feeds, the sitemap,
 * robots.txt, the social cards, and the Open Graph and JSON-LD of every page.
 */
const dist = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const origin = resolveSiteUrl(process.env.SITE_URL, base).origin;
/** The address of the site, base path included: every absolute URL starts with it. */
const site = new URL(base, origin).href;
const slugs = achievementSlugs();

const prefix = (locale: Locale) => (locale === 'ar' ? '' : `${locale}/`);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The built file an absolute URL of the site points to. */
function fileOf(url: string): string {
  assert.ok(url.startsWith(site), `${url} is not under ${site}`);
  const path = join(dist, decodeURIComponent(url.slice(site.length)));
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
}

const quiet = { onError: (level: string, message: string) => { if (level !== 'warning') throw new Error(message); } };
const xml = (text: string): Document => new DOMParser(quiet).parseFromString(text, 'text/xml');
const html = (text: string): Document => new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/html');
const elements = (node: Document | Element, name = '*') => Array.from(node.getElementsByTagName(name));
const byTestId = (node: Document | Element, id: string) => elements(node).filter((element) => element.getAttribute('data-testid') === id);
const meta = (document: Document, property: string) =>
  elements(document, 'meta')
    .filter((element) => element.getAttribute('property') === property || element.getAttribute('name') === property)
    .map((element) => element.getAttribute('content') ?? '');
// Only ASCII white space: French numbers hold a narrow no-break space (16 098).
const text = (node: Element | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}
const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
/** Pages for search engines: not the not-found pages, not the offline notice. */
const indexed = pages.filter((file) => !/(^|\/)(404(\/index)?|offline\/index)\.html$/.test(relative(dist, file)));
const urlOf = (file: string) => new URL(relative(dist, file).replace(/index\.html$/, ''), site).href;

describe('open data', () => {
  const schemas = new Map(
    datasetIds
      .filter((dataset) => (datasets[dataset].formats as readonly string[]).includes('json'))
      .map((dataset) => [dataset, JSON.parse(read(`data/schemas/${dataset}.schema.json`)) as { $id: string }]),
  );

  it('publishes a JSON Schema for each JSON file, at its own address', () => {
    assert.deepEqual([...schemas.keys()], ['achievements', 'categories', 'regions', 'places', 'partners']);
    for (const [dataset, schema] of schemas) assert.equal(schema.$id, `${site}data/schemas/${dataset}.schema.json`);
  });

  for (const locale of localeCodes) {
    describe(`in ${locale}`, () => {
      const folder = `${prefix(locale)}data/`;
      const json = (dataset: string) => JSON.parse(read(`${folder}${dataset}.json`)) as Record<string, unknown>[];
      const csv = (dataset: string) => {
        const bytes = readFileSync(join(dist, `${folder}${dataset}.csv`));
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${folder}${dataset}.csv starts with a UTF-8 byte order mark`);
        const textContent = bytes.toString('utf8');
        assert.ok(textContent.startsWith(BOM));
        return parseCsv(textContent);
      };
      const achievements = json('achievements') as unknown as AchievementRecord[];

      it('has every file, each JSON valid against its published schema', () => {
        const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
        for (const [dataset, schema] of schemas) {
          const validate = ajv.compile(schema);
          assert.ok(validate(json(dataset)), `${folder}${dataset}.json: ${ajv.errorsText(validate.errors)}`);
        }
        assert.deepEqual(achievements.map((record) => record.id).sort(), slugs);
      });

      it('has CSV files with a BOM that hold the same facts as the JSON files', () => {
        const [header, ...rows] = csv('achievements');
        assert.deepEqual(header, [...achievementColumns]);
        assert.equal(rows.length, achievements.length);
        rows.forEach((row, index) => {
          header!.forEach((column, position) => {
            assert.equal(row[position], String(cellAt(achievements[index] as unknown as Record<string, unknown>, column) ?? ''), `${column}, row ${index + 1}`);
          });
        });
        const [figureHeader, ...figureRows] = csv('figures');
        const column = (name: string) => figureHeader!.indexOf(name);
        const expected = achievements.flatMap((record) =>
          record.figures.flatMap((figure, index) => [
            [record.id, String(index + 1), '', String(figure.value), figure.unit, figure.label],
            ...figure.breakdown.map((part, partIndex) => [record.id, String(index + 1), String(partIndex + 1), String(part.value), part.unit, part.label]),
          ]),
        );
        assert.deepEqual(
          figureRows.map((row) => ['achievement', 'figure', 'part', 'value', 'unit', 'label'].map((name) => row[column(name)])),
          expected,
        );
        for (const dataset of ['categories', 'regions', 'places', 'partners']) {
          const [columns, ...lines] = csv(dataset);
          const records = json(dataset);
          assert.equal(lines.length, records.length, dataset);
          lines.forEach((line, index) => columns!.forEach((name, position) => assert.equal(line[position], String(records[index]![name] ?? ''), `${dataset}.${name}`)));
        }
      });

      it('says what the pages say: each achievement’s title, address and figures', () => {
        for (const record of achievements) {
          assert.ok(record.url.startsWith(`${site}${prefix(locale)}achievements/`), record.url);
          const page = html(readFileSync(fileOf(record.url), 'utf8'));
          assert.equal(text(elements(page, 'h1')[0]), record.title, `${record.id}: title`);
          assert.equal(elements(page, 'link').find((link) => link.getAttribute('rel') === 'canonical')?.getAttribute('href'), record.url);
          const shown = byTestId(page, 'figure').map((item) => ({
            value: text(byTestId(item, 'figure-value')[0]),
            parts: byTestId(item, 'breakdown').flatMap((list) => elements(list, 'li').map((part) => text(elements(part, 'span')[0]))),
            text: text(item),
          }));
          assert.deepEqual(
            shown.map(({ value, parts }) => ({ value, parts })),
            record.figures.map((figure) => ({ value: formatNumber(figure.value, locale), parts: figure.breakdown.map((part) => formatNumber(part.value, locale)) })),
            `${record.id}: figures`,
          );
          record.figures.forEach((figure, index) => {
            assert.ok(shown[index]!.text.includes(figure.label), `${record.id}: "${figure.label}" shown`);
            for (const part of figure.breakdown) assert.ok(shown[index]!.text.includes(part.label), `${record.id}: "${part.label}" shown`);
          });
        }
      });

      it('lists every file on the data page, with its size, licence and citation', () => {
        const page = html(read(`${folder}index.html`));
        const links = byTestId(page, 'data-file-link');
        const names = datasetIds.flatMap((dataset) => datasets[dataset].formats.map((format) => `${dataset}.${format}`));
        assert.deepEqual(links.map((link) => link.getAttribute('download')), names);
        byTestId(page, 'data-file').forEach((item, index) => {
          const link = links[index]!;
          const bytes = statSync(fileOf(new URL(link.getAttribute('href')!, site).href)).size;
          assert.equal(text(byTestId(item, 'data-file-size')[0]), formatFileSize(bytes, locale), `${names[index]} size`);
        });
        assert.match(byTestId(page, 'licence')[0]?.getAttribute('href') ?? '', /^https:\/\//);
        assert.ok(text(byTestId(page, 'citation')[0]).includes(`${site}${folder}`));
        assert.ok(byTestId(page, 'field').length >= 60, 'every field described');
        assert.ok(!text(page.documentElement as unknown as Element).includes('data.field.'), 'no dictionary key left untranslated');
      });
    });
  }
});

describe('feeds', () => {
  for (const locale of localeCodes) {
    it(`${locale}: RSS 2.0 with every achievement, linking to its page`, () => {
      const feed = xml(read(`${prefix(locale)}rss.xml`));
      assert.equal(feed.documentElement?.getAttribute('version'), '2.0');
      assert.equal(text(elements(feed, 'language')[0]), locales[locale].lang);
      assert.equal(elements(feed, 'atom:link')[0]?.getAttribute('href'), `${site}${prefix(locale)}rss.xml`);
      const items = elements(feed, 'item');
      assert.equal(items.length, slugs.length);
      for (const item of items) {
        const link = text(elements(item, 'link')[0]);
        const page = html(readFileSync(fileOf(link), 'utf8'));
        assert.equal(text(elements(item, 'title')[0]), text(elements(page, 'h1')[0]));
        assert.ok(!Number.isNaN(Date.parse(text(elements(item, 'pubDate')[0]))));
      }
      const home = html(read(`${prefix(locale)}index.html`));
      const alternate = elements(home, 'link').find((link) => link.getAttribute('type') === 'application/rss+xml');
      assert.equal(alternate?.getAttribute('href'), `${site}${prefix(locale)}rss.xml`);
    });
  }
});

describe('sitemap and robots.txt', () => {
  it('robots.txt points to the sitemap, under the base path', () => {
    assert.match(read('robots.txt'), new RegExp(`^Sitemap: ${site.replaceAll('.', '\\.')}sitemap-index\\.xml$`, 'm'));
  });

  it('lists every indexed page once, with hreflang alternates in every language of the table', () => {
    const index = xml(read('sitemap-index.xml'));
    const maps = elements(index, 'loc').map((loc) => text(loc));
    assert.ok(maps.length > 0);
    const urls = new Map<string, string[]>();
    for (const map of maps) {
      const document = xml(readFileSync(fileOf(map), 'utf8'));
      for (const url of elements(document, 'url')) {
        const links = elements(url, 'xhtml:link').map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`);
        urls.set(text(elements(url, 'loc')[0]), links);
      }
    }
    assert.deepEqual([...urls.keys()].sort(), indexed.map(urlOf).sort());
    for (const [url, links] of urls) {
      assert.deepEqual(links.map((link) => link.split(' ')[0]).sort(), localeCodes.map((locale) => locales[locale].lang).sort(), url);
      for (const link of links) assert.ok(existsSync(fileOf(link.split(' ')[1]!)), `${url}: ${link}`);
    }
  });
});

describe('sharing on every page', () => {
  it('has one social card per language, 1200×630 PNG under 60 KB', () => {
    for (const locale of localeCodes) {
      const png = readFileSync(join(dist, `share/card-${locale}.png`));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      assert.ok(png.byteLength < 60_000, `card-${locale}.png is ${png.byteLength} bytes`);
    }
  });

  it('gives Open Graph, Twitter and JSON-LD that point to real files', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const path = relative(dist, file);
      // The <head> only: what sharing adds is there, and xmldom cannot build the search page's body.
      const source = readFileSync(file, 'utf8');
      const page = html(/<html[^>]*>\s*<head>[\s\S]*<\/head>/.exec(source)?.[0].concat('</html>') ?? '');
      const lang = page.documentElement?.getAttribute('lang') as Locale;
      const one = (property: string) => {
        const values = meta(page, property);
        if (values.length !== 1) problems.push(`${path}: ${values.length} ${property}`);
        return values[0] ?? '';
      };
      for (const property of ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:image']) {
        if (!one(property)) problems.push(`${path}: empty ${property}`);
      }
      if (one('og:locale') !== locales[lang].ogLocale) problems.push(`${path}: og:locale`);
      if (meta(page, 'og:locale:alternate').length !== localeCodes.length - 1) problems.push(`${path}: og:locale:alternate`);
      if (!existsSync(fileOf(one('og:image')))) problems.push(`${path}: no ${one('og:image')}`);
      if (`${one('og:image:width')}x${one('og:image:height')}` !== '1200x630') problems.push(`${path}: og:image size`);
      const canonical = elements(page, 'link').find((link) => link.getAttribute('rel') === 'canonical')?.getAttribute('href');
      if (indexed.includes(file)) {
        if (canonical !== urlOf(file)) problems.push(`${path}: canonical ${canonical}`);
        if (one('og:url') !== canonical) problems.push(`${path}: og:url`);
      }
      const scripts = elements(page, 'script').filter((script) => script.getAttribute('type') === 'application/ld+json');
      if (scripts.length !== 1) {
        problems.push(`${path}: ${scripts.length} JSON-LD scripts`);
        continue;
      }
      const graph = (JSON.parse(scripts[0]!.textContent ?? '') as { '@graph': { '@type': string; distribution?: { contentUrl: string }[] }[] })['@graph'];
      const types = graph.map((node) => node['@type']);
      if (types[0] !== 'GovernmentOrganization') problems.push(`${path}: no publisher in JSON-LD`);
      if (/^(\w\w\/)?achievements\/[^/]+\/index\.html$/.test(path) && !types.includes('Article')) problems.push(`${path}: no Article`);
      if (/^(\w\w\/)?data\/index\.html$/.test(path)) {
        const data = graph.find((node) => node['@type'] === 'Dataset');
        if (!data) problems.push(`${path}: no Dataset`);
        for (const download of data?.distribution ?? []) if (!existsSync(fileOf(download.contentUrl))) problems.push(`${path}: no ${download.contentUrl}`);
      }
    }
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
  });

  it('has a citation on every achievement page, with the page’s own address', () => {
    for (const locale of localeCodes) {
      for (const slug of slugs) {
        const page = html(read(`${prefix(locale)}achievements/${slug}/index.html`));
        const citation = text(byTestId(page, 'citation')[0]);
        assert.ok(citation.includes(`${site}${prefix(locale)}achievements/${slug}/`), `${locale} ${slug}: ${citation}`);
      }
    }
  });
});
