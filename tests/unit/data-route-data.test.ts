import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveLicence } from '../../src/lib/licence.ts';
import { openDataFiles } from '../../src/lib/open-data/build.ts';
import type { BuildContext } from '../../src/lib/route-data/build-context.ts';
import { dataRouteData } from '../../src/lib/route-data/data.ts';
import { pageRouteData } from '../../src/lib/route-data/page.ts';
import { localizedPath } from '../../src/lib/routing.ts';
import { loadSiteContent } from '../support/site-content.ts';

const content = loadSiteContent();
const origin = 'https://artisanat.example.ma/';
const build: BuildContext = {
  origin,
  base: '/sub/',
  root: fileURLToPath(new URL('../../', import.meta.url)),
  env: { SOURCE_DATE_EPOCH: '1735689600' },
  licence: resolveLicence('CC-BY-4.0'),
};

describe('dataRouteData', () => {
  const page = pageRouteData({ lang: 'en', pathname: '/sub/en/data/', base: '/sub/', origin });
  const files = openDataFiles(content, { locale: 'en', pageUrl: (route) => new URL(localizedPath('en', route, '/sub/'), origin).href });
  const data = dataRouteData(page, content, files, build);

  it('dates the files and the citation by the source date, never the clock', () => {
    assert.equal(data.updated.toISOString(), '2025-01-01T00:00:00.000Z');
    assert.equal(data.citation.url, 'https://artisanat.example.ma/sub/en/data/');
    assert.ok(data.citation.text.includes('https://artisanat.example.ma/sub/en/data/ (accessed 1 January 2025)'), data.citation.text);
    assert.equal(data.licence.url, 'https://creativecommons.org/licenses/by/4.0/');
  });

  it('describes the open data as a Dataset whose downloads are the files served beside the page', () => {
    const [node] = data.structuredData;
    assert.equal(data.structuredData.length, 1);
    assert.equal(node!['@type'], 'Dataset');
    assert.equal(node!.url, 'https://artisanat.example.ma/sub/en/data/');
    assert.equal(node!.inLanguage, 'en');
    assert.equal(node!.dateModified, '2025-01-01T00:00:00.000Z');
    const downloads = node!.distribution as { name: string; contentUrl: string; contentSize: string }[];
    assert.deepEqual(
      downloads.map((download) => download.name),
      files.map((file) => file.name),
    );
    const json = downloads.find((download) => download.name === 'achievements.json')!;
    assert.equal(json.contentUrl, 'https://artisanat.example.ma/sub/en/data/achievements.json');
    const body = files.find((file) => file.name === 'achievements.json')!.body;
    assert.equal(json.contentSize, `${Buffer.byteLength(body)} B`);
    assert.deepEqual(
      node!.keywords,
      content.categories.map((category) => category.name.en),
    );
    assert.match(String(node!.temporalCoverage), /^20\d\d\/20\d\d$/);
  });
});
