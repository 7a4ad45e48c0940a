import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkContent, checkContentAndImages } from '../../src/check/run.ts';
import { applyFixture, fixtureNames, readFixture, type CheckFixture, type ExpectedProblem } from '../support/check-fixture.ts';

/**
 * Each fixture in tests/fixtures/check/ breaks the real content in one way (a few break it in
 * several): files to write over it, files to delete. The check must report exactly the
 * problems the fixture lists: code, severity, file, line and field.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fixtureNames();
const scratch = mkdtempSync(join(tmpdir(), 'content-check-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the project's content with the fixture applied. */
function contentWith(name: string, fixture: CheckFixture): URL {
  const project = join(scratch, name);
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
  applyFixture(join(project, 'content'), fixture);
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
    const fixture = readFixture(name);
    it(`${name}: ${fixture.description}`, async () => {
      const { problems } = await checkContentAndImages(contentWith(name, fixture));
      const found = problems.map((problem) => key({ ...problem, field: problem.field?.join('.') } as ExpectedProblem));
      const expected = fixture.expected.map(key);
      if (fixture.match === 'exact') assert.deepEqual(found.sort(), expected.sort());
      else for (const line of expected) assert.ok(found.includes(line), `${line} not in:\n${found.join('\n')}`);
    });
  }
});
