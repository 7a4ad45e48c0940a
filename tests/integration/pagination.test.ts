import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * No group of today's content fills a page, so the numbered pages are only seen here: a copy of
 * the site built with five achievements a page, where Astro's `paginate()` cuts the eleven of
 * vocational training into three pages at the addresses the site has always had.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'achievements-pages-'));
const out = join(dir, 'dist');
const category = 'vocational-training';

before(() => {
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const listing = join(dir, 'src/lib/listing.ts');
  const source = readFileSync(listing, 'utf8');
  const edited = source.replace('export const PAGE_SIZE = 30;', 'export const PAGE_SIZE = 5;');
  assert.notEqual(edited, source, 'PAGE_SIZE was found in src/lib/listing.ts');
  writeFileSync(listing, edited);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // The copy is not a git checkout: the build date comes from here instead.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SOURCE_DATE_EPOCH: '1735689600' },
  });
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
});

after(() => rmSync(dir, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const hrefs = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]);
const achievementsOn = (html: string) => hrefs(html, /<li>\s*<article[^]*?<a href="([^"]*\/achievements\/[^"]+\/)"/g);

describe('numbered list pages', () => {
  it('put the first page at the list’s own address and the next ones under it, in every language', () => {
    for (const prefix of ['', 'fr/', 'en/']) {
      for (const number of ['', '2/', '3/'])
        assert.ok(existsSync(join(out, `${prefix}categories/${category}/${number}index.html`)), number);
      assert.equal(existsSync(join(out, `${prefix}categories/${category}/1`)), false, 'no /1/: the first page is the list’s own');
      assert.equal(existsSync(join(out, `${prefix}categories/${category}/4`)), false);
    }
    // Six achievements: two pages; five: one.
    assert.ok(existsSync(join(out, 'categories/technical-support/2/index.html')));
    assert.equal(existsSync(join(out, 'categories/quality-research-innovation/2')), false);
  });

  it('cut the list in order, five a page, each achievement once', () => {
    const pages = ['', '2/', '3/'].map((number) => achievementsOn(page(`fr/categories/${category}/${number}`)));
    assert.deepEqual(
      pages.map((links) => links.length),
      [5, 5, 1],
    );
    const all = pages.flat();
    assert.equal(new Set(all).size, 11);
    assert.ok(all.every((href) => href!.startsWith('/fr/achievements/')));
  });

  it('link each page to its neighbours and give it its own address and title', () => {
    const second = page(`categories/${category}/2/`);
    assert.deepEqual(hrefs(second, /<a href="([^"]+)" rel="prev"/g), [`/categories/${category}/`]);
    assert.deepEqual(hrefs(second, /<a href="([^"]+)" rel="next"/g), [`/categories/${category}/3/`]);
    assert.match(second, new RegExp(`<link rel="canonical" href="https://[^"]+/categories/${category}/2/"`));
    assert.match(second, new RegExp(`<link rel="alternate" hreflang="fr" href="https://[^"]+/fr/categories/${category}/2/"`));
    assert.match(second, /<title>[^<]* · الصفحة 2 من 3 \|/);
    assert.match(second, /aria-current="page"[^>]*>2</);
    const last = page(`en/categories/${category}/3/`);
    assert.deepEqual(hrefs(last, /<a href="([^"]+)" rel="next"/g), []);
    assert.deepEqual(hrefs(last, /<a href="([^"]+)" rel="prev"/g), [`/en/categories/${category}/2/`]);
    assert.match(last, /<title>[^<]* · Page 3 of 3 \|/);
    const first = page(`categories/${category}/`);
    assert.deepEqual(hrefs(first, /<a href="([^"]+)" rel="prev"/g), []);
    assert.doesNotMatch(first, /<title>[^<]*الصفحة/);
  });
});
