/**
 * `npm run translations`: which translations (every language of the locale table but Arabic)
 * are missing, and which are older than their Arabic source.
 *
 * A translation records, in `sourceHash`, a fingerprint of the Arabic title and text it was
 * made from. When the Arabic changes, the fingerprint no longer matches: the translation is
 * stale until someone updates it and marks it again:
 *
 *   npm run translations                          the status of every translation
 *   npm run translations -- --mark literacy-programme/fr   record that fr matches the Arabic now
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isMap, parse, parseDocument, type YAMLMap } from 'yaml';
import { translationLocales, type TranslationLocale } from '../i18n/locales.ts';
import { splitFrontmatter } from './frontmatter.ts';

export type TranslationState = 'missing' | 'unmarked' | 'stale' | 'current';

export interface TranslationStatus {
  slug: string;
  locale: TranslationLocale;
  state: TranslationState;
}

/** Fingerprint of an Arabic entry's title and text, whitespace-insensitive. */
export function sourceHash(arabicFile: string): string {
  const split = splitFrontmatter(arabicFile);
  const title = split ? String((parse(split.yaml) as { title?: unknown } | null)?.title ?? '') : '';
  const text = `${title}\n${split?.body ?? arabicFile}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12);
}

function recordedHash(translationFile: string): string | undefined {
  const split = splitFrontmatter(translationFile);
  if (!split) return undefined;
  const value = (parse(split.yaml) as { sourceHash?: unknown } | null)?.sourceHash;
  return typeof value === 'string' ? value : undefined;
}

export function translationStatuses(achievementsDir: URL): TranslationStatus[] {
  const slugs = readdirSync(achievementsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/ar.mdx`, achievementsDir)))
    .map((entry) => entry.name)
    .sort();
  return slugs.flatMap((slug) => {
    const current = sourceHash(readFileSync(new URL(`${slug}/ar.mdx`, achievementsDir), 'utf8'));
    return translationLocales.map((locale): TranslationStatus => {
      const file = new URL(`${slug}/${locale}.mdx`, achievementsDir);
      if (!existsSync(file)) return { slug, locale, state: 'missing' };
      const recorded = recordedHash(readFileSync(file, 'utf8'));
      if (!recorded) return { slug, locale, state: 'unmarked' };
      return { slug, locale, state: recorded === current ? 'current' : 'stale' };
    });
  });
}

/**
 * Records in `<slug>/<locale>.mdx` that it matches the Arabic text as it is now: `sourceHash`
 * is set in the frontmatter through the YAML document (first if new), so that comments, order
 * and quoting stay as the editor wrote them and a hash of digits only stays a string.
 * @throws when the file has no frontmatter, or YAML the check would refuse.
 */
export function markTranslation(achievementsDir: URL, slug: string, locale: string): void {
  const file = new URL(`${slug}/${locale}.mdx`, achievementsDir);
  const hash = sourceHash(readFileSync(new URL(`${slug}/ar.mdx`, achievementsDir), 'utf8'));
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  const document = split ? parseDocument(split.yaml) : undefined;
  if (!split || !document || document.errors.length > 0 || !isMap(document.contents)) {
    throw new Error(`${slug}/${locale}.mdx has no readable frontmatter: run npm run check, correct it, then mark it again.`);
  }
  if (document.has('sourceHash')) document.set('sourceHash', hash);
  else (document.contents as YAMLMap).items.unshift(document.createPair('sourceHash', hash));
  writeFileSync(file, `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${split.body}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const achievementsDir = new URL('../../content/achievements/', import.meta.url);
  const args = process.argv.slice(2);
  const markIndex = args.indexOf('--mark');
  if (markIndex >= 0) {
    const targets = args.slice(markIndex + 1).filter((arg) => !arg.startsWith('--'));
    const all = targets.length === 0 || targets.includes('all');
    const chosen = all
      ? translationStatuses(achievementsDir).filter((status) => status.state !== 'missing' && status.state !== 'current')
      : targets.map((target) => {
          const [slug = '', locale = ''] = target.split('/');
          return { slug, locale };
        });
    for (const { slug, locale } of chosen) {
      if (!(translationLocales as readonly string[]).includes(locale) || !existsSync(new URL(`${slug}/${locale}.mdx`, achievementsDir))) {
        console.error(
          `No translation ${slug}/${locale}.mdx: write it as ${translationLocales.map((code) => `<slug>/${code}`).join(' or ')}.`,
        );
        process.exit(2);
      }
      try {
        markTranslation(achievementsDir, slug, locale);
      } catch (error) {
        console.error((error as Error).message);
        process.exit(1);
      }
      console.log(`marked ${slug}/${locale}.mdx as matching its Arabic text`);
    }
    process.exit(0);
  }
  const statuses = translationStatuses(achievementsDir);
  const label: Record<TranslationState, string> = {
    missing: 'MISSING  (no file yet)',
    unmarked: 'UNMARKED (never compared with the Arabic: check it, then --mark it)',
    stale: 'STALE    (the Arabic changed since it was translated)',
    current: 'current',
  };
  const needing = statuses.filter((status) => status.state !== 'current');
  for (const status of needing) console.log(`${status.slug}/${status.locale}.mdx  ${label[status.state]}`);
  const count = (state: TranslationState) => statuses.filter((status) => status.state === state).length;
  console.log(
    `\n${statuses.length} translations: ${count('current')} current, ${count('stale')} stale, ${count('missing')} missing, ${count('unmarked')} unmarked.`,
  );
}
