import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { problemCodes } from '../../src/check/problem.ts';
import { formatGithub, formatText } from '../../src/check/report.ts';
import { checkContent } from '../../src/check/run.ts';

/**
 * Random damage to valid entries (deleted lines, swapped types, truncation, injected control
 * characters and stray syntax) must never crash the check or reach the editor as a stack
 * trace: every outcome is a list of problems with a place and a message.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'content-mutations-'));
after(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });

const files = readdirSync(join(project, 'content/achievements'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => join(project, 'content/achievements', file))
  .concat(['regions.yaml', 'partners.yaml'].map((file) => join(project, 'content', file)))
  .sort();

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const injected = [
  '\u202e',
  '\u2066',
  '\u0000',
  '\u0007',
  '\u200b',
  '\ufeff',
  '\u0640',
  '٣',
  '{',
  '}',
  '<',
  '>',
  '<script>',
  '---',
  ':',
  '- ',
  '"',
  "'",
  '\t',
  '\r',
  'TODO',
  '{...x}',
  'import x from "y"',
  '![](data:x)',
];

type Mutation = (text: string, next: () => number) => string;
const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;
const mutations: Record<string, Mutation> = {
  'delete a line': (text, next) => {
    const lines = text.split('\n');
    lines.splice(Math.floor(next() * lines.length), 1);
    return lines.join('\n');
  },
  'duplicate a line': (text, next) => {
    const lines = text.split('\n');
    const index = Math.floor(next() * lines.length);
    lines.splice(index, 0, lines[index] ?? '');
    return lines.join('\n');
  },
  'swap a number for a word': (text) => text.replace(/\b\d+\b/, 'many'),
  'swap a word for a number': (text) => text.replace(/: [a-z][a-z-]*/, ': 42'),
  'turn a value into a list': (text) => text.replace(/: ([^\n[{]+)\n/, ': [$1]\n'),
  truncate: (text, next) => text.slice(0, Math.floor(next() * text.length)),
  'inject a character': (text, next) => {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + pick(injected, next) + text.slice(at);
  },
  'remove indentation': (text) => text.replace(/\n {2,}/, '\n'),
  'empty the file': () => '',
};

describe('random mutations of valid entries', () => {
  const next = random(20261129);
  const names = Object.keys(mutations);
  const runs = 240;

  it(`never crash the check or print a stack trace (${runs} runs)`, () => {
    const seen = new Set<string>();
    for (let run = 0; run < runs; run++) {
      const file = pick(files, next);
      const name = names[run % names.length]!;
      const original = readFileSync(file, 'utf8');
      const mutated = mutations[name]!(original, next);
      writeFileSync(file, mutated);
      try {
        const result = checkContent(pathToFileURL(`${project}/`));
        for (const problem of result.problems) {
          assert.ok(problemCodes.includes(problem.code), `${name}: unknown code ${problem.code}`);
          assert.ok(problem.line >= 1 && problem.column >= 1, `${name}: ${problem.file}:${problem.line}:${problem.column}`);
          assert.ok(problem.file.startsWith('content/'), problem.file);
          seen.add(problem.code);
        }
        for (const locale of ['ar', 'fr', 'en'] as const) {
          const report = formatText(result, locale) + formatGithub(result, locale);
          assert.doesNotMatch(report, /\n\s+at [\w.<]+ \(|undefined|\[object Object\]|\{\w+\}/, `${name} on ${file}:\n${report}`);
        }
      } finally {
        writeFileSync(file, original);
      }
    }
    // The mutations reached well beyond one kind of problem.
    assert.ok(seen.size >= 10, [...seen].join(', '));
  });
});
