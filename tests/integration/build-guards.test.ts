import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * Astro 7 only logs a `reference()` to a missing entry and exits 0. These tests build a copy
 * of the site with one broken reference and check that the build fails, naming the file and
 * the field.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];

after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'achievements-build-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const target = join(dir, file);
  const original = readFileSync(target, 'utf8');
  const edited = edit(original);
  assert.notEqual(edited, original, `the edit of ${file} changed nothing`);
  writeFileSync(target, edited);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build', () => {
  it('fails on a reference to a region that does not exist, naming the file and the field', () => {
    const file = 'content/achievements/copper-ware-quality-fes/ar.mdx';
    const { status, output } = buildWith(file, (text) => text.replace('regions: [fes-meknes]', 'regions: [fez-meknes]'));
    assert.notEqual(status, 0, output);
    assert.match(output, /copper-ware-quality-fes/);
    assert.match(output, /regions\.0: unknown region "fez-meknes": use an id listed in content\/regions\.yaml/);
  });

  it('fails on a breakdown that does not add up', () => {
    const file = 'content/achievements/infrastructure-under-construction/ar.mdx';
    const { status, output } = buildWith(file, (text) => text.replace('{ value: 16, unit: village }', '{ value: 17, unit: village }'));
    assert.notEqual(status, 0, output);
    assert.match(output, /figures\.0\.breakdown: the parts add up to 68 .* but the total is 67/);
  });
});
