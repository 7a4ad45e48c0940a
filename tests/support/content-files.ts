import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readSourceBullets } from '../../src/check/source.ts';

/**
 * Reads the editors' files directly, without Astro, so tests can compare what the site shows
 * with what the files say.
 */
export const root = new URL('../../', import.meta.url);
export const contentDir = new URL('content/', root);
export const achievementsDir = new URL('achievements/', contentDir);

export function readFrontmatter(url: URL): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(url, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${url.pathname} has no frontmatter`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

export function achievementSlugs(): string[] {
  return readdirSync(achievementsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function achievementFile(slug: string, locale: string): URL {
  return new URL(`${slug}/${locale}.mdx`, achievementsDir);
}

export function hasTranslation(slug: string, locale: string): boolean {
  return existsSync(achievementFile(slug, locale));
}

export function readYamlList(file: string): Record<string, unknown>[] {
  return parse(readFileSync(new URL(file, contentDir), 'utf8')) as Record<string, unknown>[];
}

/** The source document: its lines, and its bullets with their headings. */
export function readSource() {
  const text = readFileSync(new URL('source/report.ar.txt', contentDir), 'utf8');
  return { lines: text.split('\n'), bullets: readSourceBullets(text) };
}
