/**
 * The excerpt a search result shows, cut from the page's indexed text by its own word
 * positions. Pagefind's excerpt may start with the title (the page's first words) or land in
 * the search-only words at the end (spellings, other names, keywords); this one stays within
 * the page's readable text, between two anchors that the achievement page marks.
 */

/** Id of the element where the readable text starts (after the title). */
export const TEXT_ANCHOR = 'achievement-text';
/** Id of the hidden element holding the search-only words, after the readable text. */
export const TERMS_ANCHOR = 'search-terms';

/** What Pagefind's `result.data()` gives that the excerpt needs. */
export interface ExcerptSource {
  content: string;
  /** Word positions of the matches. */
  locations: readonly number[];
  weighted_locations?: readonly { location: number; balanced_score: number }[];
  /** Elements with an id, at the position of their first word. */
  anchors: readonly { id: string; location: number }[];
}

export interface ExcerptPart {
  text: string;
  /** A word that matched the query. */
  mark: boolean;
}

/** How many words an excerpt may give up to end on a full sentence. */
const SENTENCE_REACH = 8;

/** Pagefind's own word split, so that its positions index these words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * About `length` words of the readable text, around the densest run of matches (from the
 * start of the text when nothing in it matched), ending on a full sentence when one ends
 * near the cut, with an ellipsis where the text goes on.
 * @example readableExcerpt({ content: 'Title. Text here. extra', locations: [2], anchors: [{ id: TEXT_ANCHOR, location: 1 }, { id: TERMS_ANCHOR, location: 3 }] }, 5)
 * // [{ text: 'Text ', mark: false }, { text: 'here.', mark: true }]
 */
export function readableExcerpt(source: ExcerptSource, length: number): ExcerptPart[] {
  const words = source.content.split(WORD_SEPARATORS);
  const anchorAt = (id: string) => source.anchors.find((anchor) => anchor.id === id)?.location;
  const start = anchorAt(TEXT_ANCHOR) ?? 0;
  const end = Math.min(anchorAt(TERMS_ANCHOR) ?? words.length, words.length);
  const scores = new Map<number, number>();
  const weighted = source.weighted_locations ?? source.locations.map((location) => ({ location, balanced_score: 1 }));
  for (const { location, balanced_score } of weighted) {
    if (location >= start && location < end) scores.set(location, (scores.get(location) ?? 0) + balanced_score);
  }
  let from = start;
  if (scores.size > 0 && end - start > length) {
    let best = -1;
    for (let first = start; first + length <= end; first++) {
      let sum = 0;
      for (let index = first; index < first + length; index++) sum += scores.get(index) ?? 0;
      if (sum > best) {
        best = sum;
        from = first;
      }
    }
    // The earliest densest window may end on its first match: start just before that match
    // instead, so it is read in context, without running past the text's end.
    const firstMatch = Math.min(...[...scores.keys()].filter((location) => location >= from));
    from = Math.max(start, Math.min(Math.max(from, firstMatch - 3), end - length));
  }
  let to = Math.min(end, from + length);
  // A cut excerpt ends on the last full sentence of its last few words, not on a lone label.
  if (to < end) {
    const sentenceEnd = words.slice(from, to).findLastIndex((word, index) => index >= to - from - SENTENCE_REACH && /[.!?؟]$/.test(word));
    if (sentenceEnd >= 0) to = from + sentenceEnd + 1;
  }
  const marked = new Set(source.locations);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > start) push('… ', false);
  for (let index = from; index < to; index++) {
    const mark = marked.has(index);
    push(words[index] ?? '', mark);
    if (index < to - 1) push(' ', false);
  }
  if (to < end) push(' …', false);
  return parts.filter((part) => part.text.length > 0);
}

/** The excerpt as plain text. */
export function excerptText(parts: readonly ExcerptPart[]): string {
  return parts.map((part) => part.text).join('');
}
