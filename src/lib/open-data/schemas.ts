import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales.ts';
import { en } from '../../i18n/ui/en.ts';
import { dateEvents, legalTypes, publicationWorks, scopes, statuses } from '../../schemas/achievement.ts';
import { PARTIAL_DATE_PATTERN } from '../../schemas/partial-date.ts';
import { partnerKinds } from '../../schemas/taxonomy.ts';
import { unitIds } from '../../schemas/units.ts';

/**
 * The shape of every open-data file, as Zod schemas. They do three jobs: the build parses
 * each file through its schema before writing it (a builder that drifts fails the build), the
 * JSON Schema published beside each JSON file is generated from them (`z.toJSONSchema`), and
 * the data page's field tables are generated from that JSON Schema.
 *
 * Descriptions are the English texts of the `data.field.*` dictionary keys, so the data page
 * shows the same description in Arabic and French (see `fieldKeyOf` in `describe.ts`).
 */

type FieldKey = Extract<keyof typeof en, `data.field.${string}`>;
const text = (key: FieldKey) => en[key];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const ids = (key: FieldKey) => z.array(id).describe(text(key));
const names = (key: FieldKey) => z.array(z.string().min(1)).describe(text(key));
const url = (key: FieldKey) => z.url({ protocol: /^https?$/ }).describe(text(key));
const count = z.number().int().nonnegative();
const partialDate = (key: FieldKey) => z.string().regex(PARTIAL_DATE_PATTERN).describe(text(key));

const partRecord = z
  .object({
    value: count.describe(text('data.field.part.value')),
    unit: z.enum(unitIds).describe(text('data.field.figure.unit')),
    label: z.string().min(1).describe(text('data.field.figure.label')),
    places: ids('data.field.figure.places'),
  })
  .strict();

const figureRecord = z
  .object({
    value: count.describe(text('data.field.figure.value')),
    unit: z.enum(unitIds).describe(text('data.field.figure.unit')),
    label: z.string().min(1).describe(text('data.field.figure.label')),
    date: partialDate('data.field.figure.date').optional(),
    places: ids('data.field.figure.places'),
    breakdown: z.array(partRecord).describe(text('data.field.figure.breakdown')),
  })
  .strict();

const dateRecord = z
  .object({
    date: partialDate('data.field.date.date'),
    precision: z.enum(['year', 'month', 'day']).describe(text('data.field.date.precision')),
    event: z.enum(dateEvents).describe(text('data.field.date.event')),
    eventLabel: z.string().min(1).describe(text('data.field.date.eventLabel')),
  })
  .strict();

const legalRecord = z
  .object({
    type: z.enum(legalTypes).describe(text('data.field.legal.type')),
    number: z
      .string()
      .regex(/^\d+-\d{2}$/)
      .optional()
      .describe(text('data.field.legal.number')),
    officialBulletin: z.number().int().positive().optional().describe(text('data.field.legal.officialBulletin')),
    label: z.string().min(1).describe(text('data.field.legal.label')),
  })
  .strict();

const publicationRecord = z
  .object({
    work: z.enum(publicationWorks).describe(text('data.field.publication.work')),
    edition: z.number().int().positive().optional().describe(text('data.field.publication.edition')),
    label: z.string().min(1).describe(text('data.field.publication.label')),
  })
  .strict();

/** One achievement in `achievements.json`, in the language of the file. */
export const achievementRecord = z
  .object({
    id: id.describe(text('data.field.achievement.id')),
    url: url('data.field.achievement.url'),
    title: z.string().min(1).describe(text('data.field.achievement.title')),
    textLanguage: z.enum(localeCodes).describe(text('data.field.achievement.textLanguage')),
    text: z.string().min(1).describe(text('data.field.achievement.text')),
    category: id.describe(text('data.field.achievement.category')),
    categoryName: z.string().min(1).describe(text('data.field.achievement.categoryName')),
    status: z.enum(statuses).describe(text('data.field.achievement.status')),
    statusLabel: z.string().min(1).describe(text('data.field.achievement.statusLabel')),
    scope: z.enum(scopes).describe(text('data.field.achievement.scope')),
    scopeLabel: z.string().min(1).describe(text('data.field.achievement.scopeLabel')),
    regions: ids('data.field.achievement.regions'),
    regionNames: names('data.field.achievement.regionNames'),
    places: ids('data.field.achievement.places'),
    placeNames: names('data.field.achievement.placeNames'),
    partners: ids('data.field.achievement.partners'),
    partnerNames: names('data.field.achievement.partnerNames'),
    figures: z.array(figureRecord).describe(text('data.field.achievement.figures')),
    dates: z.array(dateRecord).describe(text('data.field.achievement.dates')),
    legal: z.array(legalRecord).describe(text('data.field.achievement.legal')),
    publications: z.array(publicationRecord).describe(text('data.field.achievement.publications')),
    sourceLine: z.number().int().positive().describe(text('data.field.achievement.sourceLine')),
  })
  .strict();

/** One row of `figures.csv`: a figure (part empty) or one part of its breakdown. */
export const figureRow = z
  .object({
    achievement: id.describe(text('data.field.figureRow.achievement')),
    achievementTitle: z.string().min(1).describe(text('data.field.figureRow.achievementTitle')),
    figure: z.number().int().positive().describe(text('data.field.figureRow.figure')),
    part: z.number().int().positive().optional().describe(text('data.field.figureRow.part')),
    value: count.describe(text('data.field.figureRow.value')),
    unit: z.enum(unitIds).describe(text('data.field.figure.unit')),
    label: z.string().min(1).describe(text('data.field.figure.label')),
    date: partialDate('data.field.figure.date').optional(),
    places: ids('data.field.figure.places'),
  })
  .strict();

export const categoryRecord = z
  .object({
    id: id.describe(text('data.field.category.id')),
    order: z.number().int().positive().describe(text('data.field.category.order')),
    name: z.string().min(1).describe(text('data.field.category.name')),
    achievements: count.describe(text('data.field.category.achievements')),
    url: url('data.field.category.url'),
  })
  .strict();

export const regionRecord = z
  .object({
    id: id.describe(text('data.field.region.id')),
    code: z
      .string()
      .regex(/^MA-(0[1-9]|1[0-2])$/)
      .describe(text('data.field.region.code')),
    name: z.string().min(1).describe(text('data.field.region.name')),
    achievements: count.describe(text('data.field.region.achievements')),
    url: url('data.field.region.url'),
  })
  .strict();

export const placeRecord = z
  .object({
    id: id.describe(text('data.field.place.id')),
    name: z.string().min(1).describe(text('data.field.place.name')),
    region: id.describe(text('data.field.place.region')),
    regionName: z.string().min(1).describe(text('data.field.place.regionName')),
  })
  .strict();

export const partnerRecord = z
  .object({
    id: id.describe(text('data.field.partner.id')),
    name: z.string().min(1).describe(text('data.field.partner.name')),
    acronym: z.string().optional().describe(text('data.field.partner.acronym')),
    kind: z.enum(partnerKinds).describe(text('data.field.partner.kind')),
    kindLabel: z.string().min(1).describe(text('data.field.partner.kindLabel')),
    seat: id.optional().describe(text('data.field.partner.seat')),
    seatName: z.string().optional().describe(text('data.field.partner.seatName')),
    achievements: count.describe(text('data.field.partner.achievements')),
    url: url('data.field.partner.url'),
  })
  .strict();

export type AchievementRecord = z.infer<typeof achievementRecord>;
export type FigureRow = z.infer<typeof figureRow>;
export type CategoryRecord = z.infer<typeof categoryRecord>;
export type RegionRecord = z.infer<typeof regionRecord>;
export type PlaceRecord = z.infer<typeof placeRecord>;
export type PartnerRecord = z.infer<typeof partnerRecord>;
