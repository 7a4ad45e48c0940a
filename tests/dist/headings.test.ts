import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * Every built page has one h1 and never skips a heading level going down (h1 then h3): screen
 * reader users move by headings, and Lighthouse's accessibility score counts it.
 */
const dist = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

describe('headings', () => {
  it('one h1 per page and no level skipped on the way down', () => {
    const problems: string[] = [];
    for (const file of filesUnder(dist).filter((path) => path.endsWith('.html'))) {
      const levels = [...readFileSync(file, 'utf8').matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
      const page = relative(dist, file);
      if (levels.filter((level) => level === 1).length !== 1) problems.push(`${page}: ${levels.filter((level) => level === 1).length} h1`);
      levels.forEach((level, index) => {
        const previous = levels[index - 1] ?? 0;
        if (level > previous + 1) problems.push(`${page}: h${level} after h${previous}`);
      });
    }
    assert.deepEqual(problems, []);
  });
});
