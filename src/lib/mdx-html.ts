import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import Slugger from 'github-slugger';
import { mdxToMdast, type HastNode } from 'satteri';
import { allowedAttributes, allowedTags, forbiddenTags, linkAllowed, localImage } from '../check/allow-list.ts';
import type { ProblemCode } from '../check/problem.ts';
import { codeRefusals, isForbidden } from '../check/rules/markup.ts';
import { entryFeatures, maxNesting, NESTED_TOO_DEEPLY, parseEntry, syntaxErrorAt } from './entry-parser.ts';

export { maxNesting, NESTED_TOO_DEEPLY };

/**
 * An achievement's MDX text turned into HTML once, when the content is loaded, instead of
 * being compiled into JavaScript, bundled, and run for every page that shows it.
 *
 * Why this is enough: the content check refuses everything in an entry that only MDX's code
 * could render (imports, expressions, components, attributes computed by code), so what
 * remains is Markdown plus a few plain HTML elements, which are HTML already. At 10,000
 * achievements the compiled entries were 77 MB of JavaScript for the bundler and the build's
 * memory; as HTML they cost a millisecond of parsing each and nothing at render.
 *
 * It parses with the same MDX parser and features as Astro's MDX (Sätteri: GFM and smart
 * punctuation, src/lib/entry-parser.ts), once for the page and the content check, gives headings the same ids, and marks local images the way Astro's Markdown
 * does, so that `render()` still turns them into optimised images.
 */

/** What `render()` needs: the HTML, the headings, and the local images to optimise. */
export interface EntryHtml {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[]; imagePaths: string[] };
}

/** Something an entry may not hold, found on the rendered tree; `line` when parsed with positions. */
export interface Refusal {
  code: ProblemCode;
  /** What the entry holds there, decoded (an address, an element's name). */
  found: string;
  /** What the message shows as expected, when the refusal says more than its code. */
  expected?: string;
  line?: number;
  column?: number;
}

/** A run of the text's prose (not code, tags or links' targets), where it starts in the text. */
export interface ProseSegment {
  value: string;
  line: number;
  column: number;
}

/** An image of the entry's text, as the page would load it. */
export interface EntryImage {
  src: string;
  line?: number;
  column?: number;
}

/** Thrown by {@link mdxToHtml} for anything an entry may not hold: the message names the file and the fix. */
export class UncheckedMdxError extends Error {
  readonly refusals: readonly Refusal[];
  constructor(file: string, refusals: readonly Refusal[]) {
    const list = refusals.map((refusal) => `${refusal.code} (${refusal.found})`).join(', ');
    super(`${file}: not allowed in an achievement's text: ${list}. Run \`npm run check\` to see where and how to fix it.`);
    this.refusals = refusals;
  }
}

/**
 * The elements Markdown writes that an entry may hold, besides the editors' own (allowedTags):
 * no task-list checkbox, no footnotes (their labels would be in English on every page).
 */
const markdownElements = new Set([
  'p',
  'a',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  ...allowedTags,
]);
/** Astro's marker on a local image it optimises when the entry is rendered (see `render()`). */
const IMAGE_MARKER = '__ASTRO_IMAGE_';
/** What an image's marker carries besides its file, as hast names them. */
const imageProperties = ['alt', 'title'];

/**
 * The sanitizer's schema, from the same allow-lists: the elements above, the editors' attributes
 * on any of them, and what Markdown writes (links, list starts, headings' own ids, image markers).
 * Attributes are hast property names; every key is set, so none of the library's defaults applies.
 */
export const entrySchema: Schema = {
  tagNames: [...markdownElements],
  attributes: {
    '*': [...allowedAttributes],
    a: ['href'],
    ol: ['start'],
    img: [IMAGE_MARKER],
    ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((heading) => [heading, [['id', /^text-/]]])),
  },
  // Relative addresses (no scheme) pass; of schemes, https only.
  protocols: { href: ['https'] },
  required: {},
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  // Elements outside the list go with their content when they run code or load content, else only their tags.
  strip: [...forbiddenTags],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * The rendered tree with only what the allow-list lets through: defence in depth behind the
 * refusals of {@link renderEntry}, which the content check reports with file and line.
 */
export function sanitizeEntry(tree: Root): Root {
  const safe = sanitize(tree, entrySchema);
  return safe.type === 'root' ? safe : { type: 'root', children: [] };
}

/**
 * The rendered entry and everything on its tree that the allow-list (src/check/allow-list.ts)
 * refuses, with addresses as decoded: the build and the content check both read this, so what
 * the check passes is what the page shows.
 * @param body the entry's text without its frontmatter
 * @param positions locate refusals and images (the check's use; the build skips it for speed)
 */
export function renderEntry(
  body: string,
  { positions = false } = {},
): EntryHtml & {
  refusals: Refusal[];
  images: EntryImage[];
  texts: ProseSegment[];
  prose: ProseSegment[];
} {
  const slugger = new Slugger();
  const headings: EntryHtml['metadata']['headings'] = [];
  const imagePaths = new Set<string>();
  const imageCount = new Map<string, number>();
  const refusals: Refusal[] = [];
  const images: EntryImage[] = [];
  // The text and attribute values as decoded, where they are written (with positions only).
  const texts: ProseSegment[] = [];
  // The text nodes outside code, for the numbers they hold (with positions only).
  const prose: ProseSegment[] = [];
  let inCode = 0;
  let at: HastNode['position'];
  const keepText = (value: string) => {
    if (positions && at) texts.push({ value, line: at.start.line, column: at.start.column });
  };
  const refuse = (code: ProblemCode, found: string, expected?: string) =>
    refusals.push({ code, found, ...(expected === undefined ? {} : { expected }), line: at?.start.line, column: at?.start.column });

  const element = (tagName: string, given: Properties, children: () => ElementContent[]): Element => {
    const code = tagName === 'code' || tagName === 'pre' ? 1 : 0;
    inCode += code;
    const content = children();
    inCode -= code;
    // After its content: an element Markdown made (a footnotes section) has no place of its own.
    if (!markdownElements.has(tagName)) refuse('tag-not-allowed', tagName);
    // Attributes outside the allow-list (a table's style, a class…) are left to the sanitizer.
    let properties: Properties = given;
    if (/^h[1-6]$/.test(tagName)) {
      // github-slugger over the heading's text, as Astro's Markdown does, under a prefix of its own:
      // a heading «figures» must not take the page's own id="figures".
      const text = toString({ type: 'element', tagName, properties: {}, children: content });
      const slug = `text-${slugger.slug(text)}`;
      headings.push({ depth: Number(tagName[1]), slug, text });
      properties = { ...properties, id: slug };
    }
    if (tagName === 'a' && !linkAllowed(String(properties.href ?? ''))) refuse('unsafe-url', String(properties.href ?? ''));
    if (tagName === 'img') {
      const src = String(properties.src ?? '');
      if (!String(properties.alt ?? '').trim()) refuse('image-alt-missing', `![](${src})`);
      const name = localImage(src);
      if (name === undefined) {
        refuse(/^https:\/\/|^\/\//i.test(src.trim()) ? 'image-remote' : linkAllowed(src) ? 'image-outside' : 'unsafe-url', src);
        return { type: 'element', tagName, properties: {}, children: [] };
      }
      const rest = Object.fromEntries(Object.entries(properties).filter(([property]) => imageProperties.includes(property)));
      const decoded = `./${name}`;
      images.push({ src: decoded, line: at?.start.line, column: at?.start.column });
      const index = imageCount.get(decoded) ?? 0;
      imageCount.set(decoded, index + 1);
      imagePaths.add(decoded);
      properties = { [IMAGE_MARKER]: JSON.stringify({ ...rest, src: decoded, index }) };
    }
    return { type: 'element', tagName, properties, children: content };
  };

  let depth = 0;
  let tooDeep = false;
  const convert = (node: HastNode): ElementContent[] => {
    at = node.position ?? at;
    if (depth >= maxNesting) {
      if (!tooDeep) refuse('mdx-syntax', NESTED_TOO_DEEPLY);
      tooDeep = true;
      return [];
    }
    // MDX's code and raw HTML: the markup rules (src/check/rules/markup.ts) say what is refused.
    const code = codeRefusals(node);
    for (const refusal of code ?? []) refuse(refusal.code, refusal.found, refusal.expected);
    switch (node.type) {
      case 'text':
        if (positions && node.position && inCode === 0)
          prose.push({ value: node.value, line: node.position.start.line, column: node.position.start.column });
        keepText(node.value);
        return [{ type: node.type, value: node.value }];
      case 'comment':
        keepText(node.value);
        return [{ type: node.type, value: node.value }];
      case 'element':
        for (const value of Object.values(node.properties)) if (typeof value === 'string') keepText(value);
        return [element(node.tagName, { ...node.properties }, () => convertAll(node.children))];
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement': {
        const name = node.name ?? '';
        // What a forbidden element holds (a script's code) is neither shown nor judged.
        if (isForbidden(name)) return [];
        const children = () => convertAll(node.children as HastNode[]);
        if (code!.length > 0 || !allowedTags.includes(name)) {
          // Refused: what it holds is judged all the same, so that one run reports everything.
          children();
          return [];
        }
        const properties: Properties = {};
        for (const attribute of node.attributes) {
          const value = attribute.type === 'mdxJsxAttribute' ? (attribute.value ?? '') : undefined;
          if (attribute.type === 'mdxJsxAttribute' && typeof value === 'string') {
            keepText(value);
            properties[attribute.name] = value;
          }
        }
        return [element(name, properties, children)];
      }
      case 'doctype':
        refuse('tag-not-allowed', node.type);
        return [];
      default:
        // Imports, expressions, raw HTML: refused above. Any other node is MDX nobody allowed.
        if (code === undefined) refuse('mdx-expression', node.type);
        else if (code.length === 0) refuse('tag-not-allowed', node.type);
        return [];
    }
  };
  const convertAll = (nodes: readonly HastNode[]): ElementContent[] => {
    depth += 1;
    const converted = nodes.flatMap(convert);
    depth -= 1;
    return converted;
  };

  let tree: HastNode;
  try {
    tree = parseEntry(body, { positions });
  } catch (error) {
    const { line, column, detail } = syntaxErrorAt(error);
    refusals.push({ code: 'mdx-syntax', found: detail, line, column });
    return { html: '', metadata: { headings, imagePaths: [] }, refusals, images, texts, prose };
  }
  const root: Root = { type: 'root', children: tree.type === 'root' ? (convertAll(tree.children as HastNode[]) as RootContent[]) : [] };
  return { html: toHtml(sanitizeEntry(root)), metadata: { headings, imagePaths: [...imagePaths] }, refusals, images, texts, prose };
}

/**
 * The entry's Markdown tree, parsed as {@link renderEntry} parses it (same parser, same features:
 * its text has the page's typographic quotes and dashes), for what reads the text and not the markup.
 * @throws for MDX the parser cannot read (the content check reports it first)
 */
export function entryTree(body: string): MdastRoot {
  const tree = mdxToMdast(body, { features: entryFeatures, position: false });
  return tree.type === 'root' ? tree : { type: 'root', children: [] };
}

/**
 * The entry's HTML for the build.
 * @throws UncheckedMdxError for anything the allow-list refuses (the content check reports it first)
 */
export function mdxToHtml(body: string, file: string): EntryHtml {
  const { html, metadata, refusals } = renderEntry(body);
  if (refusals.length > 0) throw new UncheckedMdxError(file, refusals);
  return { html, metadata };
}
