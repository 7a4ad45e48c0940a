import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import Slugger from 'github-slugger';
import { mdxToHast, type HastNode } from 'satteri';
import { allowedAttributes, allowedTags } from '../check/allow-list.ts';

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
 * punctuation), gives headings the same ids, and marks local images the way Astro's Markdown
 * does, so that `render()` still turns them into optimised images.
 */

/** What `render()` needs: the HTML, the headings, and the local images to optimise. */
export interface EntryHtml {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[]; imagePaths: string[] };
}

/** Thrown for anything the content check should have refused: the text names file and fix. */
export class UncheckedMdxError extends Error {}

/** The parser's features, as Astro's MDX sets them by default (`markdown.gfm`, `smartypants`). */
const features = { gfm: true, smartPunctuation: true } as const;

/**
 * @param body the entry's text without its frontmatter
 * @param file the entry's path, for messages
 */
export function mdxToHtml(body: string, file: string): EntryHtml {
  const refuse = (what: string) =>
    new UncheckedMdxError(`${file}: ${what} is not allowed in an achievement's text. Run \`npm run check\` to see where and how to fix it.`);
  const slugger = new Slugger();
  const headings: EntryHtml['metadata']['headings'] = [];
  const imagePaths = new Set<string>();
  const imageCount = new Map<string, number>();

  const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => {
    if (/^h[1-6]$/.test(tagName)) {
      // Same ids as Astro's Markdown and MDX (github-slugger over the heading's text).
      const text = children.map(textOf).join('');
      const slug = typeof properties.id === 'string' ? properties.id : slugger.slug(text);
      headings.push({ depth: Number(tagName[1]), slug, text });
      properties = { ...properties, id: slug };
    }
    if (tagName === 'img' && typeof properties.src === 'string' && isLocalImage(properties.src)) {
      // Astro's marker for images it optimises when the entry is rendered (see `render()`).
      const { src: encoded, ...rest } = properties;
      const src = decodeURI(encoded as string);
      const index = imageCount.get(src) ?? 0;
      imageCount.set(src, index + 1);
      imagePaths.add(src);
      properties = { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }) };
    }
    return { type: 'element', tagName, properties, children };
  };

  const convert = (node: HastNode): ElementContent[] => {
    switch (node.type) {
      case 'text':
      case 'comment':
        return [{ type: node.type, value: node.value }];
      case 'element':
        return [element(node.tagName, { ...node.properties }, convertAll(node.children))];
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement': {
        const name = node.name ?? '';
        if (!allowedTags.includes(name)) throw refuse(`the element <${name || '>'}`);
        const properties: Properties = {};
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !allowedAttributes.includes(attribute.name) || (attribute.value != null && typeof attribute.value !== 'string')) {
            throw refuse(`an attribute of <${name}>`);
          }
          properties[attribute.name] = attribute.value ?? '';
        }
        return [element(name, properties, convertAll(node.children as HastNode[]))];
      }
      case 'raw':
      case 'doctype':
        throw refuse(`raw HTML (${node.type})`);
      default:
        throw refuse(`MDX code (${node.type})`);
    }
  };
  const convertAll = (nodes: readonly HastNode[]): ElementContent[] => nodes.flatMap(convert);

  const tree = mdxToHast(body, { features, position: false });
  const root: Root = { type: 'root', children: tree.type === 'root' ? (convertAll(tree.children as HastNode[]) as RootContent[]) : [] };
  return { html: toHtml(root), metadata: { headings, imagePaths: [...imagePaths] } };
}

/** An image in the entry's own folder (the content check refuses every other kind). */
function isLocalImage(src: string): boolean {
  return !URL.canParse(src) && !src.startsWith('/');
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
