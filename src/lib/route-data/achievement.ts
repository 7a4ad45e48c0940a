import { foreignTextAttributes } from '../../i18n/locales.ts';
import type { SourceReport } from '../../schemas/source-report.ts';
import { neighbours, textIn, yearsOf, type Achievement, type AchievementText } from '../achievements.ts';
import { buildDate, changedOn } from '../build-date.ts';
import { editUrl } from '../repository.ts';
import { achievementCitation, type Citation } from '../share/cite.ts';
import { plainText } from '../share/plain-text.ts';
import { achievementArticle, sourceDocument, type JsonLd } from '../share/structured-data.ts';
import { cardPath } from '../share/urls.ts';
import { absoluteUrl } from '../site-url.ts';
import { searchTerms } from '../search/terms.ts';
import { buildContext, type BuildContext } from './build-context.ts';
import type { PageRouteData } from './page.ts';
import { nameText, shownName } from '../../i18n/names.ts';

/** What an achievement page needs of a text's entry: its Markdown and its keywords. */
export interface TextSource {
  body?: string;
  data?: { keywords?: readonly string[] };
}

export interface AchievementRouteData<Entry> {
  /** The text shown: the page's language, or the Arabic original where no translation exists. */
  text: AchievementText<Entry>;
  /** True when the text shown is not in the page's language. */
  untranslated: boolean;
  /** `lang` and `dir` for the title and text when they are not in the page's language. */
  textAttributes: ReturnType<typeof foreignTextAttributes>;
  /** The meta description: the text's opening, in plain text. */
  description: string;
  /** The page's own JSON-LD: the achievement as an `Article`. */
  structuredData: JsonLd[];
  citation: Citation;
  /** The last commit that changed the achievement's folder (or the source date). */
  changed: Date;
  /** Other names and spellings the search index gets for the page, never shown. */
  searchTerms: string[];
  /** The years its dates and figures refer to, as search filters. */
  years: number[];
  /** Where an editor proposes a correction of the text shown. */
  editUrl: string;
  /** A label shown in another language (an Arabic category name on a zgh page) carries its `lang`. */
  breadcrumbs: { label: string; href: string; lang?: string; dir?: 'ltr' | 'rtl' }[];
  categoryPath: string;
  previous: Achievement<Entry> | undefined;
  next: Achievement<Entry> | undefined;
}

/**
 * Everything an achievement page computes, once per page: the route file only shows it.
 * @example achievementRouteData(Astro.locals, achievement, await getSiteContent()).citation.text
 */
export function achievementRouteData<Entry extends TextSource>(
  page: Pick<PageRouteData, 'locale' | 't' | 'canonical' | 'paths'>,
  achievement: Achievement<Entry>,
  content: { achievements: readonly Achievement<Entry>[]; sourceReport: SourceReport },
  build: BuildContext = buildContext(),
): AchievementRouteData<Entry> {
  const { locale, t, canonical: url, paths } = page;
  const text = textIn(achievement, locale);
  const body = text.entry.body ?? '';
  const folder = `content/achievements/${achievement.slug}`;
  const description = plainText(body, 200);
  const changed = changedOn(build.root, [folder], build.env);
  const article = achievementArticle({
    url,
    title: text.title,
    description,
    locale,
    textLocale: text.locale,
    category: nameText(achievement.category.name, locale),
    regions: achievement.regions.map((region) => nameText(region.name, locale)),
    image: absoluteUrl(cardPath(locale, build.base), build.origin),
    dateModified: changed,
    licence: build.licence,
    report: sourceDocument(content.sourceReport, t('site.title'), build.origin),
    origin: build.origin,
  });
  const categoryPath = paths.category(achievement.category.id);
  return {
    text,
    untranslated: text.locale !== locale,
    textAttributes: foreignTextAttributes(text.locale, locale),
    description,
    structuredData: [article],
    citation: achievementCitation({
      locale,
      report: content.sourceReport,
      title: text.title,
      url,
      accessed: buildDate(build.root, build.env),
    }),
    changed,
    searchTerms: searchTerms({
      locale,
      textLocale: text.locale,
      text: [text.title, body],
      names: achievement.partners.map((partner) => nameText(partner.name, text.locale)),
      named: [...achievement.regions, ...achievement.places, ...achievement.partners],
      keywords: text.entry.data?.keywords ?? [],
    }),
    years: yearsOf(achievement),
    editUrl: editUrl(`${folder}/${text.locale}.mdx`),
    breadcrumbs: [
      { label: t('nav.home'), href: paths.home() },
      { label: t('nav.achievements'), href: paths.achievements() },
      (({ text, ...attributes }) => ({ label: text, href: categoryPath, ...attributes }))(shownName(achievement.category.name, locale)),
    ],
    categoryPath,
    ...neighbours(content.achievements, achievement.slug),
  };
}
