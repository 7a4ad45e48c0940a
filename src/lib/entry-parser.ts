import { markdownToHast, mdxToHast, type HastNode } from 'satteri';

/**
 * The one parser of an entry's text, for the page and for the content check: Sätteri, with the
 * features Astro's MDX sets by default (`markdown.gfm`, `smartypants`). The tree keeps MDX's own
 * nodes (imports, expressions, JSX), so the check's markup rules read the page's own parse.
 */
/**
 * How deep elements may nest in an entry's text: far more than any text needs, and few enough
 * that no recursion over the tree (ours, the HTML writer's) depends on the thread's stack size.
 */
export const maxNesting = 40;
export const NESTED_TOO_DEEPLY = 'nested too deeply (quotes or lists inside one another)';

export const entryFeatures = { gfm: true, smartPunctuation: true } as const;

/**
 * @param markdown read as plain Markdown (a stray `.md` file), not MDX
 * @param positions locate each node in the text (the check's use)
 * @throws for a text the parser cannot read: the message starts `line:column:`
 */
export function parseEntry(body: string, { markdown = false, positions = false } = {}): HastNode {
  return (markdown ? markdownToHast : mdxToHast)(body, { features: entryFeatures, position: positions });
}

/** Where a parser's error message says the text breaks (`10:1: Unexpected character…`), and why. */
export function syntaxErrorAt(error: unknown): { line?: number; column?: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const [, line, column, detail] = /^(\d+):(\d+):\s*([^\n]*)/.exec(message) ?? [];
  return {
    line: line ? Number(line) : undefined,
    column: column ? Number(column) : undefined,
    detail: detail ?? message.split('\n')[0] ?? '',
  };
}
