import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A fixture of tests/fixtures/check/: files that break the real content in one way, and the
 * problems the content check must report for them.
 */
export interface ExpectedProblem {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  line: number;
  field?: string;
}

export interface CheckFixture {
  description: string;
  files: Record<string, string>;
  delete: string[];
  /** Files given by their bytes in base64: images, and texts in other encodings. */
  binaryFiles?: Record<string, string>;
  /** Files of a given size in bytes, for the size limits. */
  sizedFiles: Record<string, number>;
  /** Symbolic links to make (path → target), replacing any file there. */
  symlinks?: Record<string, string>;
  /** `exact`: these problems and no other; `includes`: at least these. */
  match: 'exact' | 'includes';
  expected: ExpectedProblem[];
}

export const fixturesDir = fileURLToPath(new URL('../fixtures/check/', import.meta.url));

export const fixtureNames = (): string[] => readdirSync(fixturesDir).sort();

export function readFixture(name: string): CheckFixture {
  return JSON.parse(readFileSync(join(fixturesDir, name, 'fixture.json'), 'utf8')) as CheckFixture;
}

/** The entry most fixtures break; {@link applyFixture} can move them to another one. */
export const FIXTURE_ENTRY = 'standards-projects-agreement';

/**
 * Writes a fixture over a copy of the content folder. With `entry`, what it does to the
 * fixtures' entry is done to that one instead, with that entry's own source line, so that
 * several fixtures can break one copy of the site; the paths of its problems follow.
 */
export function applyFixture(contentDir: string, fixture: CheckFixture, entry = FIXTURE_ENTRY): ExpectedProblem[] {
  const moved = (file: string) => file.replace(`achievements/${FIXTURE_ENTRY}/`, `achievements/${entry}/`);
  const target = (file: string) => join(contentDir, moved(file));
  const ownSource = /^source: .*$/m.exec(readFileSync(join(contentDir, 'achievements', entry, 'ar.mdx'), 'utf8'))?.[0] ?? '';
  for (const file of fixture.delete) rmSync(target(file));
  for (const [file, text] of Object.entries(fixture.files)) {
    mkdirSync(dirname(target(file)), { recursive: true });
    const own = entry === FIXTURE_ENTRY || !file.endsWith('/ar.mdx') ? text : text.replace(/^source: \{ line: 28 \}$/m, ownSource);
    writeFileSync(target(file), own);
  }
  for (const [file, bytes] of Object.entries(fixture.binaryFiles ?? {})) {
    mkdirSync(dirname(target(file)), { recursive: true });
    writeFileSync(target(file), Buffer.from(bytes, 'base64'));
  }
  for (const [file, size] of Object.entries(fixture.sizedFiles)) writeFileSync(target(file), Buffer.alloc(size));
  for (const [file, link] of Object.entries(fixture.symlinks ?? {})) {
    rmSync(target(file), { force: true });
    symlinkSync(link, target(file));
  }
  return fixture.expected.map((problem) => ({ ...problem, file: `content/${moved(problem.file.replace(/^content\//, ''))}` }));
}
