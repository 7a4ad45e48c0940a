import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkContent, checkContentAndImages } from '../../src/check/run.ts';

/**
 * Each fixture in tests/fixtures/check/ breaks the real content in one way (a few break it in
 * several): files to write over it, files to delete. The check must report exactly the
 * problems the fixture lists: code, severity, file, line and field.
 */
interface ExpectedProblem {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  line: number;
  field?: string;
}

interface Fixture {
  description: string;
  files: Record<string, string>;
  delete: string[];
  /** Files given by their bytes in base64: images, and texts in other encodings. */
  binaryFiles?: Record<string, string>;
  /** Files of a given size in bytes, for the image limits. */
  sizedFiles: Record<string, number>;
  /** Symbolic links to make (path → target), replacing any file there. */
  symlinks?: Record<string, string>;
  /** `exact`: these problems and no other; `includes`: at least these. */
  match: 'exact' | 'includes';
  expected: ExpectedProblem[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = join(root, 'tests/fixtures/check');
const fixtures = readdirSync(fixturesDir).sort();
const scratch = mkdtempSync(join(tmpdir(), 'content-check-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the project's content with the fixture applied. */
function contentWith(name: string, fixture: Fixture): URL {
  const project = join(scratch, name);
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
  for (const file of fixture.delete) rmSync(join(project, 'content', file));
  for (const [file, text] of Object.entries(fixture.files)) {
    mkdirSync(dirname(join(project, 'content', file)), { recursive: true });
    writeFileSync(join(project, 'content', file), text);
  }
  for (const [file, bytes] of Object.entries(fixture.binaryFiles ?? {})) {
    mkdirSync(dirname(join(project, 'content', file)), { recursive: true });
    writeFileSync(join(project, 'content', file), Buffer.from(bytes, 'base64'));
  }
  for (const [file, size] of Object.entries(fixture.sizedFiles)) writeFileSync(join(project, 'content', file), Buffer.alloc(size));
  for (const [file, target] of Object.entries(fixture.symlinks ?? {})) {
    rmSync(join(project, 'content', file), { force: true });
    symlinkSync(target, join(project, 'content', file));
  }
  return pathToFileURL(`${project}/`);
}

const key = (problem: ExpectedProblem) =>
  `${problem.severity} ${problem.code} ${problem.file}:${problem.line}${problem.field ? ` [${problem.field}]` : ''}`;

describe('content check fixtures', () => {
  it('cover at least 25 kinds of malformed content', () => {
    assert.ok(fixtures.length >= 25, `${fixtures.length} fixtures`);
  });

  it('the real content has no problem', () => {
    const result = checkContent(pathToFileURL(root));
    assert.deepEqual(result.problems, []);
    assert.ok(result.filesChecked >= 100);
  });

  for (const name of fixtures) {
    const fixture = JSON.parse(readFileSync(join(fixturesDir, name, 'fixture.json'), 'utf8')) as Fixture;
    it(`${name}: ${fixture.description}`, async () => {
      const { problems } = await checkContentAndImages(contentWith(name, fixture));
      const found = problems.map((problem) => key({ ...problem, field: problem.field?.join('.') } as ExpectedProblem));
      const expected = fixture.expected.map(key);
      if (fixture.match === 'exact') assert.deepEqual(found.sort(), expected.sort());
      else for (const line of expected) assert.ok(found.includes(line), `${line} not in:\n${found.join('\n')}`);
    });
  }
});
