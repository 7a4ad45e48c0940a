import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createInstance } from 'i18next';
import { ar } from '../../src/i18n/ui/ar.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { zgh, zghReview } from '../../src/i18n/ui/zgh.ts';
import { readYamlList } from '../support/content-files.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

/**
 * Latin words a zgh string may keep: names of formats, programs and keys, codes, and the data
 * files' ids and values, written as the Arabic and English texts write them.
 */
const ALLOWED_LATIN = new Set([
  'JavaScript',
  'PDF',
  'Ctrl',
  'P',
  'JSON',
  'Schema',
  'CSV',
  'UTF-8',
  'Excel',
  'RSS',
  'Markdown',
  'ISO',
  'MA',
  'figures.csv',
  'YYYY',
  'YYYY-MM',
  'YYYY-MM-DD',
  'MM',
  'DD',
  'ar',
  'categories',
  'regions',
  'places',
  'partners',
  'completed',
  'ongoing',
  'planned',
  'national',
  'regional',
  'unspecified',
  'year',
  'month',
  'day',
  'law',
  'decree',
  'order',
]);
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9]+)*/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const TIFINAGH = /[\u2D30-\u2D7F]/u;

const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]));

/** What is wrong with a zgh string's script: Latin words not allowed, letters of other scripts. */
function scriptProblems(text: string, latinAllowedHere: ReadonlySet<string>): string[] {
  const withoutPlaceholders = text.replace(PLACEHOLDER, ' ');
  const problems: string[] = [];
  for (const [token] of withoutPlaceholders.matchAll(LATIN_TOKEN)) {
    if (!ALLOWED_LATIN.has(token)) problems.push(`Latin word «${token}» not in the allowed list`);
    else if (!latinAllowedHere.has(token)) problems.push(`«${token}» is not in the Arabic or English text of this key`);
  }
  const rest = withoutPlaceholders.replace(LATIN_TOKEN, ' ');
  for (const letter of rest.match(/\p{L}/gu) ?? []) {
    if (!TIFINAGH.test(letter))
      problems.push(`letter «${letter}» (U+${letter.codePointAt(0)!.toString(16).toUpperCase()}) is not Tifinagh`);
  }
  if (ARABIC_INDIC_DIGIT.test(text)) problems.push('Arabic-Indic digit');
  return problems;
}

const arabicForms = (base: string) =>
  Object.entries(ar)
    .filter(([key]) => baseKey(key) === base)
    .map(([, text]) => text);
const latinIn = (...texts: string[]) => new Set(texts.flatMap((text) => text.match(LATIN_TOKEN) ?? []));

describe('zgh dictionary: the checks themselves', () => {
  it('catch Latin words, Arabic letters and Arabic-Indic digits, and let names and codes through', () => {
    assert.deepEqual(scriptProblems('ⴰⵔⵣⵣⵓ {{count}} JSON', new Set(['JSON'])), []);
    assert.match(scriptProblems('ⴰⵔⵣⵣⵓ Search', new Set())[0]!, /Search/);
    assert.match(scriptProblems('ⴰⵔⵣⵣⵓ JSON', new Set())[0]!, /not in the Arabic or English/);
    assert.match(scriptProblems('ⴰⵔⵣⵣⵓ بحث', new Set())[0]!, /not Tifinagh/);
    assert.deepEqual(scriptProblems('١٦', new Set()), ['Arabic-Indic digit']);
  });
});

describe('zgh dictionary', () => {
  const zghEntries = Object.entries(zgh) as [string, string][];

  it('has every key of the Arabic dictionary, with the plural forms zgh uses, and no other key', () => {
    const arabicBases = [...new Set(Object.keys(ar).map(baseKey))].sort();
    const pluralBases = new Set(
      Object.keys(ar)
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map(baseKey),
    );
    const expected = arabicBases.flatMap((base) => (pluralBases.has(base) ? [`${base}_one`, `${base}_other`] : [base])).sort();
    assert.deepEqual(Object.keys(zgh).sort(), expected);
    for (const [key, text] of zghEntries) assert.equal(typeof text, 'string', key);
  });

  it('uses the plural categories ICU gives zgh, and i18next picks them', async () => {
    const categories = new Intl.PluralRules('zgh').resolvedOptions().pluralCategories;
    const suffixes = new Set(zghEntries.filter(([key]) => key.startsWith('count.')).map(([key]) => key.match(PLURAL_SUFFIX)![1]));
    assert.deepEqual([...suffixes].sort(), [...categories].sort());
    const i18n = createInstance();
    await i18n.init({
      lng: 'zgh',
      resources: { zgh: { translation: zgh } },
      keySeparator: false,
      nsSeparator: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    assert.equal(i18n.t('count.achievements', { count: 1 }), '1 ⵓⵙⵍⴽⵉⵎ');
    assert.equal(i18n.t('count.achievements', { count: 32 }), '32 ⵏ ⵉⵙⵍⴽⵉⵎⵏ');
    assert.equal(i18n.t('count.regions', { count: 0 }), '0 ⵏ ⵜⵎⵏⴰⴹⵉⵏ');
  });

  it('keeps every placeholder of the Arabic text, and adds none', () => {
    for (const [key, text] of zghEntries) {
      const base = baseKey(key);
      const expected = new Set(arabicForms(base).flatMap((form) => [...placeholders(form)]));
      // Arabic spells out 1 and 2 without the number; the zgh counted forms all show it.
      if (PLURAL_SUFFIX.test(key)) expected.add('count');
      assert.deepEqual([...placeholders(text)].sort(), [...expected].sort(), key);
    }
  });

  it('is written in Tifinagh, except the allowed names and codes; Western digits only', () => {
    const problems = zghEntries.flatMap(([key, text]) => {
      const base = baseKey(key);
      const here = latinIn(
        ...arabicForms(base),
        ...Object.entries(en)
          .filter(([k]) => baseKey(k) === base)
          .map(([, t]) => t),
      );
      return scriptProblems(text, here).map((problem) => `${key}: ${problem}`);
    });
    assert.deepEqual(problems, []);
    const prose = zghEntries.filter(([, text]) => /\p{L}/u.test(text.replace(PLACEHOLDER, '').replace(LATIN_TOKEN, '')));
    assert.ok(prose.length > 250, `only ${prose.length} strings with Tifinagh text`);
  });

  it('says it is a draft until reviewed, and names only keys it has', () => {
    assert.ok(zghReview.status === 'draft' || zghReview.reviewedBy, 'a reviewed dictionary names its reviewer');
    assert.equal(zghReview.status, 'draft');
    for (const key of Object.keys(zghReview.uncertain)) assert.ok(key in zgh, key);
    assert.ok(Object.keys(zghReview.uncertain).length > 0);
  });
});

describe('zgh names of regions, categories, places and partners (content/*.yaml)', () => {
  for (const file of ['regions.yaml', 'categories.yaml', 'places.yaml', 'partners.yaml']) {
    it(`writes each zgh name of content/${file} in Tifinagh only`, () => {
      for (const row of readYamlList(file)) {
        const name = (row.name as Record<string, string | undefined>).zgh;
        if (name === undefined) continue;
        assert.deepEqual(scriptProblems(name, new Set()), [], String(row.id));
        assert.match(name, TIFINAGH, String(row.id));
      }
    });
  }

  it('gives the regions with an attested form (docs/translations/zgh.md) their name, and none to those only proposed', () => {
    const zgh = new Map(readYamlList('regions.yaml').map((row) => [row.id, (row.name as Record<string, string | undefined>).zgh]));
    assert.equal(zgh.get('marrakech-safi'), 'ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ');
    for (const proposed of ['rabat-sale-kenitra', 'guelmim-oued-noun', 'laayoune-sakia-el-hamra']) {
      assert.equal(zgh.get(proposed), undefined, `${proposed}: only a proposed form, the Arabic name is shown`);
    }
    assert.equal([...zgh.values()].filter(Boolean).length, 9);
  });
});
