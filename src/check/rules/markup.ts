import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { allowedAttributes, allowedComponents, allowedTags, forbiddenTags, linkAllowed } from '../allow-list.ts';
import type { Problem, ProblemCode, Shown } from '../problem.ts';

/**
 * Checks an entry's text without running anything: it is parsed, never compiled. MDX can
 * import modules, evaluate `{expressions}` and render components, and HTML can carry scripts
 * and event handlers; all of that is rejected. The links and images of an MDX text are judged
 * on the tree the page is rendered from (src/check/rules/rendered.ts); those of a plain
 * Markdown file, which is never rendered, here.
 */

interface Point {
  line: number;
  column: number;
}

interface MarkupNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MarkupNode[];
  position?: { start: Point };
}

export interface MarkupContext {
  file: string;
  /** Line of the file where the text starts. */
  firstLine: number;
}

/** A run of the text's prose (not code, tags or links' targets), where it starts in the file. */
export interface ProseSegment {
  value: string;
  line: number;
  column: number;
}

export interface MarkupAnalysis {
  problems: Problem[];
  /** The prose, to read numbers from; empty when the text cannot be parsed. */
  prose: ProseSegment[];
  /** True when the text holds no syntax at all (read without parsing): no link or image to judge. */
  plain: boolean;
}

// Built once: combining micromark's MDX extensions costs more than parsing a short text.
const mdxSyntax = [mdxjs()];
const mdxTree = [mdxFromMarkdown()];

/**
 * A character that can start Markdown or MDX syntax anywhere in a line, or what makes a link of
 * plain words in GFM (`www.`, `https:`, an e-mail address).
 */
const SYNTAX_CHARACTER = /[<>{}[\]*_`\\&#|~@]|www\.|:\/\/|mailto:|xmpp:/i;
/** A line that starts a block other than a paragraph: list item, heading underline, ESM. */
const BLOCK_START = /^(?:[\s\-+=]|\d{1,9}[.)](?:\s|$)|(?:import|export)\b)/;

/**
 * The prose of a text that holds no syntax at all (most entries: a few paragraphs of words,
 * numbers and punctuation), read without parsing it: one segment per line, which is what the
 * parser's text nodes hold, at the same positions. Undefined as soon as a character or a line
 * start could mean anything but a paragraph; the text is then parsed. Parsing 30,000 files with
 * the MDX extensions was the largest part of the content check.
 */
export function plainProse(text: string, firstLine: number): ProseSegment[] | undefined {
  if (SYNTAX_CHARACTER.test(text)) return undefined;
  const segments: ProseSegment[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    if (BLOCK_START.test(line)) return undefined;
    // The parser leaves trailing spaces out of a text node; they hold no number.
    segments.push({ value: line.trimEnd(), line: index + firstLine, column: 1 });
  }
  return segments;
}

export function analyseMarkup(text: string, kind: 'mdx' | 'md', context: MarkupContext): MarkupAnalysis {
  const plain = plainProse(text, context.firstLine);
  if (plain) return { problems: [], prose: plain, plain: true };
  const problems: Problem[] = [];
  const prose: ProseSegment[] = [];
  const report = (code: ProblemCode, point: Point | undefined, expected: Shown, found: Shown) =>
    problems.push({
      code,
      severity: 'error',
      file: context.file,
      line: (point?.line ?? 1) + context.firstLine - 1,
      column: point?.column ?? 1,
      expected,
      found,
    });

  let tree: MarkupNode;
  try {
    tree =
      kind === 'mdx'
        ? (fromMarkdown(text, { extensions: mdxSyntax, mdastExtensions: mdxTree }) as MarkupNode)
        : (fromMarkdown(text) as MarkupNode);
  } catch (error) {
    const place = (error as { place?: Point | { start: Point } }).place;
    const point = place && 'start' in place ? place.start : place;
    const lineText = text.split('\n')[(point?.line ?? 1) - 1]?.trim() ?? '';
    problems.push({
      code: 'mdx-syntax',
      severity: 'error',
      file: context.file,
      line: (point?.line ?? 1) + context.firstLine - 1,
      column: point?.column ?? 1,
      expected: '',
      found: lineText,
      params: { detail: lineText },
    });
    return { problems, prose, plain: false };
  }

  const checkElement = (node: MarkupNode): void => {
    const point = node.position?.start;
    const name = node.name ?? '';
    const isComponent = /^[A-Z]/.test(name) || name.includes('.') || name === '';
    if (isComponent) {
      if (!allowedComponents.includes(name)) report('component-not-allowed', point, allowedComponents.join(', '), name || '<>');
    } else if (forbiddenTags.includes(name.toLowerCase())) {
      // The whole element goes: its attributes need no separate report.
      report('tag-forbidden', point, '', name);
      return;
    } else if (!allowedTags.includes(name)) {
      report('tag-not-allowed', point, allowedTags.join(', '), name);
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report('mdx-expression-attribute', point, 'name="value"', name);
        continue;
      }
      const attributeName = attribute.name ?? '';
      if (typeof attribute.value === 'object' && attribute.value !== null) {
        report('mdx-expression-attribute', point, `${attributeName}="…"`, name);
      } else if (/^on/i.test(attributeName)) {
        report('event-handler', point, '', attributeName);
      } else if (typeof attribute.value === 'string' && /^(?:href|src)$/i.test(attributeName) && !linkAllowed(attribute.value)) {
        report('unsafe-url', point, 'https://…', attribute.value);
      } else if (!allowedAttributes.includes(attributeName)) {
        report('attribute-not-allowed', point, allowedAttributes.join(', '), attributeName);
      }
    }
  };

  /** Tags and attributes in raw HTML of plain Markdown, which is not parsed into elements. */
  const checkHtml = (node: MarkupNode) => {
    const point = node.position?.start;
    for (const tag of (node.value ?? '').matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
      const element: MarkupNode = { type: 'element', name: tag[1]!.toLowerCase(), attributes: [] };
      for (const attribute of (tag[2] ?? '').matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
        element.attributes!.push({
          type: 'mdxJsxAttribute',
          name: attribute[1],
          value: attribute[2] ?? attribute[3] ?? attribute[4] ?? null,
        });
      }
      checkElement({ ...element, position: node.position });
    }
    if (/<\s*\/?\s*$/.test(node.value ?? '')) report('tag-not-allowed', point, allowedTags.join(', '), node.value ?? '');
  };

  const walk = (node: MarkupNode) => {
    const point = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm':
        report('mdx-import-export', point, '', (node.value ?? '').split('\n')[0] ?? '');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report('mdx-expression', point, '', `{${node.value ?? ''}}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        // What a forbidden element holds (a script's code) is not prose.
        if (forbiddenTags.includes((node.name ?? '').toLowerCase())) return;
        break;
      case 'html':
        checkHtml(node);
        break;
      case 'link':
      case 'definition':
      case 'image':
        if (kind === 'md' && !linkAllowed(node.url ?? '')) report('unsafe-url', point, 'https://…', node.url ?? '');
        break;
      case 'text':
        if (point) prose.push({ value: node.value ?? '', line: point.line + context.firstLine - 1, column: point.column });
        break;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { problems, prose, plain: false };
}
