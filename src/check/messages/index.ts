import type { Locale } from '../../i18n/locales.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/** The shape of the Arabic catalogue, with any text in place of each Arabic string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type CheckMessages = Shape<typeof ar>;

export const checkMessages: Record<Locale, CheckMessages> = { ar, fr, en };

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
