import type { z } from 'astro/zod';
import type { LocatedYaml } from '../frontmatter.ts';
import type { FieldPath, Problem, Shown, ValueKind } from '../problem.ts';
import { closest } from '../suggest.ts';

type Issue = z.core.$ZodIssue;

/** Example values shown for fields whose format is checked by a pattern. */
const formatExamples: Record<string, string> = {
  id: 'literacy-programme',
  region: 'draa-tafilalet',
  seat: 'casablanca',
  code: 'MA-08',
  acronym: 'OFPPT',
  number: '50-17',
};

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'undefined') return kind;
  return 'object';
}

function shownValue(value: unknown): Shown {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return { kind: kindOf(value) };
}

function expectedKind(expected: string): Shown {
  if (expected === 'int') return { kind: 'integer' };
  const kinds: readonly string[] = ['string', 'number', 'boolean', 'array', 'object', 'null'];
  return kinds.includes(expected) ? { kind: expected as ValueKind } : expected;
}

/**
 * Turns the schema's issues into problems for the editor: where the field is written, what
 * was expected and what was found. Custom rules carry a `rule` param naming their message.
 */
export function schemaProblems(issues: readonly Issue[], yaml: LocatedYaml, file: string): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path as FieldPath;
    const at = (extra?: string) => ({ file, ...yaml.locate(path, extra), field: path, severity: 'error' as const });
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type':
        if (input === undefined)
          return [{ ...at(), code: 'required-field', expected: expectedKind(issue.expected), found: { kind: 'undefined' } }];
        if (issue.expected === 'int' && typeof input === 'number') {
          return [{ ...at(), code: 'not-integer', expected: String(Math.round(input * 1000)), found: String(input) }];
        }
        // The whole frontmatter is a list or a value: there is no field to name.
        if (path.length === 0 && issue.expected === 'object')
          return [{ ...at(), field: undefined, code: 'fields-not-mapping', expected: { kind: 'object' }, found: shownValue(input) }];
        return [{ ...at(), code: 'wrong-type', expected: expectedKind(issue.expected), found: shownValue(input) }];
      case 'invalid_value': {
        if (input === undefined)
          return [{ ...at(), code: 'required-field', expected: issue.values.map(String).join(', '), found: { kind: 'undefined' } }];
        const suggestion = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
        return [
          {
            ...at(),
            code: 'invalid-option',
            expected: issue.values.map(String).join(', '),
            found: shownValue(input),
            ...(suggestion ? { params: { suggestion } } : {}),
          },
        ];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          ...at(key),
          field: [...path, key],
          code: 'unknown-field',
          expected: 'content/FIELDS.md',
          found: key,
        }));
      case 'invalid_format': {
        const name = String(path.at(-1) ?? '');
        const lastText = [...path].reverse().find((part) => typeof part === 'string') ?? '';
        return [
          {
            ...at(),
            code: 'invalid-format',
            expected: formatExamples[name] ?? formatExamples[lastText] ?? issue.message,
            found: shownValue(input),
          },
        ];
      }
      case 'too_big':
        return [
          { ...at(), code: 'wrong-type', expected: issue.message, found: Array.isArray(input) ? String(input.length) : shownValue(input) },
        ];
      case 'too_small':
        return [
          {
            ...at(),
            code: 'too-small',
            expected: `>= ${String(issue.minimum)}`,
            found: Array.isArray(input) ? String(input.length) : shownValue(input),
          },
        ];
      case 'custom':
        return customProblem(issue.params ?? {}, input, at);
      default:
        return [{ ...at(), code: 'wrong-type', expected: issue.message, found: shownValue(input) }];
    }
  });
}

type Locate = () => Pick<Problem, 'file' | 'line' | 'column' | 'field' | 'severity'>;

function customProblem(params: Record<string, unknown>, input: unknown, at: Locate): Problem[] {
  const text = (key: string) => String(params[key] ?? '');
  switch (params.rule) {
    case 'unknown-reference':
      return [{ ...at(), code: 'unknown-reference', expected: text('file'), found: shownValue(input), params: { file: text('file') } }];
    case 'breakdown-sum':
      return [{ ...at(), code: 'breakdown-sum', expected: text('total'), found: text('sum'), params: { parts: text('parts') } }];
    case 'invalid-date':
      return [{ ...at(), code: 'invalid-date', expected: 'YYYY, YYYY-MM, YYYY-MM-DD', found: shownValue(input) }];
    case 'scope-needs-regions':
      return [{ ...at(), code: 'scope-needs-regions', expected: 'regions: [...]', found: 'regions: []' }];
    case 'scope-has-regions':
      return [{ ...at(), code: 'scope-has-regions', expected: 'regional', found: text('scope') }];
    case 'place-outside-regions':
      return [{ ...at(), code: 'place-outside-regions', expected: text('region'), found: text('place') }];
    case 'figure-place-not-listed':
      return [{ ...at(), code: 'figure-place-not-listed', expected: `places: [${text('place')}]`, found: text('place') }];
    case 'duplicate-search-word':
      return [{ ...at(), code: 'duplicate-search-word', expected: '', found: text('word') }];
    case 'alias-is-name':
      return [{ ...at(), code: 'alias-is-name', expected: '', found: text('alias') }];
    default:
      return [{ ...at(), code: 'wrong-type', expected: '', found: shownValue(input) }];
  }
}
