import { createInstance, type TFunction } from 'i18next';
import { spacePunctuation } from '../lib/typography.ts';
import { units, type UnitId } from '../schemas/units.ts';
import type { PluralKey, UiKey } from './dictionary.ts';
import { defaultLocale, foreignTextAttributes, localeCodes, locales, type Locale } from './locales.ts';
import type { ShownText } from './names.ts';
import { dictionaries } from './ui/index.ts';

/** A key whose text does not depend on a count. */
export type TextKey = Exclude<UiKey, PluralKey>;

/** Unit labels become i18next plural keys (`unit.village_few`), so one mechanism serves all. */
function unitResources(locale: Locale): Record<string, string> {
  const entries = Object.entries(units).flatMap(([unit, labels]) =>
    Object.entries((labels as Partial<Record<Locale, Record<string, string>>>)[locale] ?? {}).map(
      ([form, label]) => [`unit.${unit}_${form}`, label] as const,
    ),
  );
  return Object.fromEntries(entries);
}

const i18n = createInstance();
await i18n.init({
  resources: Object.fromEntries(
    localeCodes.map((locale) => [locale, { translation: { ...dictionaries[locale], ...unitResources(locale) } }]),
  ),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  // Keys are flat and dotted (`nav.home`): no nesting, no key separator.
  keySeparator: false,
  nsSeparator: false,
  // Values are escaped by Astro when rendered; escaping here would double it.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

type Values = Record<string, string | number>;

export interface Translator {
  /** A UI string; `values` fill its `{{placeholders}}`. */
  (key: TextKey, values?: Values): string;
  /**
   * A counted phrase that agrees with `count` (`{{count}}` is shown formatted for the locale).
   * @example t.count('count.achievements', 13) // ar: '13 إنجازًا', fr: '13 réalisations'
   */
  count(key: PluralKey, count: number): string;
  /** The label of a unit for `count`, without the number: `قرى` for 5, `قرية` for 16. */
  unit(unit: UnitId, count: number): string;
  /** The same label as shown: the Arabic one, with its lang and dir, where the locale has none. */
  unitShown(unit: UnitId, count: number): ShownText;
  locale: Locale;
  dir: 'ltr' | 'rtl';
}

const translators = new Map<Locale, Translator>();
/** A `{{name}}` placeholder: the only interpolation the dictionaries use (no formats, no nesting). */
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const UNIT_LABELS_WITHOUT_COUNT = !JSON.stringify(units).includes('{{');

/**
 * The translator of one locale. There is one per locale for the whole build: every component
 * asks for it, and at 30,000 pages building a new one each time (an i18next fixed-T and an
 * `Intl.NumberFormat`) and resolving the same keys again cost more than rendering the pages.
 * Results are remembered per key (and count); `values` that fill placeholders are not.
 * @example const t = useTranslations('fr'); t('nav.home') // 'Accueil'
 */
export function useTranslations(locale: Locale): Translator {
  const existing = translators.get(locale);
  if (existing) return existing;
  const fixed: TFunction = i18n.getFixedT(locale);
  const numbers = new Intl.NumberFormat(locales[locale].intl);
  const remembered = new Map<string, string>();
  const remember = (id: string, resolve: () => string) => {
    let text = remembered.get(id);
    if (text === undefined) {
      text = resolve();
      remembered.set(id, text);
    }
    return text;
  };
  // Punctuation is spaced once per text, in the template, before values fill it.
  const spacing = locales[locale].punctuation;
  const template = (key: string) => remember(key, () => spacePunctuation(fixed(key, {}), spacing));
  // Placeholders are filled here, in the remembered text, as i18next fills them (a value is
  // written as it is, a placeholder without one is left): going through i18next for every
  // citation and label with values was 3 % of the render at 3,000 achievements.
  const t = ((key: string, values?: Values) =>
    values
      ? template(key).replace(PLACEHOLDER, (placeholder, name: string) => (values[name] === undefined ? placeholder : String(values[name])))
      : template(key)) as Translator;
  t.count = (key, count) =>
    remember(`${key}\u0000${count}`, () => spacePunctuation(fixed(key, { count, replace: { count: numbers.format(count) } }), spacing));
  // A unit label depends on the count only through its plural form (labels hold no number),
  // so one label per form is enough; i18next treats 0 apart from the plural rules.
  const plurals = new Intl.PluralRules(locale);
  const form = (count: number) => (count === 0 || !UNIT_LABELS_WITHOUT_COUNT ? String(count) : plurals.select(count));
  const own = (unit: UnitId) => (units[unit] as Partial<Record<Locale, unknown>>)[locale] !== undefined;
  t.unitShown = (unit, count) =>
    own(unit)
      ? { text: remember(`unit.${unit}\u0000${form(count)}`, () => fixed(`unit.${unit}`, { count })) }
      : { text: useTranslations(defaultLocale).unit(unit, count), ...foreignTextAttributes(defaultLocale, locale) };
  t.unit = (unit, count) => t.unitShown(unit, count).text;
  t.locale = locale;
  t.dir = locales[locale].dir;
  translators.set(locale, t);
  return t;
}

/**
 * Every plural form of a counted phrase in one language, for code that counts in the browser
 * (the search page): it picks the form with `Intl.PluralRules`.
 */
export function pluralForms(locale: Locale, key: PluralKey): Record<string, string> {
  const dictionary: Record<string, string> = dictionaries[locale];
  return Object.fromEntries(
    Object.entries(dictionary)
      .filter(([entry]) => entry.startsWith(`${key}_`))
      .map(([entry, text]) => [entry.slice(key.length + 1), spacePunctuation(text, locales[locale].punctuation)]),
  );
}
