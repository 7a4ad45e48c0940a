import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inRegion } from '../../src/lib/achievements.ts';
import { numbersInFacts, numbersInText } from '../../src/lib/fact-numbers.ts';
import { achievementSchema, translationSchema } from '../../src/schemas/achievement.ts';
import { loadKnownIds } from '../../src/schemas/known-ids.ts';
import { categorySchema, partnerSchema, placeSchema, regionSchema } from '../../src/schemas/taxonomy.ts';
import {
  achievementFile,
  achievementSlugs,
  contentDir,
  hasTranslation,
  readFrontmatter,
  readSource,
  readYamlList,
} from '../support/content-files.ts';
import { loadSiteContent } from '../support/site-content.ts';

/**
 * The content itself, checked against the source document: one entry per bullet, each under
 * its heading, with every number of the bullet in its typed facts.
 */
const schema = achievementSchema(loadKnownIds(contentDir));
const slugs = achievementSlugs();
const entries = slugs.map((slug) => {
  const { data, body } = readFrontmatter(achievementFile(slug, 'ar'));
  const result = schema.safeParse(data);
  return { slug, body, data, facts: result.success ? result.data : undefined, error: result.error };
});
const { bullets } = readSource();
const categories = readYamlList('categories.yaml').map((row) => categorySchema.parse(row));

/** Numbers as the source writes them: `16.098` is 16098, `17-50` is 17 and 50. */
const numbersIn = (text: string) => numbersInText(text, 'ar').map((number) => number.value);

describe('achievements', () => {
  it('are 32, one per bullet of the source document', () => {
    assert.equal(bullets.length, 32);
    assert.equal(slugs.length, 32);
    const lines = entries.map((entry) => entry.facts?.source.line).sort((a = 0, b = 0) => a - b);
    assert.deepEqual(
      lines,
      bullets.map((bullet) => bullet.line),
    );
  });

  it('all pass the schema', () => {
    for (const entry of entries) {
      assert.ok(
        entry.facts,
        `${entry.slug}/ar.mdx: ${entry.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    }
  });

  it('have ASCII slugs', () => {
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('stand under the heading of their bullet', () => {
    for (const entry of entries) {
      const bullet = bullets.find((candidate) => candidate.line === entry.facts?.source.line);
      const category = categories.find((candidate) => candidate.id === entry.facts?.category);
      assert.equal(category?.name.ar, bullet?.heading, entry.slug);
    }
  });

  it('carry every number of their bullet in their facts and in their Arabic text', () => {
    for (const entry of entries) {
      const bullet = bullets.find((candidate) => candidate.line === entry.facts?.source.line)!;
      const facts = numbersInFacts(entry.facts!);
      const bodyNumbers = new Set(numbersIn(entry.body));
      for (const number of numbersIn(bullet.text)) {
        assert.ok(facts.has(number), `${entry.slug}: ${number} from line ${bullet.line} is not in the frontmatter`);
        assert.ok(bodyNumbers.has(number), `${entry.slug}: ${number} from line ${bullet.line} is not in the Arabic text`);
      }
    }
  });

  it('record the three field-survey dates and the publication of law 50-17', () => {
    const surveys = entries.find((entry) => entry.slug === 'covid-19-field-surveys')!.facts!;
    assert.deepEqual(
      surveys.dates.map(({ date }) => [date.iso, date.precision]),
      [
        ['2020-05', 'month'],
        ['2020-09', 'month'],
        ['2020-12', 'month'],
      ],
    );
    const law = entries.find((entry) => entry.slug === 'law-50-17-adoption')!.facts!;
    assert.deepEqual(law.legal, [{ type: 'law', number: '50-17', officialBulletin: 6904 }]);
    assert.equal(law.dates[0]?.date.iso, '2020-07-30');
    assert.equal(law.dates[0]?.date.precision, 'day');
  });

  it('break the 67 infrastructures down as the source does', () => {
    const infrastructure = entries.find((entry) => entry.slug === 'infrastructure-under-construction')!.facts!;
    assert.deepEqual(
      infrastructure.figures[0]?.breakdown?.map((part) => part.value),
      [16, 5, 1, 11, 8, 2, 3, 15, 5, 1],
    );
  });

  it('each have a French and an English text that carries no facts', () => {
    for (const slug of slugs) {
      for (const locale of ['fr', 'en']) {
        assert.ok(hasTranslation(slug, locale), `${slug}/${locale}.mdx is missing`);
        const { data, body } = readFrontmatter(achievementFile(slug, locale));
        assert.ok(translationSchema.safeParse(data).success, `${slug}/${locale}.mdx frontmatter`);
        assert.ok(body.trim().length > 0, `${slug}/${locale}.mdx has no text`);
      }
    }
  });

  it('locate work where it happens: regions are the regions of their places', () => {
    const byRegion = (region: string) => entries.filter((entry) => entry.facts?.regions.includes(region)).map((entry) => entry.slug);
    assert.deepEqual(byRegion('fes-meknes'), [
      'copper-ware-quality-fes',
      'institute-councils-fes-meknes',
      'training-institutes-construction',
    ]);
    assert.deepEqual(byRegion('casablanca-settat'), [], 'partners sitting in Casablanca do not make the work happen there');
    assert.deepEqual(byRegion('oriental'), []);
    const unspecified = entries.filter((entry) => entry.facts?.scope === 'unspecified').map((entry) => entry.slug);
    assert.deepEqual(unspecified, ['pottery-protective-equipment']);
  });
});

describe('data files', () => {
  it('list the 7 headings of the source, in order', () => {
    const headings = [...new Set(bullets.map((bullet) => bullet.heading))];
    assert.deepEqual(
      [...categories].sort((a, b) => a.order - b.order).map((category) => category.name.ar),
      headings,
    );
  });

  it('list all 12 regions with their ISO 3166-2:MA codes', () => {
    const regions = readYamlList('regions.yaml').map((row) => regionSchema.parse(row));
    assert.deepEqual(
      regions.map((region) => region.code),
      Array.from({ length: 12 }, (_, index) => `MA-${String(index + 1).padStart(2, '0')}`),
    );
    assert.equal(new Set(regions.map((region) => region.id)).size, 12);
  });

  it('place every place in a known region and seat partners in known places', () => {
    const regions = new Set(readYamlList('regions.yaml').map((row) => row.id));
    const places = readYamlList('places.yaml').map((row) => placeSchema.parse(row));
    for (const place of places) assert.ok(regions.has(place.region), place.id);
    const placeIds = new Set(places.map((place) => place.id));
    for (const partner of readYamlList('partners.yaml').map((row) => partnerSchema.parse(row))) {
      if (partner.seat) assert.ok(placeIds.has(partner.seat), partner.id);
    }
  });
});

describe('region pages beyond where the work happens', () => {
  const content = loadSiteContent();
  const linked = (region: string) => content.partnerLinked.get(region);

  it('seat the partners where the source and the glossary place them', () => {
    const seats = Object.fromEntries(content.partners.filter((partner) => partner.seat).map((partner) => [partner.id, partner.seat]));
    assert.deepEqual(seats, {
      'faculty-of-sciences-ain-chock': 'casablanca',
      esith: 'casablanca',
      'ibn-tofail-university': 'kenitra',
      'cadi-ayyad-university': 'marrakech',
    });
  });

  it('link the two Casablanca research agreements to Casablanca-Settat, which still counts no work', () => {
    assert.deepEqual(
      linked('casablanca-settat')?.achievements.map((a) => a.slug),
      ['clay-research-ain-chock', 'natural-dyes-esith'],
    );
    assert.deepEqual(
      linked('casablanca-settat')?.partners.map((p) => p.id),
      ['faculty-of-sciences-ain-chock', 'esith'],
    );
    assert.deepEqual(inRegion(content.achievements, 'casablanca-settat'), []);
  });

  it('link the digital-design agreement to Marrakech-Safi and the Fès copper work to Rabat-Salé-Kénitra only', () => {
    assert.deepEqual(
      linked('marrakech-safi')?.achievements.map((a) => a.slug),
      ['digital-design-programming'],
    );
    assert.deepEqual(
      linked('rabat-sale-kenitra')?.achievements.map((a) => a.slug),
      ['copper-ware-quality-fes'],
    );
    assert.deepEqual([...content.partnerLinked.keys()].sort(), ['casablanca-settat', 'marrakech-safi', 'rabat-sale-kenitra']);
  });
});
