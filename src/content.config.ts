import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse } from 'yaml';
import { translationLocales } from './i18n/locales.ts';
import { renderedMdxGlob } from './lib/mdx-loader.ts';
import { achievementSchema, translationSchema } from './schemas/achievement.ts';
import { loadKnownIds } from './schemas/known-ids.ts';
import { sourceReportSchema } from './schemas/source-report.ts';
import { categorySchema, partnerSchema, placeSchema, regionSchema } from './schemas/taxonomy.ts';

/**
 * Editors' files live in the top-level `content/` folder:
 *
 * content/achievements/<slug>/ar.mdx   facts (frontmatter) + Arabic text: one per achievement
 * content/achievements/<slug>/fr.mdx   French text (title + body), no facts
 * content/achievements/<slug>/en.mdx   English text (title + body), no facts
 * content/{categories,regions,places,partners}.yaml
 *
 * The texts are MDX, read by `glob()` and turned into HTML as they are loaded
 * (src/lib/mdx-loader.ts): the content check leaves them no code to run.
 */
const contentDir = new URL('../content/', import.meta.url);
const knownIds = loadKnownIds(contentDir);

/** The folder name is the achievement's slug, the same in every language. */
const slugOfFolder = ({ entry }: { entry: string }) => entry.split('/')[0] ?? entry;

const achievements = defineCollection({
  loader: renderedMdxGlob({ pattern: '*/ar.mdx', base: './content/achievements', generateId: slugOfFolder }),
  schema: achievementSchema(knownIds),
});

const translations = defineCollection({
  loader: renderedMdxGlob({
    pattern: `*/{${translationLocales.join(',')}}.mdx`,
    base: './content/achievements',
    // `<slug>/fr`: one id per achievement and language.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: translationSchema,
});

const categories = defineCollection({ loader: file('./content/categories.yaml'), schema: categorySchema });
const regions = defineCollection({ loader: file('./content/regions.yaml'), schema: regionSchema });
const places = defineCollection({ loader: file('./content/places.yaml'), schema: placeSchema });
const partners = defineCollection({ loader: file('./content/partners.yaml'), schema: partnerSchema });

/** How the source document is cited: one entry, `report` (content/source/report.yaml). */
const sourceReport = defineCollection({
  loader: file('./content/source/report.yaml', { parser: (text) => ({ report: parse(text) as Record<string, unknown> }) }),
  schema: sourceReportSchema,
});

export const collections = { achievements, translations, categories, regions, places, partners, sourceReport };
