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
 *   npm run translations -- --export fr [--out fr.xlf]      an XLIFF 2.0 file for a translator
 *   npm run translations -- --import fr.xlf [--lang fr]     check it and write it in (or nothing)
 *   npm run translations -- --reviewed zgh --by "Name"      a qualified translator signed the interface text off
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import {
  checkFallbackLocale,
  defaultLocale,
  isCheckLocale,
  isLocale,
  locales,
  translationLocales,
  type CheckLocale,
  type TranslationLocale,
} from '../i18n/locales.ts';
import { splitFrontmatter } from './frontmatter.ts';

import { sourceHash, translationState, type TranslationState } from './translation-state.ts';

export { sourceHash, translationState, type TranslationState };

export interface TranslationStatus {
  slug: string;
  locale: TranslationLocale;
  state: TranslationState;
}

export function translationStatuses(achievementsDir: URL): TranslationStatus[] {
  const slugs = readdirSync(achievementsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/ar.mdx`, achievementsDir)))
    .map((entry) => entry.name)
    .sort();
  return slugs.flatMap((slug) =>
    translationLocales.map((locale): TranslationStatus => ({ slug, locale, state: translationState(achievementsDir, slug, locale) })),
  );
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
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const rootOption = option('root');
  const root = rootOption ? pathToFileURL(`${resolve(rootOption)}/`) : new URL('../../', import.meta.url);
  const achievementsDir = new URL('content/achievements/', root);
  const roundTrip = await import('./xliff.ts');
  const exportCode = option('export');
  if (exportCode !== undefined) {
    if (!isLocale(exportCode) || exportCode === defaultLocale) {
      console.error(`Usage: npm run translations -- --export ${translationLocales.join('|')} [--out FILE]`);
      process.exit(2);
    }
    const out = resolve(option('out') ?? `${exportCode}.xlf`);
    writeFileSync(out, roundTrip.exportXliff(root, roundTrip.targetLanguage(exportCode)));
    console.log(`wrote ${out}: give it to the translator, then npm run translations -- --import ${basename(out)}`);
    process.exit(0);
  }
  const importFile = option('import');
  if (importFile !== undefined) {
    const lang = option('lang') ?? process.env.CONTENT_CHECK_LANG ?? 'ar';
    const editor: CheckLocale = isLocale(lang) && isCheckLocale(lang) ? lang : checkFallbackLocale;
    const plan = roundTrip.planImport(root, readFileSync(resolve(importFile), 'utf8'));
    console.log(roundTrip.formatImport(plan, importFile, editor));
    if (plan.problems.length > 0) process.exit(1);
    roundTrip.applyImport(root, plan);
    process.exit(0);
  }
  const reviewedCode = option('reviewed');
  if (reviewedCode !== undefined) {
    const by = option('by');
    const file = new URL(`src/i18n/ui/${reviewedCode}.ts`, root);
    if (!by || !existsSync(file)) {
      console.error(`Usage: npm run translations -- --reviewed <language> --by "Name of the translator" (src/i18n/ui/<language>.ts)`);
      process.exit(2);
    }
    try {
      writeFileSync(file, roundTrip.markReviewed(readFileSync(file, 'utf8'), reviewedCode, by));
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
    console.log(`marked the ${reviewedCode} interface text as reviewed by ${by}`);
    process.exit(0);
  }
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
  console.log('');
  for (const locale of translationLocales) {
    const missing = statuses.filter((status) => status.locale === locale && status.state === 'missing').map((status) => status.slug);
    if (textsOptional(locale) && missing.length > 0) {
      console.log(`${locale}: ${missing.length} texts not translated yet (optional; the Arabic is shown): ${missing.join(', ')}`);
    }
    console.log(roundTrip.reviewLine(locale, await roundTrip.reviewMarker(root, locale)));
  }
}

/** Whether the locale table says a language's entry texts may be missing (`texts: 'optional'`). */
function textsOptional(locale: TranslationLocale): boolean {
  const config: object = locales[locale];
  return 'texts' in config && config.texts === 'optional';
}
