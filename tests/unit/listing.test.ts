import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { firstOf, OVERVIEW_LIMIT, PAGE_SIZE, pageLabel, pageNumbers, pageRoute, pageTitle } from '../../src/lib/listing.ts';

describe('long lists', () => {
  it('keeps today’s largest group (25) on one page, and whole on overview pages', () => {
    assert.ok(PAGE_SIZE >= 25 && OVERVIEW_LIMIT >= 25);
  });

  it('puts the first page at the list’s own address and the next ones under it', () => {
    assert.deepEqual(pageRoute(['regions', 'oriental'], 1), ['regions', 'oriental']);
    assert.deepEqual(pageRoute(['regions', 'oriental'], 4), ['regions', 'oriental', '4']);
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
    // Where Astro's paginate() puts the second and first of 67 pages.
    const first = { currentPage: 1, lastPage: 67 };
    const second = { currentPage: 2, lastPage: 67 };
    assert.equal(pageLabel(second, useTranslations('ar')), 'الصفحة 2 من 67');
    assert.equal(pageLabel(second, useTranslations('fr')), 'Page 2 sur 67');
    assert.equal(pageTitle('Oriental', second, useTranslations('en')), 'Oriental · Page 2 of 67');
    assert.equal(pageTitle('Oriental', first, useTranslations('en')), 'Oriental');
    assert.equal(pageLabel({ currentPage: 1, lastPage: 1 }, useTranslations('en')), undefined);
  });
});
