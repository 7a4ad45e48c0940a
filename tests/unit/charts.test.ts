import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { achievementsPerCategory, breakdownOf, breakdownTitle, peopleReached } from '../../src/lib/chart-data.ts';
import { layoutBarChart, niceScale, wrapLabel, type BarDatum } from '../../src/lib/charts.ts';
import { layoutTileMap, shadeClasses, shadeOf } from '../../src/lib/tile-map.ts';
import type { Achievement } from '../../src/lib/achievements.ts';
import type { Region } from '../../src/schemas/taxonomy.ts';
import { achievementFile, achievementSlugs, readFrontmatter, readYamlList } from '../support/content-files.ts';

const data: BarDatum[] = [
  { label: 'قرية', value: 16, valueText: '16' },
  { label: 'فندقًا', value: 15, valueText: '15' },
  { label: 'مركب مندمج', value: 1, valueText: '1' },
];

describe('bar chart scale', () => {
  it('rounds the top of the scale up to a readable number', () => {
    assert.deepEqual(niceScale(67), { max: 80, step: 20 });
    assert.deepEqual(niceScale(16), { max: 20, step: 5 });
    assert.deepEqual(niceScale(3), { max: 3, step: 1 });
    assert.deepEqual(niceScale(19000), { max: 20000, step: 5000 });
    assert.deepEqual(niceScale(0), { max: 1, step: 1 });
  });

  it('gives bars lengths proportional to their values, on one scale with the axis', () => {
    const chart = layoutBarChart(data, { direction: 'ltr' });
    const [village, fondouk, complex] = chart.rows;
    assert.ok(Math.abs(village!.barWidth / complex!.barWidth - 16) < 1e-9);
    assert.ok(Math.abs(village!.barWidth / fondouk!.barWidth - 16 / 15) < 1e-9);
    const top = chart.ticks.at(-1)!;
    assert.equal(top.value, chart.scaleMax);
    // The tick of a value sits where a bar of that value ends.
    assert.ok(Math.abs(top.x - chart.originX - (chart.scaleMax / 16) * village!.barWidth) < 1e-9);
  });

  it('keeps every bar, value and tick inside the drawing', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const chart = layoutBarChart(data, { direction });
      for (const row of chart.rows) {
        assert.ok(row.barX >= 0 && row.barX + row.barWidth <= chart.width, `${direction} bar`);
        assert.ok(row.valueX >= 0 && row.valueX <= chart.width, `${direction} value`);
      }
      for (const tick of chart.ticks) assert.ok(tick.x >= 0 && tick.x <= chart.width);
      assert.ok(
        chart.rows.every((row, index) => index === 0 || row.labelY > chart.rows[index - 1]!.barY),
        'rows stack downwards',
      );
      assert.ok(chart.axisY < chart.height);
    }
  });

  it('grows bars from the right edge, and the axis leftwards, in a right-to-left language', () => {
    const rtl = layoutBarChart(data, { direction: 'rtl' });
    const ltr = layoutBarChart(data, { direction: 'ltr' });
    assert.ok(rtl.originX > rtl.width / 2 && ltr.originX < ltr.width / 2);
    for (const [index, row] of rtl.rows.entries()) {
      assert.ok(Math.abs(row.barX + row.barWidth - rtl.originX) < 1e-9, 'an RTL bar ends at the origin on the right');
      assert.ok(row.valueX < row.barX, 'its value is written to the left of its end');
      // Mirror images of each other.
      assert.ok(Math.abs(rtl.width - (row.barX + row.barWidth) - ltr.rows[index]!.barX) < 1e-9);
    }
    assert.deepEqual(
      rtl.ticks.map((tick) => tick.value),
      ltr.ticks.map((tick) => tick.value),
    );
    assert.ok(
      rtl.ticks.every((tick, index) => index === 0 || tick.x < rtl.ticks[index - 1]!.x),
      'RTL ticks run leftwards',
    );
  });

  it('wraps long labels at spaces', () => {
    assert.deepEqual(wrapLabel('Formation des détenus des établissements pénitentiaires', 30), [
      'Formation des détenus des',
      'établissements pénitentiaires',
    ]);
    assert.deepEqual(wrapLabel('قرية', 30), ['قرية']);
    const chart = layoutBarChart([{ label: 'word '.repeat(40).trim(), value: 1, valueText: '1' }], { direction: 'ltr' });
    assert.ok(chart.rows[0]!.labelLines.length > 1);
  });
});

const regions = readYamlList('regions.yaml') as unknown as Region[];

describe('map of the regions', () => {
  it('shades by count with a class per count while counts are small, and ranges beyond', () => {
    assert.deepEqual(
      shadeClasses(3).map(({ from, to }) => [from, to]),
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    );
    assert.deepEqual(
      shadeClasses(10).map(({ from, to }) => [from, to]),
      [
        [0, 0],
        [1, 3],
        [4, 6],
        [7, 9],
        [10, 12],
      ],
    );
    const classes = shadeClasses(10);
    assert.equal(shadeOf(0, classes), 0);
    assert.equal(shadeOf(5, classes), 2);
    assert.equal(shadeOf(10, classes), 4);
  });

  it('gives each of the 12 regions its own tile, north up and west left in every language', () => {
    const map = layoutTileMap(
      regions,
      () => 0,
      (region) => region.name.fr,
    );
    assert.equal(map.tiles.length, 12);
    assert.equal(new Set(map.tiles.map((tile) => `${tile.x},${tile.y}`)).size, 12);
    const at = (id: string) => map.tiles.find((tile) => tile.region.id === id)!;
    assert.ok(at('tanger-tetouan-al-hoceima').y < at('dakhla-oued-ed-dahab').y, 'Tangier is north of Dakhla');
    assert.ok(at('oriental').x > at('rabat-sale-kenitra').x, 'Oriental is east of Rabat');
    for (const tile of map.tiles) {
      assert.ok(tile.x + map.tileWidth <= map.width && tile.y + map.tileHeight <= map.height);
    }
  });

  it('refuses two regions on one tile, naming the file and both regions', () => {
    const clash = regions.map((region) => (region.id === 'oriental' ? { ...region, tile: { row: 0, column: 2 } } : region));
    assert.throws(
      () =>
        layoutTileMap(
          clash,
          () => 0,
          (region) => region.name.ar,
        ),
      /content\/regions\.yaml: "oriental" and "tanger-tetouan-al-hoceima" have the same tile/,
    );
  });
});

/** The editors' figures, read straight from the files. */
const achievements = achievementSlugs().map((slug) => {
  const { data } = readFrontmatter(achievementFile(slug, 'ar'));
  return {
    slug,
    facts: { figures: [], ...data },
    texts: { ar: { title: data.title, entry: slug, locale: 'ar' } },
  } as unknown as Achievement;
});

describe('chart data from the entries', () => {
  const ar = useTranslations('ar');
  const fr = useTranslations('fr');

  it('counts the achievements of every category, 32 in all', () => {
    const categories = readYamlList('categories.yaml') as unknown as Parameters<typeof achievementsPerCategory>[0];
    const bars = achievementsPerCategory(categories, achievements, fr);
    assert.equal(bars.length, 7);
    assert.equal(
      bars.reduce((sum, bar) => sum + bar.value, 0),
      32,
    );
    assert.equal(bars[0]!.label, 'Infrastructures de production et de commercialisation');
  });

  it('draws the 67 infrastructures as parts that add up to 67, largest first, nouns agreeing', () => {
    const figure = achievements.find((a) => a.slug === 'infrastructure-under-construction')!.facts.figures[0]!;
    const bars = breakdownOf(figure, ar);
    assert.equal(
      bars.reduce((sum, bar) => sum + bar.value, 0),
      67,
    );
    assert.deepEqual(
      bars.slice(0, 3).map((bar) => [bar.label, bar.value]),
      [
        ['قرية', 16],
        ['فندقًا', 15],
        ['فضاءً للعرض والبيع', 11],
      ],
    );
    assert.ok(bars.every((bar, index) => index === 0 || bar.value <= bars[index - 1]!.value));
    assert.equal(breakdownTitle(figure, ar), 'توزيع 67 بنية تحتية');
    assert.equal(breakdownTitle(figure, fr), 'Répartition des 67 infrastructures');
  });

  it('sets the people each training programme reached side by side, with their own nouns', () => {
    const bars = peopleReached(achievements, ar);
    assert.deepEqual(
      bars.map((bar) => bar.valueText),
      ['19.000 صانع تقليدي', '16.098 شابًا', '2.837 صانعًا تقليديًا', '880 نزيلًا', '317 صانعًا تقليديًا'],
    );
  });
});
