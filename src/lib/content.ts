import { getCollection, type CollectionEntry } from 'astro:content';
import type { Achievement } from './achievements.ts';
import { joinContent, type JoinedContent } from './content-join.ts';

/**
 * The one module that reads content collections. Pages ask it for data already joined
 * (an achievement with its category, regions, places, partners and texts: `content-join.ts`);
 * the filtering and grouping is in `achievements.ts`.
 */

/** An MDX entry whose body can be rendered: the Arabic original or a translation. */
export type TextEntry = CollectionEntry<'achievements'> | CollectionEntry<'translations'>;
export type SiteAchievement = Achievement<TextEntry>;

export type SiteContent = JoinedContent<TextEntry>;

async function load(): Promise<SiteContent> {
  const [facts, translations, categories, regions, places, partners, reports] = await Promise.all([
    getCollection('achievements'),
    getCollection('translations'),
    getCollection('categories'),
    getCollection('regions'),
    getCollection('places'),
    getCollection('partners'),
    getCollection('sourceReport'),
  ]);
  return joinContent<TextEntry>({
    facts: facts.map((entry) => ({ slug: entry.id, data: entry.data, entry })),
    translations: translations.map((entry) => ({ id: entry.id, title: entry.data.title, entry })),
    categories: categories.map((entry) => entry.data),
    regions: regions.map((entry) => entry.data),
    places: places.map((entry) => entry.data),
    partners: partners.map((entry) => entry.data),
    sourceReport: reports[0]?.data,
  });
}

let cached: Promise<SiteContent> | undefined;

/** All content, loaded and joined once per build. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
