/**
 * A count grouped by thousands with `separator`, without `Intl`: for the browser, whose ICU may
 * lack the language (Chromium has no zgh data). A module of its own: the search script loads it.
 * @example groupThousands(16098, '\u00a0') // '16\u00a0098'
 */
export function groupThousands(value: number, separator: string): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
