import type { PunctuationSpacing } from '../i18n/locales.ts';

/**
 * French spacing: the space before « : » and inside « » becomes a no-break space (U+00A0), the
 * one before « ; ! ? » a narrow no-break space (U+202F), so that no line starts with the mark.
 * Only a space already written is replaced: `ar:fr`, `10:30` and addresses stay as they are.
 * @example frenchSpacing('Source : « Rapport »') // 'Source\u00a0: «\u00a0Rapport\u00a0»'
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([:»])/g, '\u00a0$1')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]+/g, '«\u00a0');
}

/** Text spaced around its punctuation as the language writes it. */
export function spacePunctuation(text: string, spacing: PunctuationSpacing): string {
  return spacing === 'french' ? frenchSpacing(text) : text;
}
