import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AFTER_ASTRO, leaveToBuildScript, type AfterAstroStep } from '../../src/integrations/after-astro.ts';

describe('steps left to the build script (npm run build)', () => {
  const search: AfterAstroStep = { step: 'search-index', site: '/site/dist', pages: { ar: 'achievements/*/index.html' } };
  const worker: AfterAstroStep = { step: 'service-worker', root: '/site/dist', base: '/', locales: ['ar', 'fr'] };

  it('run in Astro’s process when the build script did not ask for them (astro build alone)', () => {
    assert.equal(leaveToBuildScript(search, {}), false);
  });

  it('are listed in order, with what they need, when it did', () => {
    const folder = mkdtempSync(join(tmpdir(), 'after-astro-test-'));
    try {
      const file = join(folder, 'steps.jsonl');
      assert.equal(leaveToBuildScript(search, { [AFTER_ASTRO]: file }), true);
      assert.equal(leaveToBuildScript(worker, { [AFTER_ASTRO]: file }), true);
      const steps = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AfterAstroStep);
      assert.deepEqual(steps, [search, worker]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
