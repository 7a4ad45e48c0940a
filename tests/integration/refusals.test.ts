import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildCopy, projectCopy, projectRoot } from '../support/build-copy.ts';
import { applyFixture, readFixture, type ExpectedProblem } from '../support/check-fixture.ts';

/**
 * Every class of hostile or careless content, three fixtures or more each, refused by the build
 * as by the content check: the build fails naming each file and line, prints no stack trace,
 * and writes no page. Each fixture breaks an entry of its own, so one build of the site holds them all.
 */
const refusedClasses: Record<string, readonly string[]> = {
  'Markdown that only the renderer reads as a link or an element': [
    '55-autolink-literals',
    '69-markdown-only-the-renderer-sees',
    '71-gfm-constructs-hide-links',
  ],
  'images judged by their bytes': ['58-image-bytes-not-image', '76-image-polyglot-and-bomb', '80-image-named-otherwise'],
  'paths and symbolic links out of the entry’s folder': ['57-image-outside-folder', '59-symlinks', '66-image-path-escapes'],
  'links outside the allow-list': ['54-link-scheme-not-allowed', '72-link-schemes-more', '73-link-shapes'],
  'characters written as escapes or entities': ['61-escaped-characters-in-data', '62-characters-as-entities', '68-invisible-characters'],
  'reference-style links and images': [
    '56-reference-links-and-images',
    '74-reference-definitions-elsewhere',
    '75-reference-definitions-encoded',
  ],
  'text that cannot or must not be rendered': ['33-mdx-syntax', '39-forbidden-tags', '70-nested-too-deeply'],
  'files the parsers would read otherwise or not at all': [
    '67-yaml-read-otherwise',
    '77-text-not-utf8',
    '78-frontmatter-not-a-mapping',
    '79-text-too-large',
  ],
};

const entries = readdirSync(join(projectRoot, 'content/achievements')).sort();

interface Applied {
  fixture: string;
  entry: string;
  expected: ExpectedProblem[];
}

/** A copy of the project with every fixture applied, each to an entry of its own; then `npm run build`. */
function buildWithFixtures(names: readonly string[], { withoutCheck = false } = {}) {
  const dir = projectCopy('achievements-refusals-');
  const written = new Map<string, string>();
  const applied: Applied[] = names.map((fixture, index) => {
    const entry = entries[index]!;
    const { files } = readFixture(fixture);
    // Two fixtures writing one data file would hide each other.
    for (const file of Object.keys(files).filter((name) => !name.startsWith('achievements/'))) {
      assert.equal(written.get(file), undefined, `${fixture} and ${written.get(file)} both write ${file}`);
      written.set(file, fixture);
    }
    return { fixture, entry, expected: applyFixture(join(dir, 'content'), readFixture(fixture), entry) };
  });
  if (withoutCheck) {
    // The pipeline's own switch: the loaders store the reading without judging it.
    const config = join(dir, 'src/content.config.ts');
    const text = readFileSync(config, 'utf8');
    const edited = text.replace('{ check: true }', '{ check: false }');
    assert.notEqual(edited, text, 'the content check is left out of the build');
    writeFileSync(config, edited);
  }
  const { status, output } = buildCopy(dir);
  return { dir, applied, status, output };
}

/** Every file the build wrote, if it wrote any. */
function written(dir: string): string[] {
  const dist = join(dir, 'dist');
  return existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }) : [];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the build refuses what the content check refuses', () => {
  const all = Object.values(refusedClasses).flat();

  it('holds three fixtures or more for each class', () => {
    for (const [name, fixtures] of Object.entries(refusedClasses)) assert.ok(fixtures.length >= 3, name);
    assert.equal(new Set(all).size, all.length, 'each fixture in one class');
    assert.ok(all.length <= entries.length, 'an entry for each fixture');
  });

  it('naming every file and line of every class, with no stack trace and no page written', () => {
    const { dir, applied, status, output } = buildWithFixtures(all);
    assert.equal(status, 1, output.slice(-3000));
    for (const [name, fixtures] of Object.entries(refusedClasses))
      for (const { fixture, expected } of applied.filter((item) => fixtures.includes(item.fixture)))
        for (const problem of expected.filter((item) => item.severity === 'error'))
          assert.match(
            output,
            new RegExp(`${escape(problem.file)}:${problem.line}:\\d+ +error \\[${problem.code}\\]`),
            `${name}: ${fixture} (${problem.code} at ${problem.file}:${problem.line})`,
          );
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
    assert.doesNotMatch(output, /root:x:0:0/, 'nothing read through a symbolic link is printed');
    const files = written(dir);
    assert.deepEqual(
      files.filter((file) => /\.(html|xml|json|csv|png|jpe?g|webp|avif|svg)$/.test(file)),
      [],
      'nothing of the site was written',
    );
  });
});

describe('the build refuses them on its own, with the content check left out', () => {
  // What the renderer sees: the tree of the text, its links and its images' files.
  const rendered = [
    'Markdown that only the renderer reads as a link or an element',
    'images judged by their bytes',
    'paths and symbolic links out of the entry’s folder',
    'links outside the allow-list',
    'reference-style links and images',
    'text that cannot or must not be rendered',
  ]
    .flatMap((name) => refusedClasses[name]!)
    // A data file that cannot be read (59 links categories.yaml away) stops the loaders before any text.
    .filter((name) => name !== '59-symlinks');

  it('naming every entry, with no stack trace and no page written', () => {
    const { dir, applied, status, output } = buildWithFixtures(rendered, { withoutCheck: true });
    assert.equal(status, 1, output.slice(-3000));
    assert.doesNotMatch(output, /\[content-check\]|files checked/, 'the check did not run');
    assert.match(output, /An achievement's text cannot be rendered/);
    for (const { fixture, entry } of applied) assert.match(output, new RegExp(`content/achievements/${entry}/ar\\.mdx`), fixture);
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
    assert.doesNotMatch(output, /root:x:0:0/, 'nothing read through a symbolic link is printed');
    assert.deepEqual(
      written(dir).filter((file) => /\.(html|png|jpe?g|webp|avif|svg)$/.test(file)),
      [],
      'nothing of the site was written',
    );
  });
});
