import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { linkedBySeat, type Achievement } from '../../src/lib/achievements.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { achievementSchema, translationSchema } from '../../src/schemas/achievement.ts';
import { loadKnownIds } from '../../src/schemas/known-ids.ts';
import { sourceReportSchema } from '../../src/schemas/source-report.ts';
import { categorySchema, partnerSchema, placeSchema, regionSchema } from '../../src/schemas/taxonomy.ts';
import { achievementFile, achievementSlugs, contentDir, hasTranslation, readFrontmatter } from './content-files.ts';

/**
 * The real content, parsed through the site's own schemas and joined as `src/lib/content.ts`
 * joins it, without Astro: unit tests run the builders of the open data, feeds and citations
 * on it.
 */
type Entry = { body: string };

const list = <T>(file: string, schema: { parse(value: unknown): T }) =>
  (parse(readFileSync(new URL(file, contentDir), 'utf8')) as unknown[]).map((row) => schema.parse(row));

export function loadSiteContent() {
  const ids = loadKnownIds(contentDir);
  const categories = list('categories.yaml', categorySchema);
  const regions = list('regions.yaml', regionSchema);
  const places = list('places.yaml', placeSchema);
  const partners = list('partners.yaml', partnerSchema);
  const schema = achievementSchema(ids);
  const byId = <T extends { id: string }>(items: T[], id: string) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`unknown id ${id}`);
    return item;
  };
  const achievements = achievementSlugs().map((slug): Achievement<Entry> => {
    const arabic = readFrontmatter(achievementFile(slug, 'ar'));
    const facts = schema.parse(arabic.data);
    const texts: Achievement<Entry>['texts'] = { ar: { title: facts.title, entry: { body: arabic.body }, locale: 'ar' } };
    for (const locale of ['fr', 'en'] as const satisfies Locale[]) {
      if (!hasTranslation(slug, locale)) continue;
      const translation = readFrontmatter(achievementFile(slug, locale));
      texts[locale] = { title: translationSchema.parse(translation.data).title, entry: { body: translation.body }, locale };
    }
    return {
      slug,
      facts,
      category: byId(categories, facts.category),
      regions: facts.regions.map((id) => byId(regions, id)),
      places: facts.places.map((id) => byId(places, id)),
      partners: facts.partners.map((id) => byId(partners, id)),
      texts,
    };
  });
  const sourceReport = sourceReportSchema.parse(parse(readFileSync(new URL('source/report.yaml', contentDir), 'utf8')));
  return { achievements, categories, regions, places, partners, partnerLinked: linkedBySeat(achievements, places), sourceReport };
}
