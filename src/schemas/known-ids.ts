import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { readTextFile } from '../lib/text-file.ts';

/**
 * The ids an achievement may refer to, read from the data files in `content/`.
 *
 * Astro's `reference()` only logs a reference to a missing entry and lets the build succeed
 * (see shared/STACK.md), so achievements check their references against these lists inside
 * the schema: a wrong id then fails the build with the file, the field and the list to use.
 */
export interface KnownIds {
  categories: readonly string[];
  regions: readonly string[];
  partners: readonly string[];
  places: readonly string[];
  /** The region of each place, to check that an achievement names the regions of its places. */
  regionOfPlace: Readonly<Record<string, string>>;
}

/** A string that must be one of `ids`, with a message that says where the valid ids live. */
export function knownId(ids: readonly string[], kind: string, file: string) {
  return z.string().refine((value) => ids.includes(value), {
    error: (issue) =>
      `unknown ${kind} ${JSON.stringify(issue.input)}: use an id listed in ${file}` + (ids.length > 0 ? ` (for example "${ids[0]}")` : ''),
    params: { rule: 'unknown-reference', file },
  });
}

interface IdRow {
  id: string;
  region?: string;
}

/**
 * The rows of a data file, read as the content check reads it (no symbolic link, UTF-8, size).
 * A file that cannot be read gives no ids: each reference to it then fails where it is written,
 * and the check, or the data file's own loader, says what is wrong with the file.
 */
function readRows(contentDir: URL, file: string): IdRow[] {
  const read = readTextFile(fileURLToPath(new URL(file, contentDir)));
  let rows: unknown = [];
  try {
    if ('text' in read) rows = parse(read.text);
  } catch {
    rows = [];
  }
  return Array.isArray(rows) ? rows.filter((row): row is IdRow => typeof row?.id === 'string') : [];
}

/** Reads the ids from `content/*.yaml`. `contentDir` is the URL of the `content/` folder. */
export function loadKnownIds(contentDir: URL): KnownIds {
  const places = readRows(contentDir, 'places.yaml');
  return {
    categories: readRows(contentDir, 'categories.yaml').map((row) => row.id),
    regions: readRows(contentDir, 'regions.yaml').map((row) => row.id),
    partners: readRows(contentDir, 'partners.yaml').map((row) => row.id),
    places: places.map((row) => row.id),
    regionOfPlace: Object.fromEntries(places.map((row) => [row.id, row.region ?? ''])),
  };
}
