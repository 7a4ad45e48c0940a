import { z } from 'astro/zod';

/** How much of a date the source gives: a day (`2020-07-30`), a month (`2020-05`) or a year. */
export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** The date as written in the frontmatter, ISO 8601 (`2020`, `2020-05`, `2020-07-30`). */
  iso: string;
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: DatePrecision;
}

/** `2020`, `2020-05` or `2020-07-30`: the form of a partial date, before its calendar is checked. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `2020`, `2020-05` or `2020-07-30` into a {@link PartialDate}, or returns `undefined`
 * when the text is not a real calendar date (`2020-13`, `2021-02-29`).
 *
 * @example parsePartialDate('2020-05') // { iso: '2020-05', year: 2020, month: 5, precision: 'month' }
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: text, year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { iso: text, year, month, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { iso: text, year, month, day, precision: 'day' };
}

/**
 * A date with its precision, written as text in ISO 8601 order. YAML reads an unquoted
 * `2020` as a number, so a bare year is accepted too.
 */
export const partialDateSchema = z
  .union([z.string(), z.number().int()])
  .transform((value, context) => {
    const text = String(value);
    const parsed = parsePartialDate(text);
    if (!parsed) {
      context.addIssue({
        code: 'custom',
        message: `"${text}" is not a date. Write a year (2020), a month (2020-05) or a day (2020-07-30), and check that the day exists.`,
        params: { rule: 'invalid-date' },
      });
      return z.NEVER;
    }
    return parsed;
  })
  .describe('A date as YYYY, YYYY-MM or YYYY-MM-DD; its precision follows from how much is written.');
