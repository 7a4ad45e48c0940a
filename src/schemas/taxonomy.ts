import { z } from 'astro/zod';

/**
 * Stable ASCII ids: they become URLs (`/regions/draa-tafilalet/`) and must never be built
 * from a translated name.
 */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case ASCII letters, digits and single hyphens only, like "draa-tafilalet"',
  )
  .describe('Stable ASCII id, used in URLs. Never change it once published.');

/** A text in each of the site's languages. */
export const localizedTextSchema = z
  .object({
    ar: z.string().min(1).describe('Arabic, the reference language.'),
    fr: z.string().min(1).describe('French.'),
    en: z.string().min(1).describe('English.'),
  })
  .strict();

export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** One heading of the source document (`content/categories.yaml`). */
export const categorySchema = z
  .object({
    id: slugSchema,
    order: z.number().int().positive().describe('Position of the heading in the source document (1 = first).'),
    name: localizedTextSchema.describe('The heading; the Arabic is the source document’s own wording.'),
  })
  .strict();

/** One of Morocco's 12 regions (`content/regions.yaml`). */
export const regionSchema = z
  .object({
    id: slugSchema,
    code: z
      .string()
      .regex(/^MA-(0[1-9]|1[0-2])$/, 'write the ISO 3166-2:MA code, from MA-01 to MA-12')
      .describe('ISO 3166-2:MA code of the region.'),
    name: localizedTextSchema.describe('Official name of the region.'),
    tile: z
      .object({
        row: z.number().int().min(0).max(9).describe('Row, from 0 in the north.'),
        column: z.number().int().min(0).max(5).describe('Column, from 0 in the west.'),
      })
      .strict()
      .describe(
        'Place of the region on the schematic map of the 12 regions (one equal tile each, laid out roughly as on a map: north at the top, west on the left, in every language). Two regions cannot share a tile.',
      ),
  })
  .strict();

/** A city or site named in the source (`content/places.yaml`). */
export const placeSchema = z
  .object({
    id: slugSchema,
    region: slugSchema.describe('Id of the region the place lies in (content/regions.yaml).'),
    name: localizedTextSchema.describe('Usual name of the place.'),
  })
  .strict();

export const partnerKinds = [
  'university',
  'foundation',
  'public-agency',
  'international-organisation',
  'government-body',
  'legislature',
  'professional-chamber',
  'cooperation-agency',
] as const;

export type PartnerKind = (typeof partnerKinds)[number];

/** A body the ministry worked with (`content/partners.yaml`). */
export const partnerSchema = z
  .object({
    id: slugSchema,
    kind: z.enum(partnerKinds).describe('What sort of body the partner is.'),
    acronym: z
      .string()
      .regex(/^[A-Z][A-Z0-9]+$/, 'write the acronym in Latin capital letters, like "OFPPT"')
      .optional()
      .describe('Well-known acronym in Latin letters, if the body has one.'),
    seat: slugSchema.optional().describe('Id of the place where the partner sits (content/places.yaml), if known.'),
    name: localizedTextSchema.describe('Official name in each language (see the glossary).'),
  })
  .strict();

export type Category = z.infer<typeof categorySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Partner = z.infer<typeof partnerSchema>;
