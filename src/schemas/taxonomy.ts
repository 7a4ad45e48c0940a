import { z } from 'astro/zod';
import {
  defaultLocale,
  languageName,
  localeCodes,
  namesRequired,
  type Locale,
  type NameLocale,
  type OptionalNameLocale,
} from '../i18n/locales.ts';

/**
 * Stable ASCII ids: they become URLs (`/regions/draa-tafilalet/`) and must never be built
 * from a translated name.
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and single hyphens only, like "draa-tafilalet"')
  .describe('Stable ASCII id, used in URLs. Never change it once published.');

/** One field per language of the locale table, each made by `field`. */
function perLocale<Field extends z.ZodType>(field: (locale: Locale) => Field): { [L in Locale]: Field } {
  return Object.fromEntries(localeCodes.map((locale) => [locale, field(locale)])) as { [L in Locale]: Field };
}

/** A name in one language: the Arabic is the reference. */
function nameField(locale: Locale) {
  return z
    .string()
    .min(1)
    .describe(locale === defaultLocale ? `${languageName(locale)}, the reference language.` : `${languageName(locale)}.`);
}

type NameField = ReturnType<typeof nameField>;
type NameShape = { [L in NameLocale]: NameField } & { [L in OptionalNameLocale]: z.ZodOptional<NameField> };

/**
 * A text in each of the site's languages; optional in a language the locale table marks
 * `names: 'optional'` (its pages show the Arabic then, through `src/i18n/names.ts`).
 */
export const localizedTextSchema = z
  .object(
    Object.fromEntries(
      localeCodes.map((locale) => [locale, namesRequired(locale) ? nameField(locale) : nameField(locale).optional()]),
    ) as NameShape,
  )
  .strict();

export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Words a reader types into the search box, indexed and never shown. In an achievement's file
 * the content check holds them to the text's rules (no number the facts lack).
 */
export const searchWordsSchema = z
  .array(z.string().trim().min(2).max(100, 'keep it to a name or a few words (100 characters at most)'))
  .max(8, 'keep the list short: 8 at most')
  .superRefine((words, context) => {
    const seen = new Set<string>();
    words.forEach((word, index) => {
      const key = word.toLocaleLowerCase();
      if (seen.has(key))
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `"${word}" is listed twice`,
          params: { rule: 'duplicate-search-word', word },
        });
      seen.add(key);
    });
  });

/**
 * Other names of a region, place or partner in each language (spellings, short names,
 * acronyms), for search only: they are indexed with the pages that name it and shown nowhere.
 */
export const aliasesSchema = z
  .object(
    perLocale((locale) =>
      searchWordsSchema
        .optional()
        .describe(
          locale === defaultLocale
            ? `Other ${languageName(locale)} names: short forms, other spellings, acronyms in use.`
            : `Other ${languageName(locale)} names.`,
        ),
    ),
  )
  .strict()
  .describe(
    'Other names a reader may search for, per language (spellings, short names, acronyms), never shown: only real names in use, not the official name again.',
  );

export type Aliases = z.infer<typeof aliasesSchema>;

/** The official name must not be listed again among its aliases. */
function aliasesDifferFromName(item: { name: LocalizedText; aliases?: Aliases | undefined }, context: z.RefinementCtx) {
  for (const locale of localeCodes) {
    (item.aliases?.[locale] ?? []).forEach((alias, index) => {
      if (alias.toLocaleLowerCase() === item.name[locale]?.toLocaleLowerCase()) {
        context.addIssue({
          code: 'custom',
          path: ['aliases', locale, index],
          message: `"${alias}" is the official name: list other names only`,
          params: { rule: 'alias-is-name', alias },
        });
      }
    });
  }
}

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
    aliases: aliasesSchema.optional(),
  })
  .strict()
  .superRefine(aliasesDifferFromName);

/** A city or site named in the source (`content/places.yaml`). */
export const placeSchema = z
  .object({
    id: slugSchema,
    region: slugSchema.describe('Id of the region the place lies in (content/regions.yaml).'),
    name: localizedTextSchema.describe('Usual name of the place.'),
    aliases: aliasesSchema.optional(),
  })
  .strict()
  .superRefine(aliasesDifferFromName);

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
    aliases: aliasesSchema.optional(),
  })
  .strict()
  .superRefine(aliasesDifferFromName);

export type Category = z.infer<typeof categorySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Partner = z.infer<typeof partnerSchema>;
