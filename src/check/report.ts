import type { Locale } from '../i18n/locales.ts';
import { fill, messagesFor } from './messages/index.ts';
import type { FieldPath, Problem, Shown } from './problem.ts';
import type { CheckResult } from './run.ts';

/** The field as the editor sees it in the file: `figures › item 1 › breakdown`. */
export function fieldLabel(path: FieldPath, locale: Locale): string {
  const item = messagesFor(locale).labels.item;
  // A key is the editor's text too: it may hold a line break or a direction control.
  return path.map((part) => (typeof part === 'number' ? `${item} ${part + 1}` : visible(part))).join(' › ');
}

// eslint-disable-next-line no-control-regex -- control characters are what must not reach a terminal
const UNSAFE_IN_REPORT = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Content quoted in a report, with what a terminal or a CI runner would act on written out as
 * code points: a line break in a value cannot start a line such as `::error::` (a workflow
 * command), and direction controls cannot reorder the report.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE_IN_REPORT, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

function shown(value: Shown, locale: Locale): string {
  if (typeof value === 'string') return value === '' ? messagesFor(locale).labels.nothing : visible(value);
  return messagesFor(locale).types[value.kind];
}

/** One problem in the editor's language: what is wrong, expected, found, what to do. */
export function describe(problem: Problem, locale: Locale) {
  const messages = messagesFor(locale);
  const field = problem.field ? fieldLabel(problem.field, locale) : '';
  const params: Record<string, string | number> = {
    ...Object.fromEntries(
      Object.entries(problem.params ?? {}).map(([key, value]) => [key, typeof value === 'string' ? visible(value) : value]),
    ),
    field,
    expected: shown(problem.expected, locale),
    found: shown(problem.found, locale),
  };
  const entry = messages.problems[problem.code];
  return {
    severity: messages.labels[problem.severity],
    field,
    text: fill(entry.text, params),
    expected: String(params.expected),
    found: String(params.found),
    fix: [fill(entry.fix, params), params.suggestion ? fill(messages.labels.didYouMean, params) : ''].filter(Boolean).join(' '),
  };
}

/** The report for a terminal: one block per problem, then a summary line. */
export function formatText(result: CheckResult, locale: Locale): string {
  const { labels } = messagesFor(locale);
  const blocks = result.problems.map((problem) => {
    const text = describe(problem, locale);
    return [
      `${visible(problem.file)}:${problem.line}:${problem.column}  ${text.severity} [${problem.code}]`,
      ...(text.field ? [`  ${labels.field}: ${text.field}`] : []),
      `  ${text.text}`,
      ...(problem.expected === '' ? [] : [`  ${labels.expected}: ${text.expected}`]),
      ...(problem.found === '' ? [] : [`  ${labels.found}: ${text.found}`]),
      `  ${labels.fix}: ${text.fix}`,
    ].join('\n');
  });
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const summary =
    result.problems.length === 0
      ? fill(labels.clean, { files: result.filesChecked })
      : fill(labels.summary, { errors, warnings, files: result.filesChecked });
  return [...blocks, summary].join('\n\n');
}

/** GitHub Actions annotations, shown on the changed lines of a pull request. */
export function formatGithub(result: CheckResult, locale: Locale): string {
  const { labels } = messagesFor(locale);
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return result.problems
    .map((problem) => {
      const text = describe(problem, locale);
      const message = [
        text.text,
        ...(problem.expected === '' ? [] : [`${labels.expected}: ${text.expected}`]),
        ...(problem.found === '' ? [] : [`${labels.found}: ${text.found}`]),
        `${labels.fix}: ${text.fix}`,
      ].join('\n');
      const title = text.field ? `${problem.code} (${text.field})` : problem.code;
      return `::${problem.severity} file=${escapeProperty(visible(problem.file))},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}::${escape(message)}`;
    })
    .join('\n');
}
