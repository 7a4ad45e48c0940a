/** A piece of text, marked when it must be isolated from the surrounding direction. */
export interface TextSegment {
  text: string;
  isolate: boolean;
  /** A code such as `50-17` or `MA-08`, which must not break across lines at its hyphen. */
  code?: boolean;
}

const CODE = /^(?:\d+(?:[-/]\d+)+|[A-Z]{2}-\d+)$/;

const LATIN = 'A-Za-zÀ-ɏ';
/** Key symbols written before a Latin key (`⌘P`): they belong to its run. */
const KEYS = '⌘⇧⌥';

/**
 * Latin words (UNESCO, ESITH, Dar Essanâa), the marks that join them into one code, file name,
 * address or shortcut (`Ctrl+P`, `⌘P`, `UTF-8`, `ISO 3166-2:MA`, `figures.csv`), and hyphenated
 * codes (50-17, MA-08). Inside Arabic, an unisolated run like these, or one isolated in pieces,
 * pulls the neutral characters around it into the wrong order (`P+Ctrl`). A mark that ends the
 * sentence (`PDF.`) stays outside.
 */
const LTR_RUN = new RegExp(
  `[${KEYS}]*[${LATIN}][${LATIN}0-9'’]*(?:[+.\\-/:_@'’]+[${LATIN}0-9${KEYS}]+|\\s+[${LATIN}0-9][${LATIN}0-9'’]*)*|\\d+(?:[-/]\\d+)+`,
  'g',
);

/**
 * Splits `text` into segments, marking the left-to-right runs to wrap in `<bdi>`.
 * @example isolateLtrRuns('القانون رقم 50-17') // [{ text: 'القانون رقم ', isolate: false }, { text: '50-17', isolate: true }]
 */
export function isolateLtrRuns(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), isolate: false });
    segments.push(CODE.test(match[0]) ? { text: match[0], isolate: true, code: true } : { text: match[0], isolate: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), isolate: false });
  return segments;
}

const ARABIC = '\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF';
/**
 * A run of Arabic words, with the spaces, numbers and codes between and after them: `رقم 50-17`
 * is one run; in `67 بنية تحتية` the number before is the surrounding sentence's.
 */
const ARABIC_RUN = new RegExp(`[${ARABIC}](?:[${ARABIC}\\s\\d.،؛/-]*[${ARABIC}\\d])?`, 'gu');

/**
 * Splits `text` into its Arabic runs and the rest: on a page in another language, an Arabic
 * name or label shown in place of a missing one is marked with its own `lang` and `dir`.
 * @example arabicRuns('ⴰⴱⵟⵟⵓ ⵏ 67 بنية تحتية') // [{ text: 'ⴰⴱⵟⵟⵓ ⵏ 67 ', arabic: false }, { text: 'بنية تحتية', arabic: true }]
 */
export function arabicRuns(text: string): { text: string; arabic: boolean }[] {
  const runs: { text: string; arabic: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(ARABIC_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), arabic: false });
    runs.push({ text: match[0], arabic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), arabic: false });
  return runs;
}
