import { isLocale, type Locale } from '../i18n/locales.ts';
import type { AchievementFacts } from '../schemas/achievement.ts';
import type { SourceReport } from '../schemas/source-report.ts';
import type { Category, Partner, Place, Region } from '../schemas/taxonomy.ts';
import type { Achievement, AchievementText, SeatLinks } from './achievements.ts';
import { bySourceOrder, linkedBySeat } from './achievements.ts';

/**
 * The join of the content, without Astro: each achievement with its category, regions, places,
 * partners and texts. `content.ts` feeds it Astro's collections; the unit tests feed it the same
 * files read through the same schemas, so that they test the join that ships.
 */

/** The content as read, before the join; `Entry` is what a text renders from. */
export interface ContentSource<Entry> {
  /** Each achievement's facts (its `ar.mdx`), by slug. */
  facts: readonly { slug: string; data: AchievementFacts; entry: Entry }[];
  /** Each translation, by `<slug>/<locale>`. */
  translations: readonly { id: string; title: string; entry: Entry }[];
  categories: readonly Category[];
  regions: readonly Region[];
  places: readonly Place[];
  partners: readonly Partner[];
  sourceReport: SourceReport | undefined;
}

export interface JoinedContent<Entry> {
  achievements: Achievement<Entry>[];
  categories: Category[];
  regions: Region[];
  places: Place[];
  partners: Partner[];
  /** By region id: achievements located elsewhere that a partner seated in the region takes part in. */
  partnerLinked: ReadonlyMap<string, SeatLinks<Achievement<Entry>>>;
  /** How the source document is cited: publisher and date (content/source/report.yaml). */
  sourceReport: SourceReport;
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

export function joinContent<Entry>(source: ContentSource<Entry>): JoinedContent<Entry> {
  const { sourceReport } = source;
  if (!sourceReport) throw new Error('content/source/report.yaml is missing: it says who published the source document and when.');
  const categories = [...source.categories].sort((a, b) => a.order - b.order);
  const regions = [...source.regions].sort((a, b) => a.code.localeCompare(b.code));
  const places = [...source.places];
  const partners = [...source.partners];
  const categoryIndex = indexById(categories);
  const regionIndex = indexById(regions);
  const placeIndex = indexById(places);
  const partnerIndex = indexById(partners);

  const textsBySlug = new Map<string, Partial<Record<Locale, AchievementText<Entry>>>>();
  const slugs = new Set(source.facts.map((fact) => fact.slug));
  for (const translation of source.translations) {
    const [slug = '', locale] = translation.id.split('/');
    if (!slugs.has(slug)) {
      throw new Error(
        `content/achievements/${translation.id}.mdx is a translation of "${slug}", which has no ar.mdx: ` +
          `add content/achievements/${slug}/ar.mdx or move the translation into the folder of an existing achievement.`,
      );
    }
    if (!isLocale(locale)) continue;
    const texts = textsBySlug.get(slug) ?? {};
    texts[locale] = { title: translation.title, entry: translation.entry, locale };
    textsBySlug.set(slug, texts);
  }

  const achievements = source.facts.map(({ slug, data, entry }): Achievement<Entry> => {
    const file = `content/achievements/${slug}/ar.mdx`;
    return {
      slug,
      facts: data,
      category: pick(categoryIndex, [data.category], 'category', file)[0]!,
      regions: pick(regionIndex, data.regions, 'region', file),
      places: pick(placeIndex, data.places, 'place', file),
      partners: pick(partnerIndex, data.partners, 'partner', file),
      texts: { ...textsBySlug.get(slug), ar: { title: data.title, entry, locale: 'ar' } },
    };
  });

  const ordered = bySourceOrder(achievements);
  return { achievements: ordered, categories, regions, places, partners, partnerLinked: linkedBySeat(ordered, places), sourceReport };
}
