import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { joinContent } from '../../src/lib/content-join.ts';
import { translationLocales } from '../../src/i18n/locales.ts';
import { achievementSchema, translationSchema } from '../../src/schemas/achievement.ts';
import { loadKnownIds } from '../../src/schemas/known-ids.ts';
import { sourceReportSchema } from '../../src/schemas/source-report.ts';
import { categorySchema, partnerSchema, placeSchema, regionSchema } from '../../src/schemas/taxonomy.ts';
import { achievementFile, achievementSlugs, contentDir, hasTranslation, readFrontmatter } from './content-files.ts';

/**
 * The real content, parsed through the site's own schemas and joined by the site's own join
 * (`src/lib/content-join.ts`), without Astro: unit tests run the builders of the open data,
 * feeds and citations on it.
 */
type Entry = { body: string };

const list = <T>(file: string, schema: { parse(value: unknown): T }) =>
  (parse(readFileSync(new URL(file, contentDir), 'utf8')) as unknown[]).map((row) => schema.parse(row));

export function loadSiteContent() {
  const schema = achievementSchema(loadKnownIds(contentDir));
  const slugs = achievementSlugs();
  return joinContent<Entry>({
    facts: slugs.map((slug) => {
      const arabic = readFrontmatter(achievementFile(slug, 'ar'));
      return { slug, data: schema.parse(arabic.data), entry: { body: arabic.body } };
    }),
    translations: slugs.flatMap((slug) =>
      translationLocales
        .filter((locale) => hasTranslation(slug, locale))
        .map((locale) => {
          const translation = readFrontmatter(achievementFile(slug, locale));
          return { id: `${slug}/${locale}`, title: translationSchema.parse(translation.data).title, entry: { body: translation.body } };
        }),
    ),
    categories: list('categories.yaml', categorySchema),
    regions: list('regions.yaml', regionSchema),
    places: list('places.yaml', placeSchema),
    partners: list('partners.yaml', partnerSchema),
    sourceReport: sourceReportSchema.parse(parse(readFileSync(new URL('source/report.yaml', contentDir), 'utf8'))),
  });
}
