import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { localeCodes } from '../../src/i18n/locales.ts';
import { ar } from '../../src/i18n/ui/ar.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { fr } from '../../src/i18n/ui/fr.ts';
import type { Achievement } from '../../src/lib/achievements.ts';
import {
  achievementColumns,
  achievementRecords,
  cellAt,
  csvColumns,
  datasetIds,
  datasetRecords,
  datasets,
  figureRows,
  openDataFiles,
  type OpenDataSource,
} from '../../src/lib/open-data/build.ts';
import { BOM, csvCell, parseCsv, toCsv } from '../../src/lib/open-data/csv.ts';
import { datasetJsonSchema, fieldKeyOf, fieldsOf, jsonDatasets, schemaPath } from '../../src/lib/open-data/json-schema.ts';
import type { Route } from '../../src/lib/routing.ts';
import { parsePartialDate } from '../../src/schemas/partial-date.ts';
import type { Category, Partner, Place, Region } from '../../src/schemas/taxonomy.ts';
import { loadSiteContent } from '../support/site-content.ts';

const pageUrl = (locale: string) => (route: Route) =>
  `https://example.ma/${locale === 'ar' ? '' : `${locale}/`}${route.map((part) => `${part}/`).join('')}`;

const category: Category = { id: 'infrastructure', order: 1, name: { ar: 'البنيات التحتية', fr: 'Infrastructures', en: 'Infrastructure' } };
const region: Region = {
  id: 'draa-tafilalet',
  code: 'MA-08',
  name: { ar: 'جهة درعة تافيلالت', fr: 'Drâa-Tafilalet', en: 'Draa-Tafilalet' },
  tile: { row: 3, column: 2 },
};
const place: Place = { id: 'midelt', region: 'draa-tafilalet', name: { ar: 'ميدلت', fr: 'Midelt', en: 'Midelt' } };
const partner: Partner = {
  id: 'unesco',
  kind: 'international-organisation',
  acronym: 'UNESCO',
  name: { ar: 'اليونيسكو', fr: 'UNESCO', en: 'UNESCO' },
};

/** Two achievements: one with every kind of fact, one without a French translation. */
function fixture(): OpenDataSource {
  const full: Achievement<{ body: string }> = {
    slug: 'womens-houses',
    facts: {
      title: 'دور الصانعة',
      category: 'infrastructure',
      status: 'ongoing',
      source: { line: 20 },
      scope: 'regional',
      regions: ['draa-tafilalet'],
      places: ['midelt'],
      partners: ['unesco'],
      figures: [
        {
          value: 3,
          unit: 'womens-house',
          date: parsePartialDate('2020-05')!,
          breakdown: [
            { value: 2, unit: 'womens-house', places: ['midelt'] },
            { value: 1, unit: 'womens-house' },
          ],
        },
        { value: 16098, unit: 'young-person' },
      ],
      dates: [{ date: parsePartialDate('2020-07-30')!, event: 'official-bulletin-publication' }],
      legal: [{ type: 'law', number: '50-17', officialBulletin: 6904 }, { type: 'decree' }],
      publications: [{ work: 'handicrafts-panorama', edition: 11 }],
    },
    category,
    regions: [region],
    places: [place],
    partners: [partner],
    texts: {
      ar: { title: 'دور الصانعة', entry: { body: '\nنص عربي، مع "علامات".\n' }, locale: 'ar' },
      fr: { title: 'Maisons de l’artisane, "Dar Essanâa"', entry: { body: 'Texte, avec une virgule\net une ligne.' }, locale: 'fr' },
    },
  };
  const untranslated: Achievement<{ body: string }> = {
    ...full,
    slug: 'plain',
    facts: {
      ...full.facts,
      source: { line: 8 },
      scope: 'national',
      regions: [],
      places: [],
      partners: [],
      figures: [],
      dates: [],
      legal: [],
      publications: [],
    },
    regions: [],
    places: [],
    partners: [],
    texts: { ar: { title: 'إنجاز', entry: { body: 'نص' }, locale: 'ar' } },
  };
  return { achievements: [full, untranslated], categories: [category], regions: [region], places: [place], partners: [partner] };
}

describe('CSV', () => {
  it('quotes only cells that need it and doubles quotes', () => {
    assert.equal(csvCell('fes'), 'fes');
    assert.equal(csvCell(16098), '16098');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell('Université Cadi Ayyad, Marrakech'), '"Université Cadi Ayyad, Marrakech"');
    assert.equal(csvCell('Dar "Essanâa"'), '"Dar ""Essanâa"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
  });

  it('shows as text any cell a spreadsheet would run as a formula', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1', '=HYPERLINK("https://evil.example","x")']) {
      const cell = csvCell(formula);
      assert.ok(cell.startsWith(`"'`), `${JSON.stringify(formula)} → ${cell}`);
      assert.deepEqual(parseCsv(cell), [[`'${formula}`]]);
    }
    // Numbers stay numbers, and a text that only holds a sign later on is left alone.
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell('Tanger-Tétouan'), 'Tanger-Tétouan');
    assert.equal(csvCell("L'Oriental"), "L'Oriental");
  });

  it('starts with a byte order mark and ends lines with CRLF', () => {
    const text = toCsv(['id', 'name'], [['fes', 'فاس']]);
    assert.equal(text, `${BOM}id,name\r\nfes,فاس\r\n`);
    assert.deepEqual([...Buffer.from(text, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('reads back what it writes, Arabic, quotes, commas and line breaks included', () => {
    const rows = [
      ['a,b', 'نص "مقتبس"', ''],
      ['line\r\nbreak', ' edge ', 'x'],
    ];
    assert.deepEqual(parseCsv(toCsv(['one', 'two', 'three'], rows)), [['one', 'two', 'three'], ...rows]);
  });
});

describe('open-data records', () => {
  const source = fixture();

  it('orders achievements as the source does and labels them in the file’s language', () => {
    const records = achievementRecords(source, { locale: 'fr', pageUrl: pageUrl('fr') });
    assert.deepEqual(
      records.map((record) => record.id),
      ['plain', 'womens-houses'],
    );
    const record = records[1]!;
    assert.equal(record.url, 'https://example.ma/fr/achievements/womens-houses/');
    assert.equal(record.title, 'Maisons de l’artisane, "Dar Essanâa"');
    assert.equal(record.textLanguage, 'fr');
    assert.equal(record.statusLabel, 'En cours');
    assert.equal(record.scopeLabel, 'Dans les régions indiquées');
    assert.deepEqual(record.regionNames, ['Drâa-Tafilalet']);
    assert.deepEqual(record.partnerNames, ['UNESCO']);
    assert.deepEqual(record.dates, [
      { date: '2020-07-30', precision: 'day', event: 'official-bulletin-publication', eventLabel: 'Publication au Bulletin officiel' },
    ]);
    assert.deepEqual(
      record.legal.map((reference) => reference.label),
      ['Loi n° 50-17', 'Décret'],
    );
    assert.equal(record.legal[0]!.officialBulletin, 6904);
    assert.equal(record.publications[0]!.label, 'Panorama de l’artisanat (11ᵉ édition)');
  });

  it('gives unit labels that agree with each count, in Arabic too', () => {
    const [, record] = achievementRecords(source, { locale: 'ar', pageUrl: pageUrl('ar') });
    assert.deepEqual(
      record!.figures.map((figure) => [figure.value, figure.label]),
      [
        [3, 'دور للصانعة'],
        [16098, 'شابًا'],
      ],
    );
    assert.deepEqual(
      record!.figures[0]!.breakdown.map((part) => [part.value, part.label, part.places]),
      [
        [2, 'داران للصانعة', ['midelt']],
        [1, 'دار للصانعة', []],
      ],
    );
    assert.equal(record!.figures[0]!.date, '2020-05');
  });

  it('falls back to the Arabic text where a translation is missing, and says so', () => {
    const [plain] = achievementRecords(source, { locale: 'fr', pageUrl: pageUrl('fr') });
    assert.equal(plain!.title, 'إنجاز');
    assert.equal(plain!.textLanguage, 'ar');
  });

  it('refuses a record that breaks its schema instead of publishing it', () => {
    const broken = fixture();
    broken.achievements[0]!.slug = 'Not A Slug';
    assert.throws(() => achievementRecords(broken, { locale: 'en', pageUrl: pageUrl('en') }), /id/);
  });

  it('flattens figures to one row per figure and per part, parts adding up to their figure', () => {
    const rows = figureRows(achievementRecords(source, { locale: 'en', pageUrl: pageUrl('en') }));
    assert.deepEqual(
      rows.map((row) => [row.achievement, row.figure, row.part, row.value, row.label]),
      [
        ['womens-houses', 1, undefined, 3, 'women artisans’ houses'],
        ['womens-houses', 1, 1, 2, 'women artisans’ houses'],
        ['womens-houses', 1, 2, 1, 'women artisans’ house'],
        ['womens-houses', 2, undefined, 16098, 'young people'],
      ],
    );
    assert.ok(rows.every((row) => row.date === (row.figure === 1 ? '2020-05' : undefined)));
  });

  it('counts the achievements of each area, region and partner', () => {
    const records = datasetRecords(source, { locale: 'en', pageUrl: pageUrl('en') });
    assert.deepEqual(records.categories, [
      { id: 'infrastructure', order: 1, name: 'Infrastructure', achievements: 2, url: 'https://example.ma/en/categories/infrastructure/' },
    ]);
    assert.deepEqual(records.regions, [
      {
        id: 'draa-tafilalet',
        code: 'MA-08',
        name: 'Draa-Tafilalet',
        achievements: 1,
        url: 'https://example.ma/en/regions/draa-tafilalet/',
      },
    ]);
    assert.deepEqual(records.places, [{ id: 'midelt', name: 'Midelt', region: 'draa-tafilalet', regionName: 'Draa-Tafilalet' }]);
    assert.equal(records.partners[0]!.kindLabel, 'International organisation');
    assert.equal(records.partners[0]!.achievements, 1);
  });

  it('joins lists, and fields of lists of groups, with |', () => {
    assert.equal(cellAt({ regions: ['a', 'b'] }, 'regions'), 'a|b');
    assert.equal(cellAt({ dates: [{ date: '2020-05' }, { date: '2020-09' }] }, 'dates.date'), '2020-05|2020-09');
    assert.equal(cellAt({ legal: [{ number: '50-17' }, {}] }, 'legal.number'), '50-17|');
    assert.equal(cellAt({ regions: [] }, 'regions'), '');
    assert.equal(cellAt({ sourceLine: 6 }, 'sourceLine'), 6);
  });
});

describe('open-data files', () => {
  const files = openDataFiles(fixture(), { locale: 'fr', pageUrl: pageUrl('fr') });

  it('publishes each dataset in its formats', () => {
    assert.deepEqual(
      files.map((file) => file.name),
      datasetIds.flatMap((dataset) => datasets[dataset].formats.map((format) => `${dataset}.${format}`)),
    );
    assert.ok(files.some((file) => file.name === 'figures.csv') && !files.some((file) => file.name === 'figures.json'));
  });

  it('writes CSV files that read back to the JSON records', () => {
    const json = JSON.parse(files.find((file) => file.name === 'achievements.json')!.body) as Record<string, unknown>[];
    const [header, ...rows] = parseCsv(files.find((file) => file.name === 'achievements.csv')!.body);
    assert.deepEqual(header, [...achievementColumns]);
    assert.equal(rows.length, json.length);
    rows.forEach((row, index) => {
      for (const [column, cell] of header!.map((name, position) => [name, row[position]] as const)) {
        assert.equal(cell, String(cellAt(json[index]!, column) ?? ''), `${column} of row ${index + 1}`);
      }
    });
    for (const dataset of ['regions', 'partners'] as const) {
      const [columns] = parseCsv(files.find((file) => file.name === `${dataset}.csv`)!.body);
      assert.deepEqual(columns, [...csvColumns(dataset)]);
    }
  });
});

describe('JSON Schemas of the open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });

  it('are generated for every JSON file, with an address under the base path', () => {
    assert.deepEqual(jsonDatasets, ['achievements', 'categories', 'regions', 'places', 'partners']);
    assert.equal(schemaPath('regions', '/sub'), '/sub/data/schemas/regions.schema.json');
    const schema = datasetJsonSchema('regions', 'https://example.ma/data/schemas/regions.schema.json');
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://example.ma/data/schemas/regions.schema.json');
    assert.equal(schema.type, 'array');
    assert.equal(schema.items?.additionalProperties, false);
  });

  it('accept the records the builders make, and reject a changed one', () => {
    const records = datasetRecords(fixture(), { locale: 'ar', pageUrl: pageUrl('ar') });
    for (const dataset of datasetIds) {
      const validate = ajv.compile(datasetJsonSchema(dataset));
      assert.ok(validate(records[dataset]), `${dataset}: ${ajv.errorsText(validate.errors)}`);
    }
    const validate = ajv.compile(datasetJsonSchema('achievements'));
    const [first] = records.achievements as Record<string, unknown>[];
    assert.equal(validate([{ ...first, status: 'finished' }]), false);
    assert.equal(validate([{ ...first, extra: 1 }]), false);
    assert.equal(validate([{ ...first, figures: [{ value: -1, unit: 'village', label: 'x', places: [], breakdown: [] }] }]), false);
  });

  it('describe every field with a dictionary text, translated in Arabic and French', () => {
    for (const dataset of datasetIds) {
      const fields = fieldsOf(datasetJsonSchema(dataset));
      assert.ok(fields.length >= 4, dataset);
      for (const field of fields) {
        const key = fieldKeyOf(field.description);
        assert.equal(en[key], field.description);
        const [arabic, french, english]: string[] = [ar[key], fr[key], en[key]];
        assert.ok(arabic && arabic !== english, `${key} in Arabic`);
        assert.ok(french && french !== english, `${key} in French`);
      }
    }
    const paths = fieldsOf(datasetJsonSchema('achievements')).map((field) => field.path);
    assert.ok(paths.includes('figures.breakdown.value') && paths.includes('dates.eventLabel'));
    const kinds = Object.fromEntries(fieldsOf(datasetJsonSchema('achievements')).map((field) => [field.path, field.kind]));
    assert.deepEqual(
      [kinds.url, kinds.status, kinds.regions, kinds.figures, kinds['dates.date'], kinds.sourceLine],
      ['url', 'enum', 'list', 'list-of-groups', 'date', 'integer'],
    );
  });
});

describe('the open data of the real content', () => {
  const content = loadSiteContent();

  it('validates against its schemas in every language', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    for (const locale of localeCodes) {
      const records = datasetRecords(content, { locale, pageUrl: pageUrl(locale) });
      for (const dataset of datasetIds) {
        const validate = ajv.compile(datasetJsonSchema(dataset));
        assert.ok(validate(records[dataset]), `${locale} ${dataset}: ${ajv.errorsText(validate.errors)}`);
      }
      assert.equal(records.achievements.length, content.achievements.length);
      assert.equal(records.regions.length, 12);
    }
  });

  it("counts a region's achievements where the work happens, not where a partner sits", () => {
    const regions = datasetRecords(content, { locale: 'fr', pageUrl: pageUrl('fr') }).regions;
    const count = (id: string) => regions.find((region) => region.id === id)?.achievements;
    assert.ok((content.partnerLinked.get('casablanca-settat')?.achievements.length ?? 0) > 0);
    assert.equal(count('casablanca-settat'), 0);
    assert.equal(count('marrakech-safi'), 1);
  });

  it('has one figures row per figure and per breakdown part of the content, with the same values', () => {
    const rows = figureRows(achievementRecords(content, { locale: 'ar', pageUrl: pageUrl('ar') }));
    const expected = content.achievements
      .flatMap((achievement) =>
        achievement.facts.figures.flatMap((figure) => [figure.value, ...(figure.breakdown ?? []).map((part) => part.value)]),
      )
      .sort((a, b) => a - b);
    assert.deepEqual(
      rows.map((row) => row.value).sort((a, b) => a - b),
      expected,
    );
    assert.ok(rows.some((row) => row.value === 16098));
  });
});
