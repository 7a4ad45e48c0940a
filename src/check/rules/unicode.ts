import { NOT_XML } from '../../lib/characters.ts';
import { positionAt, type Problem, type ProblemCode } from '../problem.ts';

/** Characters the site's text policy rejects, each with the problem it is. */
const rules: { pattern: RegExp; code: ProblemCode; expected: string }[] = [
  // Explicit embeddings, overrides and isolates can reorder what a reader sees (Trojan Source).
  { pattern: /[\u061C\u202A-\u202E\u2066-\u2069]/g, code: 'bidi-control', expected: '' },
  // Characters that show nothing: zero-width, soft hyphen, fillers, invisible operators, tags.
  {
    pattern:
      // eslint-disable-next-line no-misleading-character-class -- each of these is refused alone, combining or not
      /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}\u{1D173}-\u{1D17A}]/gu,
    code: 'zero-width',
    expected: '',
  },
  { pattern: /\u0640/g, code: 'tatweel', expected: '' },
  { pattern: /[\u0660-\u0669\u06F0-\u06F9]+/g, code: 'arabic-indic-digits', expected: '0-9' },
  // Control characters (not tab or line breaks) and non-characters: XML (the feeds, the sitemap) cannot hold them.
  { pattern: new RegExp(`${NOT_XML.source}|[\\u007F-\\u009F\\u2028\\u2029]`, 'g'), code: 'control-character', expected: '' },
];

const codePoint = (text: string) =>
  [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** A value as the site will use it (a YAML string unescaped, a text with its entities decoded), where it is written. */
export interface DecodedValue {
  value: string;
  line: number;
  column: number;
}

/**
 * The same character rules on decoded values, so that `"\u202E"` in YAML or `&#x202E;` in the
 * text is refused like the character itself. A problem the raw file already shows on the same
 * line is not reported twice.
 */
export function decodedProblems(values: readonly DecodedValue[], file: string, raw: readonly Problem[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set(raw.map((problem) => `${problem.code}@${problem.line}`));
  for (const { value, line, column } of values) {
    for (const rule of rules) {
      for (const match of value.matchAll(rule.pattern)) {
        if (seen.has(`${rule.code}@${line}`)) continue;
        seen.add(`${rule.code}@${line}`);
        problems.push({
          code: rule.code,
          severity: 'error',
          file,
          line,
          column,
          expected: rule.expected,
          found: rule.code === 'arabic-indic-digits' ? match[0] : codePoint(match[0]),
        });
      }
    }
  }
  return problems;
}

/**
 * Unicode problems anywhere in a file: direction controls, invisible characters, tatweel,
 * Eastern Arabic digits, and text that is not in NFC.
 */
export function unicodeProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(rule.pattern)) {
      const found = rule.code === 'arabic-indic-digits' ? match[0] : codePoint(match[0]);
      problems.push({ code: rule.code, severity: 'error', file, ...positionAt(text, match.index), expected: rule.expected, found });
    }
  }
  // Report the first word on each line that NFC would change (most files have none to report).
  if (text === text.normalize('NFC')) return problems;
  text.split('\n').forEach((lineText, index) => {
    if (lineText === lineText.normalize('NFC')) return;
    const word = lineText.split(/(\s+)/).find((part) => part !== part.normalize('NFC')) ?? lineText;
    problems.push({
      code: 'not-nfc',
      severity: 'error',
      file,
      line: index + 1,
      column: lineText.indexOf(word) + 1,
      expected: word.normalize('NFC'),
      found: codePoint(word),
    });
  });
  return problems;
}
