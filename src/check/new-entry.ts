/**
 * `npm run new`: creates a new achievement in every language, with every required field in
 * place, a short comment on each, and TODO where the editor must write something.
 *
 *   npm run new                                              asks for the slug and category
 *   npm run new -- --slug womens-house-tata --category technical-support
 *
 * Then fill in every TODO and run `npm run check`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { defaultLocale, languageName, textsRequired, translationLocales, type Locale } from '../i18n/locales.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface NewEntryOptions {
  slug: string;
  category: string;
}

/** The files of a new achievement, one per language of the locale table. */
export function entryTemplates({ category }: Pick<NewEntryOptions, 'category'>): Partial<Record<Locale, string>> {
  const facts = `---
# Short Arabic title, in the words of the source document.
title: TODO
# The heading the achievement stands under (ids in content/FIELDS.md).
category: ${category}
# completed, ongoing or planned.
status: TODO
# Line of the bullet in content/source/report.ar.txt.
source: { line: TODO }
# national, regional (then list the regions) or unspecified (the source names none).
scope: national
# Ids from content/regions.yaml, places.yaml, partners.yaml; leave [] when the source names none.
regions: []
places: []
partners: []
# Every count of the bullet: - { value: 16098, unit: young-person }; leave [] when none.
figures: []
# Every date of the bullet: - { date: 2020-05, event: field-survey-round }; leave [] when none.
dates: []
---

TODO: نص الإنجاز كما ورد في الوثيقة المرجعية.
`;
  const translation = (language: string) => `---
# The title, translated into ${language}. Facts stay in ar.mdx.
title: TODO
---

TODO: the text, translated into ${language}: nothing added, nothing left out.
`;
  return {
    [defaultLocale]: facts,
    // A language whose texts are optional gets its file from a translator, not from the scaffold.
    ...Object.fromEntries(translationLocales.filter(textsRequired).map((locale) => [locale, translation(languageName(locale))])),
  } as Partial<Record<Locale, string>>;
}

/** Writes the new entry under `contentDir`; returns the files written, or a reason it cannot. */
export function createEntry(contentDir: URL, options: NewEntryOptions): { files: string[] } | { error: string } {
  if (!SLUG.test(options.slug)) {
    return { error: `"${options.slug}" cannot be a slug: use lower-case Latin letters, digits and hyphens, like literacy-programme.` };
  }
  const categories = (parse(readFileSync(new URL('categories.yaml', contentDir), 'utf8')) as { id: string }[]).map((row) => row.id);
  if (!categories.includes(options.category)) {
    return { error: `"${options.category}" is not a category: use one of ${categories.join(', ')}.` };
  }
  const folder = new URL(`achievements/${options.slug}/`, contentDir);
  if (existsSync(folder)) return { error: `content/achievements/${options.slug}/ exists already: choose another slug.` };
  mkdirSync(folder, { recursive: true });
  const templates = entryTemplates(options);
  return {
    files: (Object.keys(templates) as (keyof typeof templates)[]).map((locale) => {
      writeFileSync(new URL(`${locale}.mdx`, folder), templates[locale] ?? '');
      return `content/achievements/${options.slug}/${locale}.mdx`;
    }),
  };
}

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rootOption = option('root');
  const root = rootOption ? pathToFileURL(`${resolve(rootOption)}/`) : new URL('../../', import.meta.url);
  const contentDir = new URL('content/', root);
  let slug = option('slug');
  let category = option('category');
  if ((!slug || !category) && process.stdin.isTTY) {
    const categories = parse(readFileSync(new URL('categories.yaml', contentDir), 'utf8')) as { id: string; name: { ar: string } }[];
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    slug ??= (await prompt.question('Slug (lower-case Latin letters and hyphens, e.g. womens-house-tata): ')).trim();
    if (!category) {
      categories.forEach((row, index) => console.log(`  ${index + 1}. ${row.id}  ${row.name.ar}`));
      const answer = (await prompt.question('Category (number or id): ')).trim();
      category = categories[Number(answer) - 1]?.id ?? answer;
    }
    prompt.close();
  }
  if (!slug || !category) {
    console.error('Usage: npm run new -- --slug <slug> --category <category id>');
    process.exit(2);
  }
  const result = createEntry(contentDir, { slug, category });
  if ('error' in result) {
    console.error(result.error);
    process.exit(1);
  }
  console.log(`Created:\n${result.files.map((file) => `  ${file}`).join('\n')}\nFill in every TODO, then run: npm run check`);
}
