import { checkFallbackLocale, isCheckLocale, type CheckLocale, type Locale } from '../../i18n/locales.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/** The shape of the Arabic catalogue, with any text in place of each Arabic string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type CheckMessages = Shape<typeof ar>;

/** One catalogue per language the locale table marks `checkMessages: true`. */
export const checkMessages: Record<CheckLocale, CheckMessages> = { ar, fr, en };

/**
 * The catalogue the check reports in for an editor reading `locale`: its own, or English for
 * a language the check does not speak (the locale table says which).
 */
export function messagesFor(locale: Locale): CheckMessages {
  return checkMessages[isCheckLocale(locale) ? locale : checkFallbackLocale];
}

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
