import { z } from 'astro/zod';
import { useTranslations, type Translator } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { AchievementFacts } from '../../schemas/achievement.ts';
import type { Category, Partner, Place, Region } from '../../schemas/taxonomy.ts';
import { bySourceOrder, inCategory, inRegion, textIn, withPartner, type Achievement } from '../achievements.ts';
import type { Route } from '../routing.ts';
import { LIST_SEPARATOR, toCsv, type Cell } from './csv.ts';
import {
  achievementRecord,
  categoryRecord,
  figureRow,
  partnerRecord,
  placeRecord,
  regionRecord,
  type AchievementRecord,
  type FigureRow,
} from './schemas.ts';
import { nameText } from '../../i18n/names.ts';

/**
 * The open data: what the site shows, as JSON and CSV files, one set per language (labels
 * and titles in that language, ids the same in every language so files join across them).
 * Every value comes from the content collections through the same objects the pages use;
 * nothing here is typed a second time. Pure functions: the endpoints, the data page (which
 * lists the files' sizes) and the unit tests all call them and get the same bytes.
 */

/** What a builder reads: the joined content of `content.ts`. An entry only needs its body. */
export interface OpenDataSource<Entry extends { body?: string | undefined } = { body?: string | undefined }> {
  achievements: readonly Achievement<Entry>[];
  categories: readonly Category[];
  regions: readonly Region[];
  places: readonly Place[];
  partners: readonly Partner[];
}

export interface OpenDataContext {
  locale: Locale;
  /** The absolute URL of a page of the site in `locale`. */
  pageUrl: (route: Route) => string;
}

export const datasetIds = ['achievements', 'figures', 'categories', 'regions', 'places', 'partners'] as const;
export type DatasetId = (typeof datasetIds)[number];
export type DataFormat = 'json' | 'csv';

/** The record schema of each dataset, and the formats it is published in. */
export const datasets = {
  achievements: { schema: achievementRecord, formats: ['json', 'csv'] },
  // The figures are inside achievements.json; the CSV needs a file of its own to stay flat.
  figures: { schema: figureRow, formats: ['csv'] },
  categories: { schema: categoryRecord, formats: ['json', 'csv'] },
  regions: { schema: regionRecord, formats: ['json', 'csv'] },
  places: { schema: placeRecord, formats: ['json', 'csv'] },
  partners: { schema: partnerRecord, formats: ['json', 'csv'] },
} as const satisfies Record<DatasetId, { schema: z.ZodObject; formats: readonly DataFormat[] }>;

/**
 * Columns of `achievements.csv`: the fields of achievements.json, named by their path; a list
 * is joined with `|`, a field of a list of groups (`dates.date`) gives one value per group.
 * The figures are in figures.csv. The long text comes last.
 */
export const achievementColumns = [
  'id',
  'url',
  'title',
  'textLanguage',
  'category',
  'categoryName',
  'status',
  'statusLabel',
  'scope',
  'scopeLabel',
  'regions',
  'regionNames',
  'places',
  'placeNames',
  'partners',
  'partnerNames',
  'dates.date',
  'dates.event',
  'dates.eventLabel',
  'legal.label',
  'publications.label',
  'sourceLine',
  'text',
] as const;

export interface DataFile {
  /** File name, the same in every language's folder: `achievements.json`. */
  name: string;
  dataset: DatasetId;
  format: DataFormat;
  mediaType: string;
  body: string;
}

function legalLabel(t: Translator, reference: AchievementFacts['legal'][number]): string {
  return reference.number ? t(`legal.${reference.type}`, { number: reference.number }) : t(`legal.${reference.type}.unnumbered`);
}

function publicationLabel(t: Translator, publication: AchievementFacts['publications'][number]): string {
  const work = t(`publication.${publication.work}`);
  return publication.edition ? `${work} (${t('publication.edition', { edition: publication.edition })})` : work;
}

function scopeLabel(t: Translator, scope: AchievementFacts['scope']): string {
  return scope === 'regional' ? t('data.scope.regional') : t(`scope.${scope}`);
}

/** Every achievement, in the order of the source, as achievements.json holds it. */
export function achievementRecords(source: OpenDataSource, { locale, pageUrl }: OpenDataContext): AchievementRecord[] {
  const t = useTranslations(locale);
  const records = bySourceOrder(source.achievements).map((achievement) => {
    const { facts } = achievement;
    const text = textIn(achievement, locale);
    return {
      id: achievement.slug,
      url: pageUrl(['achievements', achievement.slug]),
      title: text.title,
      textLanguage: text.locale,
      text: (text.entry.body ?? '').trim(),
      category: achievement.category.id,
      categoryName: nameText(achievement.category.name, locale),
      status: facts.status,
      statusLabel: t(`status.${facts.status}`),
      scope: facts.scope,
      scopeLabel: scopeLabel(t, facts.scope),
      regions: achievement.regions.map((region) => region.id),
      regionNames: achievement.regions.map((region) => nameText(region.name, locale)),
      places: achievement.places.map((place) => place.id),
      placeNames: achievement.places.map((place) => nameText(place.name, locale)),
      partners: achievement.partners.map((partner) => partner.id),
      partnerNames: achievement.partners.map((partner) => nameText(partner.name, locale)),
      figures: facts.figures.map((figure) => ({
        value: figure.value,
        unit: figure.unit,
        label: t.unit(figure.unit, figure.value),
        date: figure.date?.iso,
        places: figure.places ?? [],
        breakdown: (figure.breakdown ?? []).map((part) => ({
          value: part.value,
          unit: part.unit,
          label: t.unit(part.unit, part.value),
          places: part.places ?? [],
        })),
      })),
      dates: facts.dates.map(({ date, event }) => ({
        date: date.iso,
        precision: date.precision,
        event,
        eventLabel: t(`dateEvent.${event}`),
      })),
      legal: facts.legal.map((reference) => ({ ...reference, label: legalLabel(t, reference) })),
      publications: facts.publications.map((publication) => ({ ...publication, label: publicationLabel(t, publication) })),
      sourceLine: facts.source.line,
    };
  });
  // Parsing puts the keys in the schema's order and stops the build if a builder drifts from it.
  return z.array(achievementRecord).parse(records);
}

/** One row per figure, then one per part of its breakdown, as figures.csv holds them. */
export function figureRows(records: readonly AchievementRecord[]): FigureRow[] {
  const rows = records.flatMap((record) =>
    record.figures.flatMap((figure, index) => [
      {
        achievement: record.id,
        achievementTitle: record.title,
        figure: index + 1,
        value: figure.value,
        unit: figure.unit,
        label: figure.label,
        date: figure.date,
        places: figure.places,
      },
      ...figure.breakdown.map((part, partIndex) => ({
        achievement: record.id,
        achievementTitle: record.title,
        figure: index + 1,
        part: partIndex + 1,
        value: part.value,
        unit: part.unit,
        label: part.label,
        date: figure.date,
        places: part.places,
      })),
    ]),
  );
  return z.array(figureRow).parse(rows);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The records of every dataset in one language: achievements in the source's order, areas in theirs, regions by code, the rest by id. */
export function datasetRecords(source: OpenDataSource, context: OpenDataContext): Record<DatasetId, Record<string, unknown>[]> {
  const { locale, pageUrl } = context;
  const t = useTranslations(locale);
  const achievements = achievementRecords(source, context);
  const placeName = new Map(source.places.map((place) => [place.id, nameText(place.name, locale)]));
  const regionName = new Map(source.regions.map((region) => [region.id, nameText(region.name, locale)]));
  return {
    achievements,
    figures: figureRows(achievements),
    categories: z.array(categoryRecord).parse(
      [...source.categories]
        .sort((a, b) => a.order - b.order)
        .map((category) => ({
          id: category.id,
          order: category.order,
          name: nameText(category.name, locale),
          achievements: inCategory(source.achievements, category.id).length,
          url: pageUrl(['categories', category.id]),
        })),
    ),
    regions: z.array(regionRecord).parse(
      [...source.regions]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((region) => ({
          id: region.id,
          code: region.code,
          name: nameText(region.name, locale),
          achievements: inRegion(source.achievements, region.id).length,
          url: pageUrl(['regions', region.id]),
        })),
    ),
    places: z.array(placeRecord).parse(
      [...source.places].sort(byId).map((place) => ({
        id: place.id,
        name: nameText(place.name, locale),
        region: place.region,
        regionName: regionName.get(place.region),
      })),
    ),
    partners: z.array(partnerRecord).parse(
      [...source.partners].sort(byId).map((partner) => ({
        id: partner.id,
        name: nameText(partner.name, locale),
        acronym: partner.acronym,
        kind: partner.kind,
        kindLabel: t(`partnerKind.${partner.kind}`),
        seat: partner.seat,
        seatName: partner.seat ? placeName.get(partner.seat) : undefined,
        achievements: withPartner(source.achievements, partner.id).length,
        url: pageUrl(['partners', partner.id]),
      })),
    ),
  };
}

/**
 * A field of a record by its path (`dates.date`), as one CSV cell: lists joined with `|`.
 * @example cellAt({ dates: [{ date: '2020-05' }, { date: '2020-09' }] }, 'dates.date') // '2020-05|2020-09'
 */
export function cellAt(record: Record<string, unknown>, path: string): Cell {
  const [head = '', ...rest] = path.split('.');
  const value = record[head];
  if (Array.isArray(value)) {
    return value
      .map((item: unknown) => (rest.length > 0 ? cellAt(item as Record<string, unknown>, rest.join('.')) : (item as Cell)))
      .map((item) => item ?? '')
      .join(LIST_SEPARATOR);
  }
  if (rest.length > 0 && value && typeof value === 'object') return cellAt(value as Record<string, unknown>, rest.join('.'));
  return value === undefined ? undefined : (value as Cell);
}

/** The columns of a dataset's CSV file. */
export function csvColumns(dataset: DatasetId): readonly string[] {
  return dataset === 'achievements' ? achievementColumns : Object.keys(datasets[dataset].schema.shape);
}

/** Every file of the open data in one language, with its exact content. */
export function openDataFiles(source: OpenDataSource, context: OpenDataContext): DataFile[] {
  const records = datasetRecords(source, context);
  return datasetIds.flatMap((dataset) =>
    datasets[dataset].formats.map((format): DataFile => {
      const rows = records[dataset];
      if (format === 'json') {
        return { name: `${dataset}.json`, dataset, format, mediaType: 'application/json', body: `${JSON.stringify(rows, null, 2)}\n` };
      }
      const columns = csvColumns(dataset);
      return {
        name: `${dataset}.csv`,
        dataset,
        format,
        mediaType: 'text/csv; charset=utf-8',
        body: toCsv(
          columns,
          rows.map((row) => columns.map((column) => cellAt(row, column))),
        ),
      };
    }),
  );
}
