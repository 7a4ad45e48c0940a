import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { entryTree } from '../mdx-html.ts';

/** Nodes that stand apart from their neighbours: their texts are joined with a space. */
const blockTypes = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'thematicBreak',
  'mdxJsxFlowElement',
]);

/**
 * The plain text of an achievement's Markdown body, for descriptions (feeds, meta, JSON-LD):
 * the text of the page's own tree without images, whitespace collapsed, cut at a word boundary
 * after `max` characters.
 * @example plainText('**67** infrastructures [en cours](x)', 200) // '67 infrastructures en cours'
 */
export function plainText(markdown: string, max = 300): string {
  const text = blocks(entryTree(markdown)).join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:،؛]+$/u, '')}…`;
}

/** The texts of a node's blocks (paragraphs, headings, list items, cells), in reading order. */
function blocks(node: Nodes): string[] {
  if ('children' in node && node.children.some((child) => blockTypes.has(child.type))) return node.children.flatMap(blocks);
  return [toString(spaced(node), { includeImageAlt: false })];
}

/** A hard line break reads as a space, not as nothing. */
function spaced(node: Nodes): Nodes {
  if (node.type === 'break') return { type: 'text', value: ' ' };
  return 'children' in node ? ({ ...node, children: node.children.map(spaced) } as Nodes) : node;
}
