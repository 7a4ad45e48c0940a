import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';
import { unitIds } from './units.ts';
import type { KnownIds } from './known-ids.ts';
import { knownId } from './known-ids.ts';

const unitSchema = z
  .enum(unitIds, {
    error: (issue) => `unknown unit ${JSON.stringify(issue.input)}: use one of ${unitIds.join(', ')} (defined in src/schemas/units.ts)`,
  })
  .describe('What is counted; labels and plural forms live in src/schemas/units.ts.');

const countSchema = z
  .number({ error: 'write a whole number without separators, like 16098 (not "16.098")' })
  .int('write a whole number: the source writes thousands with a dot (16.098 is 16098)')
  .nonnegative('a count cannot be negative')
  .describe('The count, as an integer (16.098 in the source is 16098).');

/**
 * A counted figure of an achievement, with an optional breakdown whose parts must add up to
 * the total (the 67 infrastructures are 16 villages + 5 complexes + …).
 */
export function figureSchema(ids: KnownIds) {
  const placesSchema = z
    .array(knownId(ids.places, 'place', 'content/places.yaml'))
    .optional()
    .describe('Places (content/places.yaml) this figure is about, when the source says where.');

  const partSchema = z
    .object({
      value: countSchema,
      unit: unitSchema,
      places: placesSchema,
    })
    .strict();

  return z
    .object({
      value: countSchema,
      unit: unitSchema,
      headline: z.boolean().optional().describe('Show this figure among the headline figures on the home page.'),
      date: partialDateSchema.optional().describe('The year, month or day the figure refers to ("برسم سنة 2020").'),
      places: placesSchema,
      breakdown: z
        .array(partSchema)
        .min(2, 'a breakdown needs at least two parts; remove it if there is only one')
        .optional()
        .describe('Parts of the total, in the order of the source. They must add up to `value`.'),
    })
    .strict()
    .superRefine((figure, context) => {
      if (!figure.breakdown) return;
      const sum = figure.breakdown.reduce((total, part) => total + part.value, 0);
      if (sum !== figure.value) {
        const parts = figure.breakdown.map((part) => part.value).join(' + ');
        context.addIssue({
          code: 'custom',
          path: ['breakdown'],
          message: `the parts add up to ${sum} (${parts}) but the total is ${figure.value}: correct a part or the total so that they match`,
          params: { rule: 'breakdown-sum', sum, total: figure.value, parts },
        });
      }
    });
}

export type Figure = z.output<ReturnType<typeof figureSchema>>;
