import { z } from 'astro/zod';
import { figureSchema } from './figure.ts';
import type { KnownIds } from './known-ids.ts';
import { knownId } from './known-ids.ts';
import { partialDateSchema } from './partial-date.ts';
import { searchWordsSchema } from './taxonomy.ts';

export const statuses = ['completed', 'ongoing', 'planned'] as const;
export type Status = (typeof statuses)[number];

/**
 * Where the work happens:
 * - `national`: the whole country, or no place is named (no regions listed);
 * - `regional`: the regions listed in `regions`;
 * - `unspecified`: the source speaks of several regions without naming them
 *   ("بمجموعة من المناطق"); no region is listed, none is invented.
 */
export const scopes = ['national', 'regional', 'unspecified'] as const;
export type Scope = (typeof scopes)[number];

/** What happened on a date. */
export const dateEvents = ['reference-year', 'field-survey-round', 'official-bulletin-publication', 'event-held'] as const;
export type DateEvent = (typeof dateEvents)[number];

export const legalTypes = ['law', 'decree', 'order'] as const;
export type LegalType = (typeof legalTypes)[number];

export const publicationWorks = ['handicrafts-panorama', 'exports-annual-report'] as const;
export type PublicationWork = (typeof publicationWorks)[number];

const datedEventSchema = z
  .object({
    date: partialDateSchema,
    event: z.enum(dateEvents).describe('What happened on that date.'),
  })
  .strict();

const legalReferenceSchema = z
  .object({
    type: z.enum(legalTypes).describe('law (قانون), decree (مرسوم) or order (قرار).'),
    number: z
      .string()
      .regex(/^\d+-\d{2}$/, 'write the number as number-year, like "50-17"')
      .optional()
      .describe('Official number, as number-year ("50-17" is law no. 50 of 2017).'),
    officialBulletin: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Issue of the Official Bulletin (الجريدة الرسمية) that published the text.'),
  })
  .strict();

const publicationSchema = z
  .object({
    work: z.enum(publicationWorks).describe('The publication that came out of the achievement.'),
    edition: z.number().int().positive().optional().describe('Edition number (11 for the eleventh edition).'),
  })
  .strict();

/** Everyday words for what the entry describes, for search only (never shown). */
const keywordsSchema = searchWordsSchema
  .optional()
  .describe(
    'A few everyday words a reader would search for, in the language of this file, for what the text says in other words (never shown, only searched). At most 8; a number must be one the facts hold, as in the text.',
  );

/**
 * The facts of one achievement, stored once, in the frontmatter of its Arabic file
 * (`content/achievements/<slug>/ar.mdx`). Translations carry text only.
 */
export function achievementSchema(ids: KnownIds) {
  return z
    .object({
      title: z.string().min(1).describe('Short Arabic title, in the words of the source.'),
      category: knownId(ids.categories, 'category', 'content/categories.yaml').describe(
        'Id of the source heading the achievement stands under (content/categories.yaml).',
      ),
      status: z.enum(statuses).describe('completed (أُنجز), ongoing (جارٍ) or planned (في طور التحضير).'),
      source: z
        .object({
          line: z.number().int().positive().describe('Line of the bullet in content/source/report.ar.txt, the source document.'),
        })
        .strict()
        .describe('Where the achievement stands in the source document.'),
      scope: z.enum(scopes).describe('national, regional (regions listed) or unspecified (regions not named).'),
      regions: z
        .array(knownId(ids.regions, 'region', 'content/regions.yaml'))
        .default([])
        .describe('Regions where the work happens (not where a partner sits).'),
      places: z
        .array(knownId(ids.places, 'place', 'content/places.yaml'))
        .default([])
        .describe('Cities or sites the source names, each in one of `regions`.'),
      partners: z
        .array(knownId(ids.partners, 'partner', 'content/partners.yaml'))
        .default([])
        .describe('Partners named in the source (content/partners.yaml).'),
      figures: z.array(figureSchema(ids)).default([]).describe('Every count the source gives.'),
      dates: z.array(datedEventSchema).default([]).describe('Every date the source gives, with what happened on it.'),
      legal: z.array(legalReferenceSchema).default([]).describe('Laws, decrees and orders the achievement concerns.'),
      publications: z.array(publicationSchema).default([]).describe('Publications that came out of the achievement.'),
      keywords: keywordsSchema,
    })
    .strict()
    .superRefine((entry, context) => {
      if (entry.scope === 'regional' && entry.regions.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['scope'],
          message: 'scope is "regional" but no region is listed: add the regions, or set scope to "national"',
          params: { rule: 'scope-needs-regions' },
        });
      }
      if (entry.scope !== 'regional' && entry.regions.length > 0) {
        context.addIssue({
          code: 'custom',
          path: ['scope'],
          message: `regions are listed but scope is "${entry.scope}": set scope to "regional"`,
          params: { rule: 'scope-has-regions', scope: entry.scope },
        });
      }
      entry.places.forEach((place, index) => {
        const region = ids.regionOfPlace[place];
        if (region && !entry.regions.includes(region)) {
          context.addIssue({
            code: 'custom',
            path: ['places', index],
            message: `"${place}" lies in region "${region}", which is not in regions: add it to regions`,
            params: { rule: 'place-outside-regions', place, region },
          });
        }
      });
      entry.figures.forEach((figure, index) => {
        const figurePlaces = [...(figure.places ?? []), ...(figure.breakdown ?? []).flatMap((part) => part.places ?? [])];
        for (const place of figurePlaces) {
          if (!entry.places.includes(place)) {
            context.addIssue({
              code: 'custom',
              path: ['figures', index, 'places'],
              message: `figure names place "${place}", which is not in the achievement's places: add it there`,
              params: { rule: 'figure-place-not-listed', place },
            });
          }
        }
      });
    });
}

/**
 * A translation (`content/achievements/<slug>/fr.mdx`, `en.mdx`): text only. Facts are not
 * allowed here, so a translation cannot contradict them.
 */
export const translationSchema = z
  .object({
    title: z.string().min(1).describe('The title, translated.'),
    keywords: keywordsSchema,
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'leave this to `npm run translations -- --mark <slug>/<language>`')
      .optional()
      .describe(
        'Fingerprint of the Arabic text this translation was made from, written by `npm run translations -- --mark <slug>/<language>`; it tells when the Arabic has changed since.',
      ),
  })
  .strict();

export type AchievementFacts = z.output<ReturnType<typeof achievementSchema>>;
export type AchievementTranslation = z.output<typeof translationSchema>;
