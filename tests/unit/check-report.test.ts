import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGithub, formatText, visible } from '../../src/check/report.ts';
import type { CheckResult } from '../../src/check/run.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';

/** Problems whose quoted content tries to smuggle lines and direction controls into the report. */
const hostile: CheckResult = {
  filesChecked: 2,
  images: [],
  problems: [
    {
      code: 'unexpected-file',
      severity: 'error',
      file: 'content/achievements/x/notes\n::error file=README.md::pwned.txt',
      line: 1,
      column: 1,
      expected: 'ar.mdx, fr.mdx, en.mdx',
      found: 'notes\n::error file=README.md::pwned\r\n::add-mask::x\u2028::stop-commands::y.txt',
    },
    {
      code: 'yaml-syntax',
      severity: 'error',
      file: 'content/partners.yaml',
      line: 3,
      column: 1,
      expected: 'YAML',
      found: 'a\u202Eb',
      field: ['x\n::error title=pwned::injected', 'a\u202Eb'],
      params: { detail: 'x\n::set-env name=A::1\u0085::warning::z' },
    },
  ],
};

describe('the content check’s report, whatever the content holds', () => {
  for (const locale of Object.keys(locales) as Locale[]) {
    it(`prints no workflow command and no direction control (${locale})`, () => {
      const text = formatText(hostile, locale);
      const github = formatGithub(hostile, locale);
      // A runner reads a line break on \n (and \r); the Unicode line separators are written out too.
      assert.deepEqual(
        text.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::')),
        [],
        text,
      );
      // The annotations are the GitHub format's own commands: one line per problem, none from the content.
      const lines = github.split(/\r\n|\r|\n/);
      assert.equal(lines.length, hostile.problems.length, github);
      for (const line of lines) assert.match(line, /^::error file=content\/[^,]*,line=\d+,col=\d+,title=[^:]*::[^\n]*$/);
      for (const report of [text, github]) assert.doesNotMatch(report, /[\u2028\u2029\u0085\u202A-\u202E\u2066-\u2069]/u);
    });
  }

  it('writes what a terminal would act on as code points', () => {
    assert.equal(visible('a\nb\u202Ec'), 'a<U+000A>b<U+202E>c');
    assert.equal(visible('صناعة Fès'), 'صناعة Fès');
  });
});
