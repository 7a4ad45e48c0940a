/**
 * Reads a built page as a browser lays out its text: a small HTML tree (the site's HTML is
 * well formed: html-validate checks it), then each block's text with the language, direction
 * isolation and kind of every piece, across the inline elements it runs through.
 */

export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references; an unknown named one throws, so that no text is misread. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    const named = NAMED[body];
    if (named === undefined) throw new Error(`unknown character reference ${reference}`);
    return named;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Parses a page into a tree rooted at a `#document` element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, closing, opening, attributeText = '', selfClosing] = match;
    const current = stack.at(-1)!;
    if (closing) {
      const name = closing.toLowerCase();
      const at = stack.findLastIndex((element) => element.name === name);
      if (at > 0) stack.length = at;
    } else if (opening) {
      const attributes: Record<string, string> = {};
      for (const [, name, double, single, bare] of attributeText.matchAll(ATTRIBUTE)) {
        attributes[name!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
      }
      const element: HtmlElement = { name: opening.toLowerCase(), attributes, children: [] };
      current.children.push(element);
      if (RAW_TEXT.has(element.name)) {
        const end = html.toLowerCase().indexOf(`</${element.name}`, TOKEN.lastIndex);
        const stop = end < 0 ? html.length : end;
        element.children.push(html.slice(TOKEN.lastIndex, stop));
        TOKEN.lastIndex = stop;
      } else if (!selfClosing && !VOID.has(element.name)) {
        stack.push(element);
      }
    } else if (!token.startsWith('<!')) {
      current.children.push(decodeEntities(token));
    }
  }
  return root;
}

/** Elements that flow inside a line of text; any other element starts a block of its own. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
/**
 * Never shown as page text. The <head> holds plain text only (the <title>), where no element can
 * isolate a run.
 */
const SKIPPED = new Set(['head', 'script', 'style', 'template']);
/** Text a reader sees as a token of its own, not prose: punctuation rules do not apply inside. */
const CODE = new Set(['code', 'kbd', 'samp', 'pre']);

export interface TextPiece {
  /** The text with white space collapsed as in normal flow (no-break spaces kept). */
  text: string;
  /** The language of the nearest `lang` attribute. */
  lang: string;
  /** Laid out right to left: the nearest `dir` is `rtl`, and no isolate came in between. */
  rtl: boolean;
  /**
   * The nearest element that isolates this text left to right or by its own content: `<bdi>`,
   * or an element with `dir="ltr"` or `dir="auto"` (the HTML rendering rules isolate every
   * element with a `dir`). `dir="rtl"` starts right-to-left text again.
   */
  isolate?: HtmlElement;
  code: boolean;
}

type Context = Omit<TextPiece, 'text'>;

/**
 * The page's blocks, each as the pieces of text it is made of, in reading order. A nested block
 * ends the line of text before it and starts another after it, as on screen.
 */
export function textBlocks(document: HtmlElement): TextPiece[][] {
  const blocks: TextPiece[][] = [];
  const open = (): TextPiece[] => {
    const block: TextPiece[] = [];
    blocks.push(block);
    return block;
  };
  const visit = (element: HtmlElement, context: Context, line: { block: TextPiece[] }): void => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        const text = child.replace(/[ \t\n\r\f]+/g, ' ');
        if (text) line.block.push({ text, ...context });
        continue;
      }
      if (SKIPPED.has(child.name)) continue;
      const dir = child.attributes.dir?.toLowerCase();
      const next: Context = { ...context, lang: child.attributes.lang ?? context.lang, code: context.code || CODE.has(child.name) };
      if (dir === 'rtl') Object.assign(next, { rtl: true, isolate: undefined });
      else if (dir === 'ltr' || dir === 'auto' || child.name === 'bdi') Object.assign(next, { rtl: false, isolate: child });
      if (child.name === 'br') {
        line.block.push({ text: ' ', ...context });
      } else if (INLINE.has(child.name)) {
        visit(child, next, line);
      } else {
        visit(child, next, { block: open() });
        // Text after a nested block is a new line of its own, as on screen.
        line.block = open();
      }
    }
  };
  visit(document, { lang: '', rtl: false, code: false }, { block: open() });
  return blocks.filter((block) => block.some((piece) => piece.text.trim() !== ''));
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

/**
 * A Latin run: letters (with digits, and the marks that join a code, a file name, a URL or a
 * shortcut: `Ctrl+P`, `⌘P`, `UTF-8`, `ISO 3166-2:MA`, `figures.csv`) written left to right.
 * Western digits alone are not one: they are the norm in Arabic text here.
 */
const LATIN_RUN = /[0-9⌘⇧⌥]*[A-Za-zÀ-ɏ⌘⇧⌥][A-Za-zÀ-ɏ0-9⌘⇧⌥]*(?:[+.\-/:_@#=&?%~]+[A-Za-zÀ-ɏ0-9⌘⇧⌥]+)*/g;
/** Two isolated pieces joined by a connector: one run isolated in two halves (`Ctrl` + `P`). */
const SPLIT_RUN = /\uFFFC[+\-/_@#=&%~⌘⇧⌥]+\uFFFC|[⌘⇧⌥]\uFFFC/g;
/** A Latin run touching a hyphenated code (`50-17`), or a code alone: written left to right. */
const CODE_RUN = /\d+(?:[-/]\d+)+/g;

/**
 * In right-to-left text (Arabic), the Latin runs and hyphenated codes that no isolating element
 * holds, and the runs cut in two isolates; each with its block's text, isolates shown as «…».
 * @example arabicLeaks(textBlocks(parseHtml('<p dir="rtl">اضغط Ctrl+P</p>'))) // ['Ctrl+P in «اضغط Ctrl+P»']
 */
export function arabicLeaks(blocks: TextPiece[][]): string[] {
  const leaks: string[] = [];
  for (const block of blocks) {
    if (!block.some((piece) => piece.rtl)) continue;
    let text = '';
    let previous: HtmlElement | undefined;
    for (const piece of block) {
      if (piece.isolate) {
        if (piece.isolate !== previous) text += '\uFFFC';
      } else {
        text += piece.text;
      }
      previous = piece.isolate;
    }
    const shown = text.trim().replace(/\uFFFC/g, '«…»');
    for (const pattern of [LATIN_RUN, CODE_RUN, SPLIT_RUN]) {
      for (const match of text.matchAll(pattern)) leaks.push(`${match[0].replace(/\uFFFC/g, '«…»')} in «${shown}»`);
    }
  }
  return leaks;
}

const NO_BREAK = /[\u00a0\u202f]/;
/** Not prose punctuation: web addresses, times (10:30) and codes (3166-2:MA, ar:fr). */
const NOT_PROSE = /\b(?:https?:\/\/|www\.|mailto:)\S+|[A-Za-z0-9][:;?!][A-Za-z0-9]/g;

/**
 * In French text, the « : ; ! ? » not preceded by a no-break space (U+00A0 or U+202F, itself
 * after a word), and the guillemets without one inside. Text in another language, code and
 * addresses are left out; they stand as one word («…») in the block's text.
 * @example frenchSpacingErrors(textBlocks(parseHtml('<p lang="fr">Langues:<a>English</a></p>'))) // [': in «Langues:…»']
 */
export function frenchSpacingErrors(blocks: TextPiece[][]): string[] {
  const errors: string[] = [];
  for (const block of blocks) {
    if (!block.some((piece) => primary(piece.lang) === 'fr' && !piece.code)) continue;
    let text = '';
    let previousOther = false;
    for (const piece of block) {
      const french = primary(piece.lang) === 'fr' && !piece.code;
      if (french) text += piece.text;
      else if (!previousOther) text += '\uFFFC';
      previousOther = !french;
    }
    text = text.replace(NOT_PROSE, (match) => '\uFFFC'.repeat(match.length));
    const shown = text.trim().replace(/\uFFFC+/g, '…');
    for (const match of text.matchAll(/[:;!?»]/g)) {
      const before = text.slice(0, match.index);
      if (!NO_BREAK.test(before.at(-1) ?? '') || /\s/.test(before.at(-2) ?? ' ')) errors.push(`${match[0]} in «${shown}»`);
    }
    for (const match of text.matchAll(/«/g)) {
      const after = text.slice(match.index + 1);
      if (!NO_BREAK.test(after[0] ?? '') || /\s/.test(after[1] ?? ' ')) errors.push(`« in «${shown}»`);
    }
  }
  return errors;
}

/**
 * In text whose language is `lang` (zgh: Tifinagh), the Latin runs that neither an isolating
 * element, a `lang` of their own nor a code element holds: interface text left in Latin letters.
 * @example latinLeaks(textBlocks(parseHtml('<html lang="zgh"><p>ⴰⵎⴰⵜⴰⵔ Search</p></html>')), 'zgh') // ['Search in «ⴰⵎⴰⵜⴰⵔ Search»']
 */
export function latinLeaks(blocks: TextPiece[][], lang: string): string[] {
  const leaks: string[] = [];
  for (const block of blocks) {
    // The page's own `dir` on <html> isolates nothing inside the page.
    const own = block.filter((piece) => primary(piece.lang) === lang && (!piece.isolate || piece.isolate.name === 'html') && !piece.code);
    const shown = block
      .map((piece) => (own.includes(piece) ? piece.text : '«…»'))
      .join('')
      .trim();
    for (const piece of own) for (const match of piece.text.matchAll(LATIN_RUN)) leaks.push(`${match[0]} in «${shown}»`);
  }
  return leaks;
}

/**
 * In text whose language is `lang`, the runs of Arabic script that no element marks with a
 * `lang` of their own: an Arabic name or label shown where a translation is missing, unmarked.
 * @example unmarkedArabic(textBlocks(parseHtml('<html lang="zgh"><p>ⴰⵙⴰⴳⵎ «الدعم التقني»</p></html>')), 'zgh') // ['الدعم التقني in «ⴰⵙⴰⴳⵎ «الدعم التقني»»']
 */
export function unmarkedArabic(blocks: TextPiece[][], lang: string): string[] {
  const found: string[] = [];
  for (const block of blocks) {
    const shown = block
      .map((piece) => piece.text)
      .join('')
      .trim();
    for (const piece of block) {
      if (primary(piece.lang) !== lang) continue;
      for (const match of piece.text.matchAll(/[\u0600-\u06FF][\u0600-\u06FF\s\d.،]*/gu)) found.push(`${match[0].trim()} in «${shown}»`);
    }
  }
  return found;
}
