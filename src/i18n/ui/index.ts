import type { Dictionaries } from '../dictionary.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { zgh } from './zgh.ts';

/** The UI dictionaries, one per language of the locale table (`src/i18n/locales.ts`). */
export const dictionaries = { ar, fr, en, zgh } satisfies Dictionaries;
