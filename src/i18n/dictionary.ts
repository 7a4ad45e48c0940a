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
 * The shape of the French and English dictionaries: every Arabic key, with the two plural
 * forms those languages use instead of Arabic's six.
 */
export type LatinDictionary = {
  [Key in UiKey as Key extends PluralKey ? `${Key}_one` | `${Key}_other` : Key]: string;
};
