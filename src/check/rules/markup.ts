import type { HastNode } from 'satteri';
import { maxNesting, NESTED_TOO_DEEPLY, parseEntry, syntaxErrorAt } from '../../lib/entry-parser.ts';
import { allowedAttributes, allowedComponents, allowedTags, forbiddenTags, linkAllowed } from '../allow-list.ts';
import type { Problem, ProblemCode } from '../problem.ts';

/**
 * What an entry's text may not hold of MDX's code and HTML: imports and exports, `{expressions}`,
 * components, elements outside the allow-list, event handlers and attributes. Nothing is ever
 * compiled or run. The rules read the nodes of Sätteri's tree, the one the page is rendered
 * from (`renderEntry` in src/lib/mdx-html.ts calls them as it renders); a stray Markdown or MDX
 * file, which is never rendered, is parsed by the same parser and judged here.
 */

/** Something the text may not hold, with what the message shows as expected. */
export interface MarkupRefusal {
  code: ProblemCode;
  found: string;
  expected: string;
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Whether an element's content goes with it (a script's code is neither shown nor prose). */
export const isForbidden = (name: string) => forbiddenTags.includes(name.toLowerCase());

/** A JSX element or component as written: its name, then each of its attributes. */
export function elementRefusals(name: string, attributes: readonly Attribute[]): MarkupRefusal[] {
  const refusals: MarkupRefusal[] = [];
  const refuse = (code: ProblemCode, expected: string, found: string) => refusals.push({ code, expected, found });
  const isComponent = /^[A-Z]/.test(name) || name.includes('.') || name === '';
  if (isComponent) {
    if (!allowedComponents.includes(name)) refuse('component-not-allowed', allowedComponents.join(', '), name || '<>');
  } else if (isForbidden(name)) {
    // The whole element goes: its attributes need no separate report.
    refuse('tag-forbidden', '', name);
    return refusals;
  } else if (!allowedTags.includes(name)) {
    refuse('tag-not-allowed', allowedTags.join(', '), name);
  }
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      refuse('mdx-expression-attribute', 'name="value"', name);
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      refuse('mdx-expression-attribute', `${attributeName}="…"`, name);
    } else if (/^on/i.test(attributeName)) {
      refuse('event-handler', '', attributeName);
    } else if (typeof attribute.value === 'string' && /^(?:href|src)$/i.test(attributeName) && !linkAllowed(attribute.value)) {
      refuse('unsafe-url', 'https://…', attribute.value);
    } else if (!allowedAttributes.includes(attributeName)) {
      refuse('attribute-not-allowed', allowedAttributes.join(', '), attributeName);
    }
  }
  return refusals;
}

/** Tags and attributes in raw HTML of plain Markdown, which is not parsed into elements. */
export function htmlRefusals(html: string): MarkupRefusal[] {
  const refusals: MarkupRefusal[] = [];
  for (const tag of html.matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const attributes: Attribute[] = [];
    for (const attribute of (tag[2] ?? '').matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes.push({ type: 'mdxJsxAttribute', name: attribute[1], value: attribute[2] ?? attribute[3] ?? attribute[4] ?? null });
    }
    refusals.push(...elementRefusals(tag[1]!.toLowerCase(), attributes));
  }
  if (/<\s*\/?\s*$/.test(html)) refusals.push({ code: 'tag-not-allowed', expected: allowedTags.join(', '), found: html });
  return refusals;
}

/**
 * The refusals of one node that only MDX's code or raw HTML can write; undefined for a node of
 * Markdown (text, elements), which the caller judges as it renders.
 */
export function codeRefusals(node: HastNode): MarkupRefusal[] | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ code: 'mdx-import-export', expected: '', found: node.value.split('\n')[0] ?? '' }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ code: 'mdx-expression', expected: '', found: `{${node.value}}` }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementRefusals(node.name ?? '', node.attributes);
    case 'raw':
      return htmlRefusals(node.value);
    default:
      return undefined;
  }
}

export interface MarkupContext {
  file: string;
  /** Line of the file where the text starts. */
  firstLine: number;
}

/**
 * An `mdx-syntax` problem at a line of the text: the message shows that line, or why the text
 * cannot be read (nested too deeply).
 */
export function syntaxProblem(
  text: string,
  context: MarkupContext,
  line: number | undefined,
  column: number | undefined,
  detail?: string,
): Problem {
  const lineText = detail ?? text.split('\n')[(line ?? 1) - 1]?.trim() ?? '';
  return {
    code: 'mdx-syntax',
    severity: 'error',
    file: context.file,
    line: (line ?? 1) + context.firstLine - 1,
    column: column ?? 1,
    expected: '',
    found: lineText,
    params: { detail: lineText },
  };
}

/**
 * A Markdown or MDX file of an entry's folder that is no language's text: never rendered, but
 * refused for what it holds all the same, on the parser's tree: MDX code, elements, attributes,
 * and links and images outside the allow-list.
 */
export function strayProblems(text: string, kind: 'mdx' | 'md', context: MarkupContext): Problem[] {
  const problems: Problem[] = [];
  const report = (refusal: MarkupRefusal, node: HastNode | undefined) =>
    problems.push({
      ...refusal,
      severity: 'error',
      file: context.file,
      line: (node?.position?.start.line ?? 1) + context.firstLine - 1,
      column: node?.position?.start.column ?? 1,
    });
  let tree: HastNode;
  try {
    tree = parseEntry(text, { markdown: kind === 'md', positions: true });
  } catch (error) {
    // Thousands of nested quotes or lists exhaust the parser's stack: the file is refused, not the check.
    if (error instanceof RangeError) return [syntaxProblem(text, context, 1, 1, NESTED_TOO_DEEPLY)];
    const at = syntaxErrorAt(error);
    return [syntaxProblem(text, context, at.line, at.column)];
  }
  let tooDeep = false;
  const walk = (node: HastNode, depth: number): void => {
    if (depth > maxNesting) {
      const at = node.position?.start;
      if (!tooDeep) problems.push(syntaxProblem(text, context, at?.line, at?.column, NESTED_TOO_DEEPLY));
      tooDeep = true;
      return;
    }
    const refusals = codeRefusals(node);
    for (const refusal of refusals ?? []) report(refusal, node);
    if (node.type === 'element') {
      const address = node.tagName === 'a' ? node.properties.href : node.tagName === 'img' ? node.properties.src : undefined;
      if (address !== undefined && !linkAllowed(String(address)))
        report({ code: 'unsafe-url', expected: 'https://…', found: String(address) }, node);
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isForbidden(node.name ?? '')) return;
    if ('children' in node) for (const child of node.children as HastNode[]) walk(child, depth + 1);
  };
  walk(tree, 0);
  return problems;
}
