import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { projectCopy, projectRoot } from '../support/build-copy.ts';

/**
 * Astro 7 only logs a `reference()` to a missing entry and exits 0, and MDX runs whatever an
 * entry contains. These tests build a copy of the site with one broken or unsafe entry and
 * check that the build stops before building anything, naming the file, the line and the field,
 * with no stack trace. Every class of hostile content is refused in tests/integration/refusals.test.ts.
 */
const root = projectRoot;

/** Builds a copy with `file` edited and, optionally, files added beside it (name → source). */
function buildWith(
  file: string,
  edit: (text: string) => string,
  added: Record<string, string> = {},
  prepare: (dir: string) => void = () => {},
) {
  const dir = projectCopy('achievements-build-');
  const target = join(dir, file);
  const original = readFileSync(target, 'utf8');
  const edited = edit(original);
  assert.notEqual(edited, original, `the edit of ${file} changed nothing`);
  writeFileSync(target, edited);
  for (const [name, source] of Object.entries(added)) cpSync(join(root, source), join(dirname(target), name));
  prepare(dir);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // The copy is not a git checkout: the build date comes from here instead.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_CHECK_LANG: 'en', SOURCE_DATE_EPOCH: '1735689600' },
  });
  return { dir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build', () => {
  it('fails on a reference to a region that does not exist, naming the file and the field', () => {
    const file = 'content/achievements/copper-ware-quality-fes/ar.mdx';
    const { status, output } = buildWith(file, (text) => text.replace('regions: [fes-meknes]', 'regions: [fez-meknes]'));
    assert.equal(status, 1, output);
    assert.match(output, /content\/achievements\/copper-ware-quality-fes\/ar\.mdx:7:11 +error \[unknown-reference\]/);
    assert.match(output, /Field: regions › item 1\n +The id "fez-meknes" in regions › item 1 does not exist in content\/regions\.yaml/);
    assert.match(output, /Did you mean "fes-meknes"\?/);
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
    assert.doesNotMatch(output, /page\(s\) built/, 'nothing was built');
  });

  it('fails on a breakdown that does not add up', () => {
    const file = 'content/achievements/infrastructure-under-construction/ar.mdx';
    const { status, output } = buildWith(file, (text) => text.replace('{ value: 16, unit: village }', '{ value: 17, unit: village }'));
    assert.equal(status, 1, output);
    assert.match(
      output,
      /Field: figures › item 1 › breakdown\n +The parts of the breakdown \(17 \+ 5 .*\) add up to 68, but the total is 67\./,
    );
  });

  it('refuses an entry that would run code, before running it', () => {
    const file = 'content/achievements/literacy-programme/ar.mdx';
    const { dir, status, output } = buildWith(file, (text) =>
      text.replace('---\n\n', "---\n\nimport fs from 'node:fs';\n\n{fs.writeFileSync('pwned', 'x')}\n\n<script>alert(1)</script>\n\n"),
    );
    assert.equal(status, 1, output);
    assert.match(output, /\[mdx-import-export\]/);
    assert.match(output, /\[mdx-expression\]/);
    assert.match(output, /\[tag-forbidden\]/);
    assert.equal(existsSync(join(dir, 'pwned')), false, 'the entry’s code never ran');
  });

  it('turns an image in an entry’s text into an optimised image, with its alternative text', () => {
    const file = 'content/achievements/brocade-weaving-training/ar.mdx';
    const { dir, status, output } = buildWith(file, (text) => `${text.trimEnd()}\n\n![ورشة نسيج البروكار](./workshop.png)\n`, {
      'workshop.png': 'public/share/card-ar.png',
    });
    assert.equal(status, 0, output);
    const page = readFileSync(join(dir, 'dist/achievements/brocade-weaving-training/index.html'), 'utf8');
    const image = /<img [^>]*alt="ورشة نسيج البروكار"[^>]*>/.exec(page)?.[0] ?? '';
    assert.match(
      image,
      /src="\/_astro\/workshop\.[\w-]+\.webp"/,
      page.slice(page.indexOf('achievement-text'), page.indexOf('achievement-text') + 600),
    );
    assert.match(image, /width="1200" height="630"/);
    assert.match(image, /loading="lazy"/);
    const src = /src="\/(_astro\/[^"]+)"/.exec(image)![1]!;
    assert.ok(existsSync(join(dir, 'dist', src)), `${src} is written`);
  });

  it('builds the same site with Astro’s content data store loaded in pieces', () => {
    // Today's store is smaller than one piece: cut it into pieces of 997 characters instead.
    const split = buildWith('astro.config.mjs', (text) => text.replace('dataStoreInPieces()', 'dataStoreInPieces({ pieceLength: 997 })'));
    const whole = buildWith('astro.config.mjs', (text) => text.replace('dataStoreInPieces()', 'dataStoreInPieces({ pieceLength: 1e9 })'));
    assert.equal(split.status, 0, split.output);
    assert.equal(whole.status, 0, whole.output);
    assert.match(
      split.output,
      /\[data-store-in-pieces\] content data store \([\d.]+ M characters\) loaded in \d{2,} pieces/,
      'the data store was not loaded in pieces: Astro’s data store module changed shape (src/integrations/data-store-literal.ts)',
    );
    assert.doesNotMatch(whole.output, /loaded in \d+ pieces/);
    const files = (dir: string) =>
      readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(html|json|csv|xml)$/.test(file))
        .sort();
    assert.deepEqual(files(split.dir), files(whole.dir));
    assert.ok(files(split.dir).length > 200);
    // Two copies in two folders: every page must be the same, <head> (font names, policy hashes) included.
    const content = (dir: string, file: string) => readFileSync(join(dir, 'dist', file), 'utf8');
    for (const file of files(split.dir)) assert.equal(content(split.dir, file), content(whole.dir, file), file);
    assert.match(readFileSync(join(split.dir, 'dist/achievements/law-50-17-adoption/index.html'), 'utf8'), /30 يوليوز 2020/);
  });
});
