import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  firstOf,
  OVERVIEW_LIMIT,
  PAGE_SIZE,
  pageLabel,
  pageNumbers,
  pageParam,
  pageRoute,
  pagesOf,
  pageTitle,
} from '../../src/lib/listing.ts';
import { localeItemPageStaticPaths } from '../../src/lib/routing.ts';

describe('long lists', () => {
  it('cuts a list into pages, and keeps an empty first page for an empty list', () => {
    const items = Array.from({ length: 65 }, (_, index) => index);
    const pages = pagesOf(items, 30);
    assert.deepEqual(
      pages.map((page) => [page.number, page.count, page.total, page.items.length]),
      [
        [1, 3, 65, 30],
        [2, 3, 65, 30],
        [3, 3, 65, 5],
      ],
    );
    assert.equal(pages[2]!.items[0], 60);
    assert.deepEqual(pagesOf([]), [{ items: [], number: 1, count: 1, total: 0 }]);
    // Today's largest group (25) fits on one page and is shown whole on overview pages.
    assert.ok(PAGE_SIZE >= 25 && OVERVIEW_LIMIT >= 25);
  });

  it('puts the first page at the list’s own address and the next ones under it', () => {
    assert.deepEqual(pageRoute(['regions', 'oriental'], 1), ['regions', 'oriental']);
    assert.deepEqual(pageRoute(['regions', 'oriental'], 4), ['regions', 'oriental', '4']);
    assert.equal(pageParam(1), undefined);
    assert.equal(pageParam(12), '12');
  });

  it('shows the first, the last and the pages around the current one', () => {
    assert.deepEqual(pageNumbers(1, 1), [1]);
    assert.deepEqual(pageNumbers(2, 4), [1, 2, 3, 4]);
    assert.deepEqual(pageNumbers(1, 20), [1, 2, 3, 'gap', 20]);
    assert.deepEqual(pageNumbers(7, 20), [1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]);
    assert.deepEqual(pageNumbers(20, 20), [1, 'gap', 18, 19, 20]);
  });

  it('keeps the first items of a group for an overview page', () => {
    assert.deepEqual(firstOf([1, 2, 3], 2), { shown: [1, 2], hidden: 1 });
    assert.deepEqual(firstOf([1, 2], 2), { shown: [1, 2], hidden: 0 });
  });

  it('names the page in each language, only when there are several', () => {
    const [first, second] = pagesOf(Array.from({ length: 2000 }, (_, index) => index));
    assert.equal(pageLabel(second!, useTranslations('ar')), 'الصفحة 2 من 67');
    assert.equal(pageLabel(second!, useTranslations('fr')), 'Page 2 sur 67');
    assert.equal(pageTitle('Oriental', second!, useTranslations('en')), 'Oriental · Page 2 of 67');
    assert.equal(pageTitle('Oriental', first!, useTranslations('en')), 'Oriental');
    assert.equal(pageLabel(pagesOf([1])[0]!, useTranslations('en')), undefined);
  });

  it('gives every page of every item in every language a route', () => {
    const paths = localeItemPageStaticPaths(
      ['a', 'b'],
      (item) => item,
      (item) => (item === 'a' ? Array.from({ length: 31 }, () => item) : []),
    );
    assert.deepEqual(
      paths.map(({ params }) => `${params.lang ?? ''}/${params.slug}/${params.page ?? ''}`),
      ['/a/', '/a/2', '/b/', 'fr/a/', 'fr/a/2', 'fr/b/', 'en/a/', 'en/a/2', 'en/b/'],
    );
    assert.equal(paths[1]!.props.page.items.length, 1);
  });
});
