import { getRssString } from '@astrojs/rss';
import { NOT_XML } from '../characters.ts';

/**
 * RSS 2.0 feeds, one per language: the achievements changed most recently (`FEED_LIMIT`, today
 * all of them), with absolute links. Dates come from git
 * (when an achievement's files last changed), never from the clock, so builds stay
 * reproducible.
 */

export interface FeedItem {
  title: string;
  /** Absolute URL of the achievement's page; also its guid. */
  link: string;
  description: string;
  category: string;
  pubDate: Date;
}

export interface Feed {
  title: string;
  description: string;
  /** The site's home page in the feed's language. */
  link: string;
  /** The feed's own absolute URL. */
  self: string;
  /** BCP 47 tag. */
  language: string;
  /** When the content last changed: the build's commit date. */
  lastBuildDate: Date;
  copyright: string;
  items: readonly FeedItem[];
}

/**
 * How many items a feed holds: readers fetch a feed again and again, and only want what is new.
 * With every achievement, 10,000 made a 10 MB feed; every achievement stays in the sitemap and
 * the open data.
 */
export const FEED_LIMIT = 50;

/** Text XML 1.0 can hold: characters it cannot (the content check refuses them) become U+FFFD, so that the feed always parses. */
function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Text escaped for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return xmlText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * The date format RSS 2.0 asks for (RFC 822, in GMT).
 * @example rfc822(new Date('2020-07-30T00:00:00Z')) // 'Thu, 30 Jul 2020 00:00:00 GMT'
 */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** Newest first; items changed together keep the order they were given in (the source's). */
export function newestFirst<Item extends { pubDate: Date }>(items: readonly Item[]): Item[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The `FEED_LIMIT` items a feed holds, newest first. Pick them before formatting: at 10,000
 * achievements, formatting every item to keep 50 held the build up 8 s.
 */
export function latest<Item extends { pubDate: Date }>(items: readonly Item[]): Item[] {
  return newestFirst(items).slice(0, FEED_LIMIT);
}

/**
 * The whole feed document, written by @astrojs/rss. It escapes text but passes other characters
 * through, so every value is made XML-safe first; `customData` is XML, so its values are escaped here.
 */
export function rssFeed(feed: Feed): Promise<string> {
  const tag = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return getRssString({
    title: xmlText(feed.title),
    description: xmlText(feed.description),
    site: xmlText(feed.link),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      tag('language', feed.language),
      tag('copyright', feed.copyright),
      tag('lastBuildDate', rfc822(feed.lastBuildDate)),
      `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: latest(feed.items).map((item) => ({
      title: xmlText(item.title),
      link: xmlText(item.link),
      description: xmlText(item.description),
      categories: [xmlText(item.category)],
      pubDate: item.pubDate,
    })),
  });
}
