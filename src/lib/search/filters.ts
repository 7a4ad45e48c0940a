import type { Translator } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { statuses } from '../../schemas/achievement.ts';
import { groupByYear, inCategory, inRegion, withPartner, withScope } from '../achievements.ts';
import type { SiteContent } from '../content.ts';

import type { FilterKey } from './filter-keys.ts';
import { shownName, type ShownText } from '../../i18n/names.ts';

export interface FilterOption {
  value: string;
  /** Set where the label is not in the page's language (an Arabic name on a zgh page). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface FilterGroup {
  key: FilterKey;
  options: FilterOption[];
}

/** An option whose label is a name, with its lang and dir where it is the Arabic one. */
function option({ text, lang, dir }: ShownText): FilterOption {
  return lang ? { value: text, lang, dir } : { value: text };
}

/**
 * The options of each search filter in one language: the same labels achievement pages give
 * Pagefind, so a checked box matches them exactly. Only options that some achievement has.
 */
export function searchFilters(site: SiteContent, locale: Locale, t: Translator): FilterGroup[] {
  const { achievements } = site;
  const scopes = (['national', 'unspecified'] as const).filter((scope) => withScope(achievements, scope).length > 0);
  return [
    {
      key: 'category',
      options: site.categories
        .filter((category) => inCategory(achievements, category.id).length > 0)
        .map((category) => option(shownName(category.name, locale))),
    },
    {
      key: 'region',
      options: [
        ...site.regions
          .filter((region) => inRegion(achievements, region.id).length > 0)
          .map((region) => option(shownName(region.name, locale))),
        ...scopes.map((scope) => ({ value: t(`scope.${scope}`) })),
      ],
    },
    {
      key: 'partner',
      options: site.partners
        .filter((partner) => withPartner(achievements, partner.id).length > 0)
        .map((partner) => option(shownName(partner.name, locale)))
        .sort((a, b) => a.value.localeCompare(b.value, locale)),
    },
    { key: 'year', options: groupByYear(achievements).years.map(({ year }) => ({ value: String(year) })) },
    {
      key: 'status',
      options: statuses
        .filter((status) => achievements.some((a) => a.facts.status === status))
        .map((status) => ({ value: t(`status.${status}`) })),
    },
  ];
}
