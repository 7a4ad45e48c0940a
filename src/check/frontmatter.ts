import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FieldPath } from './problem.ts';

/** A Markdown/MDX file split into its YAML frontmatter and its text, with positions kept. */
export interface SplitFile {
  yaml: string;
  /** Line of the file where the YAML starts (the line after the first `---`). */
  yamlFirstLine: number;
  body: string;
  /** Line of the file where the text starts. */
  bodyFirstLine: number;
}

/** Splits `---\n…\n---\n` from the text, or returns undefined when there is no frontmatter. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!normalised.startsWith('---\n')) return undefined;
  const end = normalised.indexOf('\n---', 3);
  if (end === -1) return undefined;
  const afterFence = normalised.indexOf('\n', end + 4);
  const fenceLine = normalised.slice(end + 1, afterFence === -1 ? undefined : afterFence);
  if (fenceLine.trim() !== '---') return undefined;
  const yaml = normalised.slice(4, end + 1);
  const body = afterFence === -1 ? '' : normalised.slice(afterFence + 1);
  const yamlFirstLine = 2;
  const bodyFirstLine = yamlFirstLine + yaml.split('\n').length;
  return { yaml, yamlFirstLine, body, bodyFirstLine };
}

/** The code of {@link LocatedYaml.errors} for a value the build's parser would read otherwise. */
export const AMBIGUOUS = 'AMBIGUOUS';

/** An unquoted date or time, which js-yaml (Astro's frontmatter and data files) turns into a Date. */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/**
 * Where the check's reading (yaml, core schema) and the build's (js-yaml in Astro's loaders)
 * could differ, so that the check would approve a value the build reads otherwise or refuses: a
 * `%YAML` directive, a tag the core schema does not know (`!x`, which js-yaml refuses), an
 * unquoted date. Each is refused; the fix is to quote the value.
 */
function ambiguities(text: string, document: Document): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(/^%/gm)) offsets.push(match.index);
  for (const warning of document.warnings) offsets.push(warning.pos[0]);
  visit(document, {
    Scalar: (_, node) => {
      if (node.type === 'PLAIN' && typeof node.source === 'string' && TIMESTAMP.test(node.source) && node.range)
        offsets.push(node.range[0]);
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:') && node.range) offsets.push(node.range[0]);
    },
  });
  return [...new Set(offsets)].sort((a, b) => a - b);
}

/** A parsed YAML document that can tell where each field is written. */
export class LocatedYaml {
  readonly document: Document;
  private readonly lines = new LineCounter();
  /** Line of the file where this YAML text starts. */
  private readonly firstLine: number;

  /** The document's data, as the schemas read it; undefined when it cannot be built. */
  readonly value: unknown;
  /** Where the data could not be built (an alias to no anchor, too many aliases), as an offset. */
  private readonly valueError: number | undefined;

  constructor(text: string, firstLine: number) {
    this.firstLine = firstLine;
    // YAML 1.2's core schema: no custom tags; a document is built once, with aliases bounded.
    this.document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true, schema: 'core' });
    let value: unknown;
    let valueError: number | undefined;
    if (this.document.errors.length === 0) {
      try {
        value = this.document.toJS({ maxAliasCount: 50 });
      } catch {
        valueError = 0;
        visit(this.document, {
          Alias: (_, node) => {
            if (isAlias(node) && node.range) valueError = node.range[0];
            return visit.BREAK;
          },
        });
      }
    }
    this.value = value;
    this.valueError = valueError;
    this.ambiguous = ambiguities(text, this.document);
  }

  /** Offsets of what Astro's YAML parser would read otherwise, or refuse (see {@link ambiguities}). */
  private readonly ambiguous: number[];

  /** The YAML errors, each with its line and column in the file. */
  errors(): { line: number; column: number; code: string }[] {
    const offsets = [
      ...this.document.errors.map((error) => ({ offset: error.pos[0], code: error.code })),
      ...(this.valueError === undefined ? [] : [{ offset: this.valueError, code: 'BAD_ALIAS' }]),
      ...this.ambiguous.map((offset) => ({ offset, code: AMBIGUOUS })),
    ];
    return offsets.map(({ offset, code }) => {
      const position = this.lines.linePos(offset);
      return { line: position.line + this.firstLine - 1, column: position.col, code };
    });
  }

  /**
   * Where the field at `path` is written: its value, or for a missing field the closest
   * parent that exists. For `unknownKey`, the position of that key inside the object at `path`.
   */
  locate(path: FieldPath, unknownKey?: string): { line: number; column: number } {
    let node: unknown = this.document.contents;
    let offset = 0;
    const take = (candidate: unknown) => {
      const range = (candidate as Node | undefined)?.range;
      if (range) offset = range[0];
    };
    take(node);
    for (const key of [...path, ...(unknownKey === undefined ? [] : [unknownKey])]) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        if (key === unknownKey && isScalar(pair.key)) {
          take(pair.key);
          break;
        }
        node = pair.value;
        take(pair.value ?? pair.key);
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (node === undefined) break;
        take(node);
      } else break;
    }
    const position = this.lines.linePos(offset);
    return { line: position.line + this.firstLine - 1, column: position.col };
  }

  /** Every scalar with its path, to look for placeholders. */
  scalars(): { path: (string | number)[]; value: unknown }[] {
    const found: { path: (string | number)[]; value: unknown }[] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (isMap(node)) {
        for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
      } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
      else if (isScalar(node)) found.push({ path, value: node.value });
    };
    walk(this.document.contents, []);
    return found;
  }
}
