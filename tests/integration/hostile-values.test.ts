import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { BOM, parseCsv } from '../../src/lib/open-data/csv.ts';
import { buildCopy, projectCopy } from '../support/build-copy.ts';

/**
 * Values the content check allows but that would break what ships if written as they are:
 * markup and a CDATA end in titles, a spreadsheet formula at a cell's start, quotes, braces.
 * One copy of the site holds them all; every kind of file it ships must stay well-formed and
 * say exactly what the editor wrote.
 */
const hostile = '=HYPERLINK("https://evil.example","x") </script><script>alert(document.domain)</script> ]]> & <!-- \'q\' --> {{x}} ${x}';
const titles = { ar: `برنامج ${hostile}`, fr: `Programme ${hostile}` };
const partnerName = `@SUM(1) <b>مؤسسة</b> & "شريك"`;
const slug = 'literacy-programme';

let dist = '';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** A strict XML parse: any error or warning fails the test. */
function parseXml(text: string, file: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${file}: ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

before(() => {
  const dir = projectCopy('achievements-hostile-');
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(dir, 'content', file);
    const text = readFileSync(path, 'utf8');
    const changed = change(text);
    assert.notEqual(changed, text, file);
    writeFileSync(path, changed);
  };
  const withTitle = (title: string) => (text: string) => text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
  edit(
    `achievements/${slug}/ar.mdx`,
    (text) => `${withTitle(titles.ar)(text).trimEnd()}\n\nنص فيه &lt;/script&gt; و ]]&gt; و &amp; و "علامات".\n`,
  );
  edit(`achievements/${slug}/fr.mdx`, withTitle(titles.fr));
  edit('partners.yaml', (text) => text.replace(/^( {4}ar: )مؤسسة محمد الخامس للتضامن$/m, `$1${JSON.stringify(partnerName)}`));
  const { status, output } = buildCopy(dir);
  assert.equal(status, 0, output.slice(-3000));
  dist = join(dir, 'dist');
});

describe('what ships stays well-formed whatever the content holds', () => {
  it('feeds and sitemaps parse as XML and carry the titles as written', () => {
    for (const [file, title] of [
      ['rss.xml', titles.ar],
      ['fr/rss.xml', titles.fr],
    ] as const) {
      const feed = parseXml(read(file), file);
      const itemTitles = Array.from(feed.getElementsByTagName('item')).map((item) => item.getElementsByTagName('title')[0]?.textContent);
      assert.ok(itemTitles.includes(title), `${file}: ${itemTitles.slice(0, 3).join(' | ')}`);
    }
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml']) parseXml(read(file), file);
  });

  it('the page’s title, heading and JSON-LD say the title and nothing runs', () => {
    const page = read(`achievements/${slug}/index.html`);
    const document = new DOMParser({ onError: () => undefined }).parseFromString(page, 'text/html');
    assert.ok(document.getElementsByTagName('title')[0]?.textContent?.startsWith(titles.ar));
    assert.equal(document.getElementsByTagName('h1')[0]?.textContent?.trim(), titles.ar);
    // Only the site's own scripts: the title's <script> is text, or inside a quoted attribute value.
    const outsideAttributes = page.replace(/="[^"]*"/g, '=""');
    assert.equal((outsideAttributes.match(/<script>alert/g) ?? []).length, 0);
    assert.match(page, /content="برنامج =HYPERLINK\(&quot;https:\/\/evil\.example&quot;/, 'the title is in the sharing metadata');
    const graphs = [...page.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    assert.ok(graphs.length > 0);
    const json = JSON.stringify(graphs.map((graph) => JSON.parse(graph) as unknown));
    assert.ok(json.includes(JSON.stringify(titles.ar).slice(1, -1)), 'the JSON-LD holds the title as written');
    const text = Array.from(document.getElementsByTagName('div')).find((div) => div.getAttribute('id') === 'achievement-text');
    assert.match(text?.textContent ?? '', /نص فيه <\/script> و \]\]> و & و “علامات”/, 'the text’s entities are decoded once');
    const description = Array.from(document.getElementsByTagName('meta')).find((meta) => meta.getAttribute('name') === 'description');
    assert.match(description?.getAttribute('content') ?? '', /نص فيه <\/script> و \]\]> و & و /, 'the description says what the page says');
  });

  it('CSV cells show a formula as text, and the JSON data keeps the values as written', () => {
    const rows = parseCsv(read('data/achievements.csv').replace(BOM, ''));
    const header = rows[0]!;
    const row = rows.find((cells) => cells[header.indexOf('id')] === slug)!;
    assert.equal(row.length, header.length, 'the row has as many cells as the header');
    assert.equal(row[header.indexOf('title')], titles.ar, 'no formula at the cell’s start');
    const partnerRows = parseCsv(read('data/partners.csv').replace(BOM, ''));
    const nameColumn = partnerRows[0]!.findIndex((name) => /name/i.test(name));
    assert.ok(
      partnerRows.some((cells) => cells[nameColumn] === `'${partnerName}`),
      'the partner’s name that starts like a formula is shown as text',
    );
    const data = JSON.parse(read('data/achievements.json')) as unknown;
    assert.ok(JSON.stringify(data).includes(JSON.stringify(titles.ar).slice(1, -1)), 'JSON keeps the value as written');
  });
});
