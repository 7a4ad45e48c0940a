import { z } from 'astro/zod';
import { en } from '../../i18n/ui/en.ts';
import { PARTIAL_DATE_PATTERN } from '../../schemas/partial-date.ts';
import { withTrailingSlash } from '../routing.ts';
import { datasets, type DatasetId } from './build.ts';

/**
 * JSON Schemas (draft 2020-12) of the open data, generated from the Zod schemas of
 * `schemas.ts` at build time, and the field tables of the data page, read back from them.
 */

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: readonly (string | number)[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  additionalProperties?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
}

/** The datasets published as JSON, each with a schema file `schemas/<id>.schema.json`. */
export const jsonDatasets = (Object.keys(datasets) as DatasetId[]).filter((id) =>
  (datasets[id].formats as readonly string[]).includes('json'),
);

/**
 * The JSON Schema of `<dataset>.json`: an array of records. `$id` is the schema's own address.
 * Figures come without a JSON file (they are inside achievements.json) but get a schema all
 * the same, for the data page's table of the columns of figures.csv.
 */
export function datasetJsonSchema(dataset: DatasetId, id?: string): JsonSchema {
  const generated = z.toJSONSchema(z.array(datasets[dataset].schema), { target: 'draft-2020-12' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    ...(id ? { $id: id } : {}),
    title: `${dataset}.json`,
    description: en[`data.dataset.${dataset}`],
    ...rest,
  };
}

/** One field of a record, for the data page. */
export interface FieldDescription {
  /** Path in the record, `figures.breakdown.value` for a field inside lists. */
  path: string;
  kind: 'string' | 'integer' | 'url' | 'date' | 'enum' | 'list' | 'list-of-groups';
  required: boolean;
  /** The values an enum field takes. */
  values?: readonly (string | number)[];
  /** The English description, as the schema has it. */
  description: string;
}

function kindOf(schema: JsonSchema): FieldDescription['kind'] {
  if (schema.enum) return 'enum';
  if (schema.type === 'array') return schema.items?.type === 'object' ? 'list-of-groups' : 'list';
  if (schema.type === 'integer' || schema.type === 'number') return 'integer';
  if (schema.format === 'uri') return 'url';
  if (schema.pattern === PARTIAL_DATE_PATTERN.source) return 'date';
  return 'string';
}

/** Every field of a dataset's records, nested fields after their parent. */
export function fieldsOf(schema: JsonSchema, prefix = ''): FieldDescription[] {
  const record = schema.type === 'array' && schema.items ? schema.items : schema;
  const required = new Set(record.required ?? []);
  return Object.entries(record.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const own: FieldDescription = {
      path,
      kind: kindOf(field),
      required: required.has(name),
      ...(field.enum ? { values: field.enum } : {}),
      description: field.description ?? '',
    };
    const nested = field.type === 'array' && field.items?.type === 'object' ? fieldsOf(field.items, `${path}.`) : [];
    return [own, ...nested];
  });
}

export type FieldKey = Extract<keyof typeof en, `data.field.${string}`>;

const keyOfText = new Map<string, FieldKey>();
for (const [key, text] of Object.entries(en) as [keyof typeof en, string][]) {
  if (key.startsWith('data.field.')) keyOfText.set(text, key as FieldKey);
}

/**
 * The dictionary key whose English text is a schema description: the data page shows that
 * key's text in its own language. Fields described alike share a key (and its translations).
 * @throws when a description has no key: a field was described outside the dictionary.
 */
export function fieldKeyOf(description: string): FieldKey {
  const key = keyOfText.get(description);
  if (!key)
    throw new Error(
      `No data.field.* dictionary key has the English text "${description}": describe open-data fields with dictionary texts (src/lib/open-data/schemas.ts).`,
    );
  return key;
}

/**
 * Where a dataset's schema is published, under the deploy base: one set for every language.
 * @example schemaPath('regions', '/sub/') // '/sub/data/schemas/regions.schema.json'
 */
export function schemaPath(dataset: DatasetId, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  return `${withTrailingSlash(base)}data/schemas/${dataset}.schema.json`;
}
