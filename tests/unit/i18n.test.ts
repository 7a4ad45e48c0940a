import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { localeCodes, locales, namesRequired, type Locale } from '../../src/i18n/locales.ts';
import { ar } from '../../src/i18n/ui/ar.ts';
import { dictionaries } from '../../src/i18n/ui/index.ts';
import { spacePunctuation } from '../../src/lib/typography.ts';
import { unitIds, units } from '../../src/schemas/units.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKeys = (dictionary: Record<string, string>) => new Set(Object.keys(dictionary).map((key) => key.replace(PLURAL_SUFFIX, '')));

describe('Arabic plural agreement (zero/one/two/few/many/other)', () => {
  const t = useTranslations('ar');

  it('agrees counted nouns with their number', () => {
    assert.equal(t.count('count.achievements', 0), 'لا إنجازات');
    assert.equal(t.count('count.achievements', 1), 'إنجاز واحد');
    assert.equal(t.count('count.achievements', 2), 'إنجازان');
    assert.equal(t.count('count.achievements', 3), '3 إنجازات');
    assert.equal(t.count('count.achievements', 10), '10 إنجازات');
    assert.equal(t.count('count.achievements', 11), '11 إنجازًا');
    assert.equal(t.count('count.achievements', 32), '32 إنجازًا');
    assert.equal(t.count('count.achievements', 99), '99 إنجازًا');
    assert.equal(t.count('count.achievements', 100), '100 إنجاز');
    assert.equal(t.count('count.achievements', 104), '104 إنجازات');
  });

  it('formats the number inside a counted phrase', () => {
    assert.equal(t.count('count.achievements', 16098), '16.098 إنجازًا');
    assert.equal(useTranslations('fr').count('count.achievements', 16098), '16\u202f098 réalisations');
    assert.equal(useTranslations('en').count('count.achievements', 1), '1 achievement');
  });

  it('chooses the unit label that agrees with the figures of the source', () => {
    assert.equal(t.unit('infrastructure', 67), 'بنية تحتية');
    assert.equal(t.unit('infrastructure', 104), 'بنيات تحتية');
    assert.equal(t.unit('village', 16), 'قرية');
    assert.equal(t.unit('complex', 5), 'مجمعات');
    assert.equal(t.unit('technical-support-centre', 2), 'مركزان للدعم التقني');
    assert.equal(t.unit('young-person', 16098), 'شابًا');
    assert.equal(t.unit('artisan', 19000), 'صانع تقليدي');
    assert.equal(t.unit('artisan', 2837), 'صانعًا تقليديًا');
    assert.equal(t.unit('inmate', 880), 'نزيلًا');
    assert.equal(t.unit('specialised-institute', 3), 'معاهد متخصصة');
    assert.equal(useTranslations('fr').unit('village', 1), 'village d’artisans');
    assert.equal(useTranslations('fr').unit('village', 16), 'villages d’artisans');
    assert.equal(useTranslations('en').unit('young-person', 16098), 'young people');
  });
});

describe('dictionaries', () => {
  it('give French and English every key the Arabic dictionary has', () => {
    const arabic = baseKeys(ar);
    for (const [name, dictionary] of Object.entries(dictionaries)) {
      assert.deepEqual(baseKeys(dictionary), arabic, `${name} keys differ from ar`);
    }
  });

  it('give every counted phrase every plural form its language uses', () => {
    for (const [locale, dictionary] of Object.entries(dictionaries) as [keyof typeof locales, Record<string, string>][]) {
      // The forms the locale table gives the language (tests/unit/locales.test.ts holds them to Intl's).
      const forms = locales[locale].plurals;
      const plurals = new Set(
        Object.keys(dictionary)
          .filter((key) => PLURAL_SUFFIX.test(key))
          .map((key) => key.replace(PLURAL_SUFFIX, '')),
      );
      for (const key of plurals) {
        for (const form of forms) {
          assert.ok(`${key}_${form}` in dictionary, `${locale}: ${key}_${form} is missing`);
        }
      }
    }
  });

  it('give every unit a label in every plural form of every language whose names are required', () => {
    for (const unit of unitIds) {
      for (const locale of localeCodes) {
        const labels: Record<string, string> | undefined = (units[unit] as Partial<Record<Locale, Record<string, string>>>)[locale];
        if (!namesRequired(locale) && labels === undefined) continue;
        for (const form of locales[locale].plurals) {
          assert.ok(labels?.[form], `${unit}: ${locale} form "${form}" is missing`);
        }
      }
    }
  });

  it('show the Arabic label, marked, for a unit without a label in a language whose names are optional', () => {
    const zgh = useTranslations('zgh');
    assert.deepEqual(zgh.unitShown('young-person', 3), { text: useTranslations('ar').unit('young-person', 3), lang: 'ar', dir: 'rtl' });
    assert.equal(
      zgh.unit('young-person', 3),
      useTranslations('ar').unit('young-person', 3),
      'in Arabic, with the Arabic plural form for 3',
    );
    assert.deepEqual(useTranslations('fr').unitShown('young-person', 3), { text: 'jeunes' });
  });

  it('separate a label from what follows as each language’s typography wants', () => {
    assert.equal(useTranslations('fr')('punctuation.labelSeparator'), '\u00a0: ', 'French: no-break space, colon, space');
    assert.equal(useTranslations('en')('punctuation.labelSeparator'), ': ');
    assert.equal(useTranslations('ar')('punctuation.labelSeparator'), ': ');
  });

  it('translate every UI key, never returning the key itself', () => {
    for (const locale of localeCodes) {
      const t = useTranslations(locale);
      assert.notEqual(t('nav.home'), 'nav.home');
      assert.notEqual(t('site.title'), 'site.title');
    }
    assert.equal(useTranslations('ar')('nav.home'), 'الرئيسية');
    assert.equal(useTranslations('fr')('nav.home'), 'Accueil');
    assert.equal(useTranslations('en')('nav.home'), 'Home');
  });
});

describe('locale table', () => {
  it('makes Arabic the right-to-left default, French and English left to right', () => {
    assert.equal(localeCodes[0], 'ar');
    assert.equal(locales.ar.dir, 'rtl');
    assert.equal(locales.fr.dir, 'ltr');
    assert.equal(locales.en.dir, 'ltr');
  });
});

describe('placeholders', () => {
  it('are filled as i18next fills them, in every string that has one', async () => {
    const { createInstance } = await import('i18next');
    const reference = createInstance();
    await reference.init({
      resources: Object.fromEntries(localeCodes.map((locale) => [locale, { translation: dictionaries[locale] }])),
      lng: 'ar',
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    let checked = 0;
    for (const locale of localeCodes) {
      const t = useTranslations(locale);
      const fixed = reference.getFixedT(locale);
      for (const [key, text] of Object.entries(dictionaries[locale])) {
        const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!);
        if (names.length === 0 || PLURAL_SUFFIX.test(key)) continue;
        // Every value given, a number among them; then one left out, which stays as written.
        const values = Object.fromEntries(names.map((name, index) => [name, index === 0 ? 1234 : `«${name}» & <b>`]));
        // French spacing applies to the text around the placeholders, not to the values.
        const filled = (given: Record<string, string | number>) => spacePunctuation(fixed(key, given), locales[locale].punctuation);
        assert.equal(t(key as never, values), filled(values), `${locale} ${key}`);
        const partial = Object.fromEntries(names.slice(1).map((name) => [name, 'x']));
        assert.equal(t(key as never, partial), filled(partial), `${locale} ${key} without ${names[0]}`);
        checked++;
      }
    }
    assert.ok(checked >= 30, `only ${checked} strings with placeholders`);
  });
});
