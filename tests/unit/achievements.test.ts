import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  groupByCategory,
  headlineFigures,
  inRegion,
  linkedBySeat,
  neighbours,
  textIn,
  withPartner,
  withScope,
  type Achievement,
} from '../../src/lib/achievements.ts';
import type { AchievementFacts } from '../../src/schemas/achievement.ts';
import type { Category, Partner, Place } from '../../src/schemas/taxonomy.ts';

const category = (id: string, order: number): Category => ({ id, order, name: { ar: id, fr: id, en: id } });
const categories = [category('training', 2), category('infrastructure', 1), category('empty', 3)];

function achievement(slug: string, line: number, facts: Partial<AchievementFacts>): Achievement<string> {
  return {
    slug,
    facts: {
      title: slug,
      category: 'training',
      status: 'completed',
      source: { line },
      scope: 'national',
      regions: [],
      places: [],
      partners: [],
      figures: [],
      dates: [],
      legal: [],
      publications: [],
      ...facts,
    },
    category: categories[0]!,
    regions: [],
    places: [],
    partners: [],
    texts: {
      ar: { title: `عنوان ${slug}`, entry: `${slug}/ar`, locale: 'ar' },
      fr: { title: `Titre ${slug}`, entry: `${slug}/fr`, locale: 'fr' },
    },
  };
}

const list = [
  achievement('c', 30, { scope: 'regional', regions: ['fes-meknes'], partners: ['unesco'] }),
  achievement('a', 6, { category: 'infrastructure', figures: [{ value: 67, unit: 'infrastructure', headline: true }] }),
  achievement('b', 12, { scope: 'unspecified', figures: [{ value: 3, unit: 'meeting' }] }),
];

describe('grouping and filtering', () => {
  it('groups by category in the source order, keeping empty categories', () => {
    const groups = groupByCategory(categories, list);
    assert.deepEqual(
      groups.map((group) => [group.category.id, group.achievements.map((a) => a.slug)]),
      [
        ['infrastructure', ['a']],
        ['training', ['b', 'c']],
        ['empty', []],
      ],
    );
  });

  it('filters by region, partner and scope', () => {
    assert.deepEqual(
      inRegion(list, 'fes-meknes').map((a) => a.slug),
      ['c'],
    );
    assert.deepEqual(inRegion(list, 'oriental'), []);
    assert.deepEqual(
      withPartner(list, 'unesco').map((a) => a.slug),
      ['c'],
    );
    assert.deepEqual(
      withScope(list, 'national').map((a) => a.slug),
      ['a'],
    );
    assert.deepEqual(
      withScope(list, 'unspecified').map((a) => a.slug),
      ['b'],
    );
  });

  it('picks only the figures marked as headline', () => {
    assert.deepEqual(
      headlineFigures(list).map(({ figure, achievement }) => [achievement.slug, figure.value]),
      [['a', 67]],
    );
  });

  it('finds the previous and next achievement in the source order', () => {
    assert.deepEqual(
      Object.values(neighbours(list, 'b')).map((a) => a?.slug),
      ['a', 'c'],
    );
    assert.deepEqual(
      Object.values(neighbours(list, 'a')).map((a) => a?.slug),
      [undefined, 'b'],
    );
    assert.deepEqual(
      Object.values(neighbours(list, 'c')).map((a) => a?.slug),
      ['b', undefined],
    );
  });

  it('falls back to the Arabic text when a translation is missing', () => {
    assert.equal(textIn(list[0]!, 'fr').title, 'Titre c');
    assert.equal(textIn(list[0]!, 'en').locale, 'ar');
    assert.equal(textIn(list[0]!, 'en').title, 'عنوان c');
  });
});

describe('achievements linked to a region by a partner seated there', () => {
  const place = (id: string, region: string): Place => ({ id, region, name: { ar: id, fr: id, en: id } });
  const partner = (id: string, seat?: string): Partner => ({
    id,
    kind: 'university',
    ...(seat ? { seat } : {}),
    name: { ar: id, fr: id, en: id },
  });
  const places = [place('casablanca', 'casablanca-settat'), place('fes', 'fes-meknes'), place('kenitra', 'rabat-sale-kenitra')];
  const school = partner('school', 'casablanca');
  const faculty = partner('faculty', 'casablanca');
  const university = partner('university', 'kenitra');
  const agency = partner('agency');
  const withPartners = (slug: string, line: number, partners: Partner[], regions: string[] = []) => ({
    ...achievement(slug, line, { scope: regions.length > 0 ? 'regional' : 'national', regions, partners: partners.map((item) => item.id) }),
    partners,
  });
  const linked = [
    withPartners('dyes', 25, [school]),
    withPartners('clay', 24, [faculty, school]),
    withPartners('copper', 26, [university], ['fes-meknes']),
    withPartners('local', 27, [school], ['casablanca-settat']),
    withPartners('literacy', 35, [agency]),
  ];
  const links = linkedBySeat(linked, places);

  it('lists, in the source order, what partners seated in the region take part in, and those partners', () => {
    const casablanca = links.get('casablanca-settat');
    assert.deepEqual(
      casablanca?.achievements.map((a) => a.slug),
      ['clay', 'dyes'],
    );
    assert.deepEqual(
      casablanca?.partners.map((p) => p.id),
      ['faculty', 'school'],
    );
  });

  it('leaves out work already located in the region and partners without a seat', () => {
    assert.deepEqual(
      links.get('rabat-sale-kenitra')?.achievements.map((a) => a.slug),
      ['copper'],
    );
    assert.equal(links.has('fes-meknes'), false, 'the copper work is located in Fès-Meknès: it is not linked there as well');
    assert.deepEqual([...links.keys()].sort(), ['casablanca-settat', 'rabat-sale-kenitra']);
  });

  it('does not change where the work is counted', () => {
    assert.deepEqual(
      inRegion(linked, 'casablanca-settat').map((a) => a.slug),
      ['local'],
    );
  });

  it('refuses a seat that is not a known place', () => {
    assert.throws(() => linkedBySeat([withPartners('lost', 1, [partner('lost', 'atlantis')])], places), /atlantis/);
  });
});
