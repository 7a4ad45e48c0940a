import type { LocalizedText } from '../../src/schemas/taxonomy.ts';
import { achievementFile, achievementSlugs, readFrontmatter, readYamlList } from './content-files.ts';

/** What the editors' files say, read without the site's code, to compare with the pages. */
export const facts = achievementSlugs().map((slug) => {
  const { data } = readFrontmatter(achievementFile(slug, 'ar'));
  const dates = (data.dates as { date: string | number }[] | undefined) ?? [];
  const figures = (data.figures as { date?: string | number }[] | undefined) ?? [];
  return {
    slug,
    category: data.category as string,
    status: data.status as string,
    scope: data.scope as string,
    regions: (data.regions as string[] | undefined) ?? [],
    partners: (data.partners as string[] | undefined) ?? [],
    years: [
      ...new Set(
        [...dates.map((d) => d.date), ...figures.flatMap((f) => (f.date ? [f.date] : []))].map((d) => Number(String(d).slice(0, 4))),
      ),
    ],
  };
});

export type Facts = (typeof facts)[number];

export const slugsWhere = (keep: (entry: Facts) => boolean) =>
  facts
    .filter(keep)
    .map((entry) => entry.slug)
    .sort();

type Named = { id: string; name: LocalizedText };
export const regions = readYamlList('regions.yaml') as unknown as Named[];
export const partners = readYamlList('partners.yaml') as unknown as Named[];
export const categories = readYamlList('categories.yaml') as unknown as Named[];

const placeRegion = new Map(readYamlList('places.yaml').map((place) => [place.id as string, place.region as string]));
const seatRegion = new Map(
  readYamlList('partners.yaml').flatMap((partner) =>
    partner.seat ? [[partner.id as string, placeRegion.get(partner.seat as string)]] : [],
  ),
);

/** The achievements a partner seated in the region takes part in, where the work is not located in it. */
export const linkedBySeatIn = (region: string) =>
  slugsWhere((entry) => !entry.regions.includes(region) && entry.partners.some((partner) => seatRegion.get(partner) === region));
