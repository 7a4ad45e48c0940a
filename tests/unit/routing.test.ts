import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isolateLtrRuns } from '../../src/lib/bidi.ts';
import { alternates, localeItemStaticPaths, localeStaticPaths, localizedPath } from '../../src/lib/routing.ts';

describe('localizedPath', () => {
  it('leaves Arabic unprefixed and prefixes French and English', () => {
    assert.equal(localizedPath('ar', [], '/'), '/');
    assert.equal(localizedPath('fr', [], '/'), '/fr/');
    assert.equal(localizedPath('ar', ['achievements', 'literacy-programme'], '/'), '/achievements/literacy-programme/');
    assert.equal(localizedPath('en', ['regions', 'draa-tafilalet'], '/'), '/en/regions/draa-tafilalet/');
  });

  it('works under a sub-path, with or without its trailing slash', () => {
    assert.equal(localizedPath('ar', [], '/sub/path/'), '/sub/path/');
    assert.equal(localizedPath('fr', ['partners'], '/sub/path'), '/sub/path/fr/partners/');
  });
});

describe('alternates', () => {
  it('gives the same page in every language, Arabic first', () => {
    assert.deepEqual(
      alternates(['categories', 'legal-framework'], '/').map((version) => [version.lang, version.href]),
      [
        ['ar', '/categories/legal-framework/'],
        ['fr', '/fr/categories/legal-framework/'],
        ['en', '/en/categories/legal-framework/'],
        ['zgh', '/zgh/categories/legal-framework/'],
      ],
    );
  });
});

describe('static paths', () => {
  it('build one page per locale, the default one without a prefix', () => {
    assert.deepEqual(localeStaticPaths(), [
      { params: { lang: undefined }, props: { locale: 'ar' } },
      { params: { lang: 'fr' }, props: { locale: 'fr' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
      { params: { lang: 'zgh' }, props: { locale: 'zgh' } },
    ]);
  });

  it('build one page per locale and item, with the same ASCII slug in every language', () => {
    const paths = localeItemStaticPaths([{ id: 'fes-meknes' }, { id: 'oriental' }], (item) => item.id);
    assert.equal(paths.length, 8);
    assert.deepEqual(new Set(paths.map((path) => path.params.slug)), new Set(['fes-meknes', 'oriental']));
    assert.deepEqual(paths[3], { params: { lang: 'fr', slug: 'oriental' }, props: { locale: 'fr', item: { id: 'oriental' } } });
  });
});

describe('isolateLtrRuns', () => {
  it('isolates codes and Latin names inside Arabic', () => {
    assert.deepEqual(isolateLtrRuns('القانون رقم 50-17 المتعلق'), [
      { text: 'القانون رقم ', isolate: false },
      { text: '50-17', isolate: true, code: true },
      { text: ' المتعلق', isolate: false },
    ]);
    assert.deepEqual(
      isolateLtrRuns('بشراكة مع UNESCO و ESITH')
        .filter((segment) => segment.isolate)
        .map((segment) => segment.text),
      ['UNESCO', 'ESITH'],
    );
    assert.deepEqual(
      isolateLtrRuns('Drâa-Tafilalet (MA-08)')
        .filter((s) => s.isolate)
        .map((s) => s.text),
      ['Drâa-Tafilalet', 'MA-08'],
    );
  });

  it('keeps a shortcut, a code or a file name in one run, and the end of the sentence outside', () => {
    const runs = (text: string) =>
      isolateLtrRuns(text)
        .filter((segment) => segment.isolate)
        .map((segment) => segment.text);
    assert.deepEqual(runs('استعمل أمر الطباعة (Ctrl+P أو ⌘P) واختر الحفظ بصيغة PDF.'), ['Ctrl+P', '⌘P', 'PDF']);
    assert.deepEqual(runs('رمز الجهة وفق معيار ISO 3166-2:MA.'), ['ISO 3166-2:MA']);
    assert.deepEqual(runs('التاريخ: YYYY-MM-DD، في الملف figures.csv بترميز UTF-8.'), ['YYYY-MM-DD', 'figures.csv', 'UTF-8']);
  });

  it('leaves plain Arabic and plain numbers alone', () => {
    assert.deepEqual(isolateLtrRuns('16.098 من الشباب'), [{ text: '16.098 من الشباب', isolate: false }]);
    assert.deepEqual(isolateLtrRuns(''), []);
  });
});
