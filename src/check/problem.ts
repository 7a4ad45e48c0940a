/**
 * A problem the content check found in an editor's file. Everything an editor needs is here;
 * the wording, in Arabic, French or English, comes from `messages/`.
 */
export type Severity = 'error' | 'warning';

/** The path to a field as it is written in the file: keys and (0-based) list positions. */
export type FieldPath = readonly (string | number)[];

export interface Problem {
  /** Key of the message that describes the problem (`messages/ar.ts`). */
  code: ProblemCode;
  severity: Severity;
  /** Path from the project root, with forward slashes. */
  file: string;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  /** The frontmatter field concerned, when there is one. */
  field?: FieldPath;
  /** What the file should have there, and what it has: values, ids, code points, kinds. */
  expected: Shown;
  found: Shown;
  /** Other values for the message's placeholders (`{file}`, `{parts}`, …). */
  params?: Record<string, string | number>;
}

/** The kinds of value a field can take, named in the editor's language by the report. */
export type ValueKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null' | 'undefined';

/** A value as shown to the editor: literal text, or a kind of value to be named in their language. */
export type Shown = string | { kind: ValueKind };

export const problemCodes = [
  'file-unreadable',
  'text-too-large',
  'not-utf8',
  'frontmatter-missing',
  'fields-not-mapping',
  'yaml-syntax',
  'yaml-ambiguous',
  'data-not-list',
  'required-field',
  'wrong-type',
  'unknown-field',
  'invalid-option',
  'invalid-format',
  'too-small',
  'not-integer',
  'unknown-reference',
  'breakdown-sum',
  'invalid-date',
  'scope-needs-regions',
  'scope-has-regions',
  'place-outside-regions',
  'figure-place-not-listed',
  'duplicate-search-word',
  'alias-is-name',
  'source-line',
  'duplicate-source-line',
  'duplicate-id',
  'duplicate-tile',
  'placeholder',
  'slug-invalid',
  'missing-arabic',
  'missing-translation',
  'unexpected-file',
  'empty-text',
  'translation-drift',
  'bidi-control',
  'not-nfc',
  'tatweel',
  'zero-width',
  'arabic-indic-digits',
  'control-character',
  'mdx-syntax',
  'mdx-import-export',
  'mdx-expression',
  'mdx-expression-attribute',
  'component-not-allowed',
  'tag-forbidden',
  'tag-not-allowed',
  'attribute-not-allowed',
  'event-handler',
  'unsafe-url',
  'image-remote',
  'image-missing',
  'image-format',
  'image-too-large',
  'image-undecodable',
  'image-alt-missing',
  'image-outside',
  'image-type',
  'symlink',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/** Position of a character offset in a text, 1-based. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
