/**
 * Whether a translation matches its Arabic source: the fingerprint (`sourceHash`) a translation
 * records, and the state it gives, for any language code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';

export type TranslationState = 'missing' | 'unmarked' | 'stale' | 'current';

/** Fingerprint of an Arabic entry's title and text, whitespace-insensitive. */
export function sourceHash(arabicFile: string): string {
  const split = splitFrontmatter(arabicFile);
  const title = split ? String((parse(split.yaml) as { title?: unknown } | null)?.title ?? '') : '';
  const text = `${title}\n${split?.body ?? arabicFile}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12);
}

export function recordedHash(translationFile: string): string | undefined {
  const split = splitFrontmatter(translationFile);
  if (!split) return undefined;
  const value = (parse(split.yaml) as { sourceHash?: unknown } | null)?.sourceHash;
  return typeof value === 'string' ? value : undefined;
}

/** The state of `<slug>/<code>.mdx` against today's Arabic, for any language code. */
export function translationState(achievementsDir: URL, slug: string, code: string): TranslationState {
  const file = new URL(`${slug}/${code}.mdx`, achievementsDir);
  if (!existsSync(file)) return 'missing';
  const recorded = recordedHash(readFileSync(file, 'utf8'));
  if (!recorded) return 'unmarked';
  return recorded === sourceHash(readFileSync(new URL(`${slug}/ar.mdx`, achievementsDir), 'utf8')) ? 'current' : 'stale';
}
