import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { Achievement, AchievementText, SeatLinks } from './achievements.ts';
import { bySourceOrder, linkedBySeat } from './achievements.ts';

/**
 * The one module that reads content collections. Pages ask it for data already joined
 * (an achievement with its category, regions, places, partners and texts); the filtering and
 * grouping is in `achievements.ts`.
 */

/** An MDX entry whose body can be rendered: the Arabic original or a translation. */
export type TextEntry = CollectionEntry<'achievements'> | CollectionEntry<'translations'>;
export type SiteAchievement = Achievement<TextEntry>;

export interface SiteContent {
  achievements: SiteAchievement[];
  categories: CollectionEntry<'categories'>['data'][];
  regions: CollectionEntry<'regions'>['data'][];
  places: CollectionEntry<'places'>['data'][];
  partners: CollectionEntry<'partners'>['data'][];
  /** By region id: achievements located elsewhere that a partner seated in the region takes part in. */
  partnerLinked: ReadonlyMap<string, SeatLinks<SiteAchievement>>;
  /** How the source document is cited: publisher and date (content/source/report.yaml). */
  sourceReport: CollectionEntry<'sourceReport'>['data'];
}

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Looks up ids the schema already checked; a miss here is a bug, not an editor's mistake. */
function pick<T>(index: Map<string, T>, ids: readonly string[], what: string, file: string): T[] {
  return ids.map((id) => {
    const item = index.get(id);
    if (!item) throw new Error(`${file}: unknown ${what} "${id}"`);
    return item;
  });
}

async function load(): Promise<SiteContent> {
  const [facts, translations, categoryEntries, regionEntries, placeEntries, partnerEntries, reportEntries] = await Promise.all([
    getCollection('achievements'),
    getCollection('translations'),
    getCollection('categories'),
    getCollection('regions'),
    getCollection('places'),
    getCollection('partners'),
    getCollection('sourceReport'),
  ]);
  const sourceReport = reportEntries[0]?.data;
  if (!sourceReport) throw new Error('content/source/report.yaml is missing: it says who published the source document and when.');
  const categories = categoryEntries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const regions = regionEntries.map((entry) => entry.data).sort((a, b) => a.code.localeCompare(b.code));
  const places = placeEntries.map((entry) => entry.data);
  const partners = partnerEntries.map((entry) => entry.data);
  const categoryIndex = indexById(categories);
  const regionIndex = indexById(regions);
  const placeIndex = indexById(places);
  const partnerIndex = indexById(partners);

  const textsBySlug = new Map<string, Partial<Record<Locale, AchievementText<TextEntry>>>>();
  const slugs = new Set(facts.map((fact) => fact.id));
  for (const entry of translations) {
    const [slug = '', locale] = entry.id.split('/');
    if (!slugs.has(slug)) {
      throw new Error(
        `content/achievements/${entry.id}.mdx is a translation of "${slug}", which has no ar.mdx: ` +
          `add content/achievements/${slug}/ar.mdx or move the translation into the folder of an existing achievement.`,
      );
    }
    if (!isLocale(locale)) continue;
    const texts = textsBySlug.get(slug) ?? {};
    texts[locale] = { title: entry.data.title, entry, locale };
    textsBySlug.set(slug, texts);
  }

  const achievements = facts.map((entry): SiteAchievement => {
    const file = `content/achievements/${entry.id}/ar.mdx`;
    return {
      slug: entry.id,
      facts: entry.data,
      category: pick(categoryIndex, [entry.data.category], 'category', file)[0]!,
      regions: pick(regionIndex, entry.data.regions, 'region', file),
      places: pick(placeIndex, entry.data.places, 'place', file),
      partners: pick(partnerIndex, entry.data.partners, 'partner', file),
      texts: { ...textsBySlug.get(entry.id), ar: { title: entry.data.title, entry, locale: 'ar' } },
    };
  });

  const ordered = bySourceOrder(achievements);
  return { achievements: ordered, categories, regions, places, partners, partnerLinked: linkedBySeat(ordered, places), sourceReport };
}

let cached: Promise<SiteContent> | undefined;

/** All content, loaded and joined once per build. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
