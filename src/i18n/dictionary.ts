import type { Locale, PluralFormOf } from './locales.ts';
import type { ar } from './ui/ar.ts';

type ArabicKey = keyof typeof ar;
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A dictionary key without its i18next plural suffix (`count.achievements`). */
type BaseKey<Key> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;

/** Keys whose text depends on a count. */
export type PluralKey = ArabicKey extends infer Key ? (Key extends `${infer Base}_${PluralSuffix}` ? Base : never) : never;

/** Every key a component may ask for, checked at compile time. */
export type UiKey = BaseKey<ArabicKey>;

/**
 * The shape of a language's dictionary: every Arabic key, each counted phrase with the plural
 * forms the locale table gives that language (`_one` and `_other` in French).
 */
export type Dictionary<L extends Locale> = {
  [Key in UiKey as Key extends PluralKey ? `${Key}_${PluralFormOf<L>}` : Key]: string;
};

/** One dictionary per language of the locale table: a language without one is a type error. */
export type Dictionaries = { [L in Locale]: Dictionary<L> };
