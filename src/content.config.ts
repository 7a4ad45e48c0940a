import { defineCollection } from 'astro:content';
import { contentPipeline } from './lib/pipeline/loaders.ts';
import { achievementSchema, translationSchema } from './schemas/achievement.ts';
import { sourceReportSchema } from './schemas/source-report.ts';
import { categorySchema, partnerSchema, placeSchema, regionSchema } from './schemas/taxonomy.ts';

/**
 * Editors' files live in the top-level `content/` folder:
 *
 * content/achievements/<slug>/ar.mdx   facts (frontmatter) + Arabic text: one per achievement
 * content/achievements/<slug>/fr.mdx   French text (title + body), no facts
 * content/achievements/<slug>/en.mdx   English text (title + body), no facts
 * content/{categories,regions,places,partners}.yaml, content/source/report.yaml
 *
 * Every collection is loaded from one reading of that folder (src/lib/pipeline/): each file is
 * read, parsed and rendered once, the content check judges that reading, and the loaders store
 * it. The texts are stored as HTML: the check and the renderer leave them no code to run.
 */
const content = contentPipeline(new URL('../', import.meta.url), { check: true });

const achievements = defineCollection({ loader: content.achievements, schema: achievementSchema(content.knownIds()) });
const translations = defineCollection({ loader: content.translations, schema: translationSchema });

const categories = defineCollection({ loader: content.data('categories'), schema: categorySchema });
const regions = defineCollection({ loader: content.data('regions'), schema: regionSchema });
const places = defineCollection({ loader: content.data('places'), schema: placeSchema });
const partners = defineCollection({ loader: content.data('partners'), schema: partnerSchema });

/** How the source document is cited: one entry, `report` (content/source/report.yaml). */
const sourceReport = defineCollection({ loader: content.sourceReport, schema: sourceReportSchema });

export const collections = { achievements, translations, categories, regions, places, partners, sourceReport };
