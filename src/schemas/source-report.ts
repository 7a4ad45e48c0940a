import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';
import { localizedTextSchema } from './taxonomy.ts';

/**
 * How the source document is cited (`content/source/report.yaml`, beside the document itself):
 * who published it and when. The document names neither, so both are settings an editor
 * confirms with the publisher; citations, the JSON-LD organisation and the open data read
 * them from here and nowhere else.
 */
export const sourceReportSchema = z
  .object({
    publisher: z
      .object({
        name: localizedTextSchema.describe('Official name of the body that published the document, in each language.'),
        url: z
          .url({ protocol: /^https$/, error: 'write the address of the publisher’s website, starting with https://' })
          .optional()
          .describe('The publisher’s website, if it is to be linked.'),
      })
      .strict()
      .describe('The body that published the source document.'),
    date: partialDateSchema.describe(
      'Date of the source document as it is to be cited: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the publisher gives it.',
    ),
  })
  .strict();

export type SourceReport = z.output<typeof sourceReportSchema>;
