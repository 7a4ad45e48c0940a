import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messagesFor, checkMessages } from '../../src/check/messages/index.ts';
import { entryTemplates } from '../../src/check/new-entry.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  defaultLocale,
  isCheckLocale,
  textsRequired,
  languageName,
  localeCodes,
  locales,
  translationLocales,
} from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/ui/index.ts';
import { numbersInText } from '../../src/lib/fact-numbers.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { localizedTextSchema } from '../../src/schemas/taxonomy.ts';

/** The first whole number `Intl` puts in `category` for `intl`. */
function sampleOf(intl: string, category: Intl.LDMLPluralRule): number {
  const rules = new Intl.PluralRules(intl);
  for (const candidate of [0, 1, 2, 3, 11, 100, 1_000_000]) if (rules.select(candidate) === category) return candidate;
  throw new Error(`no sample number for ${intl} ${category}`);
}

describe('the locale table', () => {
  it('gives each language the plural forms Intl knows for it, and reads any it leaves out as `other`', () => {
    for (const locale of localeCodes) {
      const intl = new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories;
      const given: readonly string[] = locales[locale].plurals;
      assert.ok(given.includes('other'), `${locale}: other`);
      for (const form of given) assert.ok(intl.includes(form as Intl.LDMLPluralRule), `${locale}: Intl has no "${form}"`);
      const t = useTranslations(locale);
      for (const category of intl.filter((form) => !given.includes(form))) {
        const count = sampleOf(locales[locale].intl, category);
        const other = (dictionaries[locale] as Record<string, string>)['count.achievements_other']!;
        assert.equal(
          t.count('count.achievements', count).replace(/\s/g, ' '),
          other.replace('{{count}}', formatNumber(count, locale)).replace(/\s/g, ' '),
          `${locale} ${category}`,
        );
      }
    }
  });

  it('has the default language first and translates into every other one', () => {
    assert.equal(localeCodes[0], defaultLocale);
    assert.deepEqual(translationLocales, localeCodes.slice(1));
  });

  it('names every language of the taxonomy’s texts, the default one as the reference', () => {
    assert.deepEqual(Object.keys(localizedTextSchema.shape), localeCodes);
    assert.equal(localizedTextSchema.shape.ar.description, 'Arabic, the reference language.');
    assert.equal(localizedTextSchema.shape.fr.description, 'French.');
    assert.equal(languageName('en'), 'English');
  });

  it('makes the scaffold write one file per language whose texts are required', () => {
    const templates = entryTemplates({ category: 'legal-framework' });
    assert.deepEqual(
      Object.keys(templates).sort(),
      localeCodes.filter((locale) => locale === defaultLocale || textsRequired(locale)).sort(),
    );
    assert.equal(templates.zgh, undefined, 'a zgh text is optional: a translator writes it');
    assert.match(templates.fr ?? '', /translated into French/);
    assert.match(templates.ar ?? '', /category: legal-framework/);
  });

  it('reads numbers in a text with the thousands separator Intl writes for the language', () => {
    for (const locale of localeCodes) {
      const written = `${formatNumber(16098, locale)} / ${formatNumber(1_250_000, locale)}`;
      assert.deepEqual(
        numbersInText(written, locale).map((number) => number.value),
        [16098, 1_250_000],
        `${locale}: ${written}`,
      );
    }
    assert.deepEqual(
      numbersInText('16 098 et 16\u00a0098', 'fr').map((number) => number.value),
      [16098, 16098],
      'any space an editor types',
    );
  });

  it('gives the check a catalogue for each language the table says it speaks', () => {
    for (const locale of localeCodes) {
      if (isCheckLocale(locale)) assert.equal(messagesFor(locale), checkMessages[locale]);
    }
  });
});
