import type { Locale } from '../i18n/locales.ts';
import type { AchievementFacts } from '../schemas/achievement.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Category, Partner, Place, Region } from '../schemas/taxonomy.ts';

/**
 * Pure logic over achievements: grouping, filtering and ordering. It knows nothing of Astro,
 * so it runs in unit tests as it runs in the build; `content.ts` feeds it.
 */

/** The text of an achievement in one language. */
export interface AchievementText<Entry> {
  title: string;
  /** The entry to render for the body (the Arabic one when no translation exists). */
  entry: Entry;
  /** The language the text is actually written in. */
  locale: Locale;
}

export interface Achievement<Entry = unknown> {
  slug: string;
  facts: AchievementFacts;
  category: Category;
  regions: Region[];
  places: Place[];
  partners: Partner[];
  /** Texts by language; Arabic is always there, translations may be missing. */
  texts: { ar: AchievementText<Entry> } & Partial<Record<Locale, AchievementText<Entry>>>;
}

/**
 * Results already computed, per list. Every page of a build asks the same questions of the
 * same list (content.ts loads it once), and at 10,000 achievements answering each again made
 * the build quadratic: each of the 30,000 achievement pages sorted the whole list to find its
 * neighbours. Lists are never changed once built (they are `readonly`), so a result stays right.
 */
const remembered = new WeakMap<readonly Achievement[], Map<string, unknown>>();

function remember<T>(list: readonly Achievement[], question: string, answer: () => T): T {
  let answers = remembered.get(list);
  if (!answers) {
    answers = new Map();
    remembered.set(list, answers);
  }
  if (!answers.has(question)) answers.set(question, answer());
  return answers.get(question) as T;
}

/** The text to show in `locale`, falling back to the Arabic original. */
export function textIn<Entry>(achievement: Achievement<Entry>, locale: Locale): AchievementText<Entry> {
  return achievement.texts[locale] ?? achievement.texts.ar;
}

/** In the order of the source document. */
export function bySourceOrder<A extends Achievement>(achievements: readonly A[]): A[] {
  return [...achievements].sort((a, b) => a.facts.source.line - b.facts.source.line);
}

/** Each category, in the source's order, with its achievements. Empty categories are kept. */
export function groupByCategory<A extends Achievement>(categories: readonly Category[], achievements: readonly A[]) {
  return [...categories]
    .sort((a, b) => a.order - b.order)
    .map((category) => ({
      category,
      achievements: bySourceOrder(achievements.filter((achievement) => achievement.facts.category === category.id)),
    }));
}

export function inCategory<A extends Achievement>(achievements: readonly A[], categoryId: string): A[] {
  return remember(achievements, `category ${categoryId}`, () =>
    achievements.filter((achievement) => achievement.facts.category === categoryId),
  );
}

/** Achievements whose work happens in the region. */
export function inRegion<A extends Achievement>(achievements: readonly A[], regionId: string): A[] {
  return remember(achievements, `region ${regionId}`, () =>
    achievements.filter((achievement) => achievement.facts.regions.includes(regionId)),
  );
}

/** What ties achievements to a region their work is not located in: partners seated there. */
export interface SeatLinks<A> {
  /** In the source's order. */
  readonly achievements: readonly A[];
  /** The partners seated in the region that take part in them, in order of first appearance. */
  readonly partners: readonly Partner[];
}

export const noSeatLinks: SeatLinks<never> = Object.freeze({ achievements: [], partners: [] });

/**
 * For each region, the achievements a partner seated there takes part in while their work is
 * located elsewhere (or nationwide). They are shown on the region's page apart from its own:
 * counts, the map and the open data stay on `inRegion`, where the work happens.
 * @example linkedBySeat(achievements, places).get('casablanca-settat')?.achievements // the Ain Chock and ESITH agreements
 */
export function linkedBySeat<A extends Achievement>(
  achievements: readonly A[],
  places: readonly Place[],
): ReadonlyMap<string, SeatLinks<A>> {
  const regionOf = new Map(places.map((place) => [place.id, place.region]));
  const links = new Map<string, { achievements: A[]; partners: Partner[] }>();
  for (const achievement of bySourceOrder(achievements)) {
    for (const partner of achievement.partners) {
      if (!partner.seat) continue;
      const region = regionOf.get(partner.seat);
      if (!region) throw new Error(`partner "${partner.id}" sits in "${partner.seat}", which is not in places.yaml`);
      if (achievement.facts.regions.includes(region)) continue;
      let link = links.get(region);
      if (!link) {
        link = { achievements: [], partners: [] };
        links.set(region, link);
      }
      // Achievements come one at a time: a second partner seated in the same region finds it last.
      if (link.achievements.at(-1) !== achievement) link.achievements.push(achievement);
      if (!link.partners.some((known) => known.id === partner.id)) link.partners.push(partner);
    }
  }
  return links;
}

export function withPartner<A extends Achievement>(achievements: readonly A[], partnerId: string): A[] {
  return remember(achievements, `partner ${partnerId}`, () =>
    achievements.filter((achievement) => achievement.facts.partners.includes(partnerId)),
  );
}

export function withScope<A extends Achievement>(achievements: readonly A[], scope: AchievementFacts['scope']): A[] {
  return remember(achievements, `scope ${scope}`, () => achievements.filter((achievement) => achievement.facts.scope === scope));
}

/** The figures editors marked `headline: true`, each with the achievement it belongs to. */
export function headlineFigures<A extends Achievement>(achievements: readonly A[]): { figure: Figure; achievement: A }[] {
  return bySourceOrder(achievements).flatMap((achievement) =>
    achievement.facts.figures.filter((figure) => figure.headline).map((figure) => ({ figure, achievement })),
  );
}

/** The achievements before and after one, in the source's order. */
export function neighbours<A extends Achievement>(
  achievements: readonly A[],
  slug: string,
): { previous: A | undefined; next: A | undefined } {
  const all = remember(achievements, 'neighbours', () => {
    const ordered = bySourceOrder(achievements);
    return new Map(ordered.map((achievement, index) => [achievement.slug, { previous: ordered[index - 1], next: ordered[index + 1] }]));
  });
  return all.get(slug) ?? { previous: undefined, next: undefined };
}

/** The years an achievement's dates and figures refer to, in order. */
export function yearsOf(achievement: Achievement): number[] {
  const years = [
    ...achievement.facts.dates.map(({ date }) => date.year),
    ...achievement.facts.figures.flatMap((figure) => (figure.date ? [figure.date.year] : [])),
  ];
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Achievements by year, most recent first; an achievement with several years is in each. */
export function groupByYear<A extends Achievement>(
  achievements: readonly A[],
): { years: { year: number; achievements: A[] }[]; undated: A[] } {
  return remember(achievements, 'years', () => {
    const byYear = new Map<number, A[]>();
    const undated: A[] = [];
    for (const achievement of bySourceOrder(achievements)) {
      const years = yearsOf(achievement);
      if (years.length === 0) undated.push(achievement);
      for (const year of years) {
        const list = byYear.get(year);
        if (list) list.push(achievement);
        else byYear.set(year, [achievement]);
      }
    }
    return {
      years: [...byYear.keys()].sort((a, b) => b - a).map((year) => ({ year, achievements: byYear.get(year)! })),
      undated,
    };
  });
}
