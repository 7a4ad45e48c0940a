import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/check/frontmatter.ts';
import { checkContent } from '../../src/check/run.ts';
import { readSourceBullets } from '../../src/check/source.ts';
import { writeSyntheticAchievements } from '../support/synthetic-content.ts';

/**
 * The scale benchmark's generator (`npm run bench:scale`) must produce what an editor could
 * have written: entries that pass the whole content check, tied to bullets of the source
 * document, spread over the real categories, regions and partners.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];
after(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

function generated(count: number, seed: number) {
  const copy = mkdtempSync(join(tmpdir(), 'synthetic-'));
  copies.push(copy);
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  const result = writeSyntheticAchievements(pathToFileURL(join(copy, 'content/')), { count, seed });
  return { copy, result };
}

const facts = (copy: string, slug: string) =>
  parse(splitFrontmatter(readFileSync(join(copy, 'content/achievements', slug, 'ar.mdx'), 'utf8'))!.yaml) as Record<string, unknown>;

describe('synthetic achievements', () => {
  const { copy, result } = generated(120, 3);

  it('pass the content check with no problem at all', () => {
    const check = checkContent(pathToFileURL(`${copy}/`));
    assert.deepEqual(check.problems, []);
    // Everything the real content has, and 120 synthetic achievements of three files each.
    assert.equal(check.filesChecked, checkContent(pathToFileURL(root)).filesChecked + 120 * 3);
  });

  it('write one folder per achievement with its three languages', () => {
    assert.equal(result.slugs.length, 120);
    assert.equal(result.files, 360);
    for (const slug of result.slugs)
      assert.deepEqual(readdirSync(join(copy, 'content/achievements', slug)).sort(), ['ar.mdx', 'en.mdx', 'fr.mdx']);
  });

  it('tie each achievement to a bullet of its category, after the real ones', () => {
    const bullets = readSourceBullets(readFileSync(join(copy, 'content/source/report.ar.txt'), 'utf8'));
    const realBullets = readSourceBullets(readFileSync(join(root, 'content/source/report.ar.txt'), 'utf8'));
    assert.deepEqual(bullets.slice(0, realBullets.length), realBullets);
    const categories = parse(readFileSync(join(root, 'content/categories.yaml'), 'utf8')) as { id: string; name: { ar: string } }[];
    for (const slug of result.slugs) {
      const entry = facts(copy, slug) as { category: string; source: { line: number } };
      const bullet = bullets.find((candidate) => candidate.line === entry.source.line);
      assert.equal(bullet?.heading, categories.find((category) => category.id === entry.category)?.name.ar, slug);
    }
  });

  it('vary over the real categories, regions, partners, years and text lengths', () => {
    const all = result.slugs.map((slug) => facts(copy, slug)) as {
      category: string;
      scope: string;
      regions?: string[];
      partners?: string[];
      dates?: { date: string }[];
      figures?: { breakdown?: unknown }[];
    }[];
    assert.equal(new Set(all.map((entry) => entry.category)).size, 7);
    assert.equal(new Set(all.map((entry) => entry.scope)).size, 3);
    assert.ok(new Set(all.flatMap((entry) => entry.regions ?? [])).size >= 10);
    assert.ok(new Set(all.flatMap((entry) => entry.partners ?? [])).size >= 12);
    assert.ok(new Set(all.flatMap((entry) => (entry.dates ?? []).map(({ date }) => date.slice(0, 4)))).size >= 8);
    assert.ok(all.some((entry) => (entry.figures ?? []).some((figure) => figure.breakdown)));
    const words = result.slugs.map(
      (slug) => splitFrontmatter(readFileSync(join(copy, 'content/achievements', slug, 'fr.mdx'), 'utf8'))!.body.split(/\s+/).length,
    );
    assert.ok(Math.min(...words) >= 40 && Math.max(...words) >= 150, `${Math.min(...words)}–${Math.max(...words)} words`);
  });

  it('give the same site for the same seed', () => {
    const again = generated(120, 3);
    for (const slug of ['synthetic-001', 'synthetic-060', 'synthetic-120']) {
      for (const locale of ['ar', 'fr', 'en']) {
        const file = join('content/achievements', slug, `${locale}.mdx`);
        assert.equal(readFileSync(join(again.copy, file), 'utf8'), readFileSync(join(copy, file), 'utf8'));
      }
    }
  });
});
