import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { textIn } from '../../lib/achievements.ts';
import { buildDate, changedOn } from '../../lib/build-date.ts';
import { getSiteContent } from '../../lib/content.ts';
import { settings } from '../../lib/settings.ts';
import { latest, rssFeed } from '../../lib/share/feed.ts';
import { plainText } from '../../lib/share/plain-text.ts';
import { feedPath } from '../../lib/share/urls.ts';
import { localeStaticPaths } from '../../lib/routing.ts';
import { absoluteUrl, pageUrl, siteOrigin } from '../../lib/site-url.ts';
import { nameText } from '../../i18n/names.ts';

/** The feed of each language: /rss.xml, /fr/rss.xml, /en/rss.xml. */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => {
  const t = useTranslations(locale);
  const { achievements, sourceReport } = await getSiteContent();
  const root = process.cwd();
  const licence = settings().licence;
  const body = await rssFeed({
    title: t('site.title'),
    description: t('site.description'),
    link: pageUrl(locale, []),
    self: absoluteUrl(feedPath(locale), siteOrigin()),
    language: locales[locale].lang,
    lastBuildDate: buildDate(root),
    copyright: `${nameText(sourceReport.publisher.name, locale)} · ${licence.short}`,
    items: latest(
      achievements.map((achievement) => ({ achievement, pubDate: changedOn(root, [`content/achievements/${achievement.slug}`]) })),
    ).map(({ achievement, pubDate }) => {
      const text = textIn(achievement, locale);
      return {
        title: text.title,
        link: pageUrl(locale, ['achievements', achievement.slug]),
        description: plainText(text.entry.body ?? ''),
        category: nameText(achievement.category.name, locale),
        pubDate,
      };
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
