import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '../../../i18n/locales.ts';
import type { DataFile } from '../../../lib/open-data/build.ts';
import { siteDataFiles } from '../../../lib/open-data/site-files.ts';
import { langParam } from '../../../lib/routing.ts';

/** The open-data files of each language: /data/achievements.json, /fr/data/achievements.csv… */
export const getStaticPaths = (async () => {
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) =>
      (await siteDataFiles(locale)).map((file) => ({ params: { lang: langParam(locale), file: file.name }, props: { file } })),
    ),
  );
  return perLocale.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': props.file.mediaType } });
