import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { achievementSchema, translationSchema } from '../../src/schemas/achievement.ts';
import type { KnownIds } from '../../src/schemas/known-ids.ts';
import { partnerSchema, placeSchema, regionSchema } from '../../src/schemas/taxonomy.ts';

const ids: KnownIds = {
  categories: ['infrastructure', 'vocational-training'],
  regions: ['draa-tafilalet', 'fes-meknes'],
  partners: ['unesco'],
  places: ['taznakht', 'fes'],
  regionOfPlace: { taznakht: 'draa-tafilalet', fes: 'fes-meknes' },
};
const schema = achievementSchema(ids);

const valid = {
  title: '67 بنية تحتية في طور الأشغال',
  category: 'infrastructure',
  status: 'ongoing',
  source: { line: 6 },
  scope: 'national',
  figures: [
    {
      value: 67,
      unit: 'infrastructure',
      breakdown: [
        { value: 16, unit: 'village' },
        { value: 5, unit: 'complex' },
        { value: 1, unit: 'integrated-complex' },
        { value: 11, unit: 'exhibition-space' },
        { value: 8, unit: 'womens-house' },
        { value: 2, unit: 'technical-support-centre' },
        { value: 3, unit: 'activity-zone' },
        { value: 15, unit: 'fondouk' },
        { value: 5, unit: 'draz' },
        { value: 1, unit: 'crafts-hub' },
      ],
    },
  ],
  dates: [{ date: '2020-07-30', event: 'official-bulletin-publication' }],
};

/** The issues of a failed parse, as "path: message" lines. */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  assert.equal(result.success, false, 'the fixture should be rejected');
  return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('achievement schema', () => {
  it('accepts a valid entry and gives dates their precision', () => {
    const parsed = schema.parse(valid);
    assert.equal(parsed.figures[0]?.breakdown?.length, 10);
    assert.deepEqual(parsed.dates[0]?.date, { iso: '2020-07-30', year: 2020, month: 7, day: 30, precision: 'day' });
    assert.deepEqual(parsed.regions, [], 'regions default to none');
  });

  it('rejects a breakdown that does not add up to its total, with both figures in the message', () => {
    const broken = structuredClone(valid);
    broken.figures[0]!.breakdown[0]!.value = 17;
    const [problem, ...rest] = problems(broken);
    assert.equal(rest.length, 0);
    assert.match(problem!, /^figures\.0\.breakdown: the parts add up to 68 .* but the total is 67/);
  });

  it('rejects a date that does not exist, naming the field', () => {
    const broken = { ...valid, dates: [{ date: '2020-02-30', event: 'event-held' }] };
    assert.match(problems(broken).join('\n'), /^dates\.0\.date: "2020-02-30" is not a date/);
    assert.match(problems({ ...valid, dates: [{ date: '30/07/2020', event: 'event-held' }] }).join(), /is not a date/);
  });

  it('rejects an unknown unit and lists the known ones', () => {
    const broken = { ...valid, figures: [{ value: 3, unit: 'workshop' }] };
    assert.match(problems(broken).join('\n'), /^figures\.0\.unit: unknown unit "workshop": use one of infrastructure, village/);
  });

  it('rejects thousands written as a decimal', () => {
    const broken = { ...valid, figures: [{ value: 16.098, unit: 'young-person' }] };
    assert.match(problems(broken).join('\n'), /figures\.0\.value: write a whole number/);
  });

  it('rejects references to a region, partner, place or category that does not exist', () => {
    const broken = {
      ...valid,
      category: 'handicrafts',
      scope: 'regional',
      regions: ['souss'],
      partners: ['unicef'],
      places: ['agadir'],
    };
    const found = problems(broken).join('\n');
    assert.match(found, /^category: unknown category "handicrafts": use an id listed in content\/categories\.yaml/m);
    assert.match(found, /^regions\.0: unknown region "souss": use an id listed in content\/regions\.yaml/m);
    assert.match(found, /^partners\.0: unknown partner "unicef"/m);
    assert.match(found, /^places\.0: unknown place "agadir"/m);
  });

  it('keeps scope and regions consistent', () => {
    assert.match(problems({ ...valid, scope: 'regional' }).join(), /^scope: scope is "regional" but no region is listed/);
    assert.match(problems({ ...valid, regions: ['fes-meknes'] }).join(), /^scope: regions are listed but scope is "national"/);
  });

  it('requires the region of every place named', () => {
    const broken = { ...valid, scope: 'regional', regions: ['fes-meknes'], places: ['taznakht'] };
    assert.match(problems(broken).join(), /^places\.0: "taznakht" lies in region "draa-tafilalet", which is not in regions/);
  });

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    assert.match(problems({ ...valid, region: ['fes-meknes'] }).join(), /region/);
  });

  it('requires the fields an editor must fill in', () => {
    const { status: _status, source: _source, ...incomplete } = valid;
    const found = problems(incomplete).map((line) => line.split(':')[0]);
    assert.deepEqual(found.sort(), ['source', 'status']);
  });
});

describe('translation schema', () => {
  it('takes a title and nothing else, so a translation cannot carry facts', () => {
    assert.deepEqual(translationSchema.parse({ title: 'Loi n° 50-17' }), { title: 'Loi n° 50-17' });
    assert.equal(translationSchema.safeParse({ title: 'x', figures: [{ value: 1, unit: 'meeting' }] }).success, false);
    assert.equal(translationSchema.safeParse({}).success, false);
  });
});

describe('data schemas', () => {
  it('require ASCII slugs and ISO region codes', () => {
    const region = {
      id: 'draa-tafilalet',
      code: 'MA-08',
      name: { ar: 'جهة درعة تافيلالت', fr: 'Drâa-Tafilalet', en: 'Draa-Tafilalet' },
      tile: { row: 3, column: 2 },
    };
    assert.ok(regionSchema.safeParse(region).success);
    assert.equal(regionSchema.safeParse({ ...region, tile: undefined }).success, false, 'every region has its place on the map');
    assert.equal(regionSchema.safeParse({ ...region, tile: { row: -1, column: 2 } }).success, false);
    assert.equal(regionSchema.safeParse({ ...region, id: 'درعة' }).success, false);
    assert.equal(regionSchema.safeParse({ ...region, id: 'Draa Tafilalet' }).success, false);
    assert.equal(regionSchema.safeParse({ ...region, code: 'MA-13' }).success, false);
    assert.equal(regionSchema.safeParse({ ...region, name: { ar: 'x', fr: 'y' } }).success, false);
  });

  it('require a known kind of partner', () => {
    const partner = {
      id: 'unesco',
      kind: 'international-organisation',
      acronym: 'UNESCO',
      name: { ar: 'اليونيسكو', fr: 'UNESCO', en: 'UNESCO' },
    };
    assert.ok(partnerSchema.safeParse(partner).success);
    assert.equal(partnerSchema.safeParse({ ...partner, kind: 'company' }).success, false);
  });
});

describe('other names and keywords', () => {
  const partner = {
    id: 'unesco',
    kind: 'international-organisation',
    acronym: 'UNESCO',
    name: { ar: 'اليونيسكو', fr: 'UNESCO', en: 'UNESCO' },
  };
  const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('take a short list of other names per language', () => {
    assert.ok(partnerSchema.safeParse({ ...partner, aliases: { ar: ['اليونسكو'] } }).success);
    assert.ok(
      placeSchema.safeParse({ id: 'fes', region: 'fes-meknes', name: { ar: 'فاس', fr: 'Fès', en: 'Fez' }, aliases: { en: ['Fes', 'Fès'] } })
        .success,
    );
    assert.equal(partnerSchema.safeParse({ ...partner, aliases: { es: ['Unesco'] } }).success, false, 'a language the site has not');
    assert.equal(partnerSchema.safeParse({ ...partner, aliases: { fr: 'Unesco' } }).success, false, 'a list, not a text');
  });

  it('refuse the official name again and a name listed twice', () => {
    assert.deepEqual(messages(partnerSchema.safeParse({ ...partner, aliases: { fr: ['unesco'], ar: ['اليونسكو', 'اليونسكو'] } })), [
      'aliases.ar.1: "اليونسكو" is listed twice',
      'aliases.fr.0: "unesco" is the official name: list other names only',
    ]);
  });

  it('are taken as keywords by the Arabic file and by translations, and nothing else is', () => {
    assert.deepEqual(translationSchema.parse({ title: 'x', keywords: ['pandémie'] }), { title: 'x', keywords: ['pandémie'] });
    assert.ok(schema.safeParse({ ...valid, keywords: ['الجائحة'] }).success);
    assert.equal(
      translationSchema.safeParse({
        title: 'x',
        keywords: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((letter) => `${letter}${letter}`),
      }).success,
      false,
      'at most 8',
    );
    assert.equal(translationSchema.safeParse({ title: 'x', keywords: [' '] }).success, false, 'an empty word');
  });
});
