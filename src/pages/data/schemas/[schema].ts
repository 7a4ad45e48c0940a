import type { APIRoute, GetStaticPaths } from 'astro';
import type { DatasetId } from '../../../lib/open-data/build.ts';
import { datasetJsonSchema, jsonDatasets, schemaPath } from '../../../lib/open-data/json-schema.ts';
import { absoluteUrl, siteOrigin } from '../../../lib/site-url.ts';

/**
 * The JSON Schema of each dataset, generated from its Zod schema: /data/schemas/achievements.schema.json.
 * Schemas do not depend on the language, so there is one set, for the files of every language.
 */
export const getStaticPaths = (() =>
  jsonDatasets.map((dataset) => ({ params: { schema: `${dataset}.schema.json` }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DatasetId }> = ({ props }) => {
  const schema = datasetJsonSchema(props.dataset, absoluteUrl(schemaPath(props.dataset), siteOrigin()));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
