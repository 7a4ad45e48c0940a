import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatList, formatNumber, formatPartialDate, thousandsSeparator } from '../../src/lib/format.ts';
import { groupThousands } from '../../src/lib/group-thousands.ts';
import { parsePartialDate } from '../../src/schemas/partial-date.ts';

const date = (text: string) => {
  const parsed = parsePartialDate(text);
  assert.ok(parsed, `${text} should parse`);
  return parsed;
};

describe('formatNumber', () => {
  it('writes Moroccan Arabic thousands with a dot and Western digits', () => {
    assert.equal(formatNumber(16098, 'ar'), '16.098');
    assert.equal(formatNumber(19000, 'ar'), '19.000');
    assert.equal(formatNumber(2837, 'ar'), '2.837');
    assert.equal(formatNumber(880, 'ar'), '880');
    assert.doesNotMatch(formatNumber(1234567, 'ar'), /[٠-٩]/);
  });

  it('follows French and English conventions', () => {
    assert.equal(formatNumber(16098, 'fr'), '16\u202f098');
    assert.equal(formatNumber(16098, 'en'), '16,098');
  });
});

describe('formatPartialDate', () => {
  it('writes a day with the Moroccan month name in Arabic', () => {
    assert.equal(formatPartialDate(date('2020-07-30'), 'ar'), '30 يوليوز 2020');
    assert.equal(formatPartialDate(date('2020-07-30'), 'fr'), '30 juillet 2020');
    assert.equal(formatPartialDate(date('2020-07-30'), 'en'), '30 July 2020');
  });

  it('writes a month without a day, with Moroccan names (ماي، شتنبر، دجنبر)', () => {
    assert.equal(formatPartialDate(date('2020-05'), 'ar'), 'ماي 2020');
    assert.equal(formatPartialDate(date('2020-09'), 'ar'), 'شتنبر 2020');
    assert.equal(formatPartialDate(date('2020-12'), 'ar'), 'دجنبر 2020');
    assert.equal(formatPartialDate(date('2020-01'), 'ar'), 'يناير 2020');
    assert.equal(formatPartialDate(date('2020-09'), 'fr'), 'septembre 2020');
    assert.equal(formatPartialDate(date('2020-12'), 'en'), 'December 2020');
  });

  it('writes a year alone', () => {
    assert.equal(formatPartialDate(date('2017'), 'ar'), '2017');
    assert.equal(formatPartialDate(date('2017'), 'en'), '2017');
  });
});

describe('parsePartialDate', () => {
  it('keeps the precision the text gives', () => {
    assert.equal(date('2020').precision, 'year');
    assert.equal(date('2020-05').precision, 'month');
    assert.deepEqual(date('2020-07-30'), { iso: '2020-07-30', year: 2020, month: 7, day: 30, precision: 'day' });
  });

  it('rejects dates that do not exist', () => {
    for (const text of ['2020-13', '2020-00', '2021-02-29', '2020-04-31', '20-07-30', '2020/07/30', '30-07-2020', '']) {
      assert.equal(parsePartialDate(text), undefined, text);
    }
    assert.ok(parsePartialDate('2020-02-29'), 'a leap day exists');
  });
});

describe('formatList', () => {
  it('joins names as each language does', () => {
    assert.equal(formatList(['الداخلة', 'العيون', 'كلميم'], 'ar'), 'الداخلة والعيون وكلميم');
    assert.equal(formatList(['Fès', 'Meknès'], 'fr'), 'Fès et Meknès');
    assert.equal(formatList(['Fez', 'Meknes'], 'en'), 'Fez and Meknes');
    // ICU's zgh has no list patterns (it writes the English «and»): the locale table's word joins.
    assert.equal(formatList(['ⴼⴰⵙ', 'ⵎⴽⵏⴰⵙ', 'ⴰⵏⴼⴰ'], 'zgh'), 'ⴼⴰⵙ, ⵎⴽⵏⴰⵙ ⴷ ⴰⵏⴼⴰ');
    assert.equal(formatList(['ⴼⴰⵙ'], 'zgh'), 'ⴼⴰⵙ');
  });
});

describe('zgh with Node’s ICU', () => {
  it('writes dates in Tifinagh and numbers with Western digits', () => {
    assert.equal(formatPartialDate(parsePartialDate('2020-07-30')!, 'zgh'), '30 ⵢⵓⵍⵢⵓⵣ 2020');
    assert.equal(formatNumber(16098, 'zgh'), '16\u00a0098');
  });

  it('gives the browser, which has no zgh data, the separator to group counts with, as Node’s ICU does', () => {
    for (const value of [0, 7, 999, 1000, 16098, 1_250_000]) {
      assert.equal(groupThousands(value, thousandsSeparator('zgh')), formatNumber(value, 'zgh'), String(value));
    }
    assert.equal(groupThousands(16098, thousandsSeparator('ar')), '16.098');
  });
});
