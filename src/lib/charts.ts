/**
 * Layout of the site's charts, computed at build time and drawn as inline SVG: no script runs
 * in the browser. Pure functions, so the geometry is unit-tested (sums, scales, direction).
 *
 * Bar charts are horizontal: the labels of the sector's figures are long (category names,
 * achievement titles) and horizontal bars let them sit on their own line above each bar, which
 * reads at 390 px as well as at 1280 px. In a right-to-left language the bars grow from the
 * right edge towards the left, and the axis runs the same way.
 */

export type Direction = 'ltr' | 'rtl';

/** One bar: what it counts, how many, and how the number is written in the page's language. */
export interface BarDatum {
  label: string;
  /** The label's `lang` and `dir` where it is not in the page's language (an Arabic name on a zgh page). */
  labelLang?: { lang?: string; dir?: 'ltr' | 'rtl' };
  value: number;
  /** The value as displayed at the end of the bar (`16.098 شابًا`). */
  valueText: string;
}

export interface BarRow extends BarDatum {
  /** The label, cut at spaces into lines that fit the chart's width. */
  labelLines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  barX: number;
  barY: number;
  barWidth: number;
  /** Where the value text starts (just past the end of the bar, in reading direction). */
  valueX: number;
}

export interface AxisTick {
  value: number;
  x: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  direction: Direction;
  /** The x where every bar starts (the axis's zero). */
  originX: number;
  /** The x of the label lines' start (same side as the origin). */
  labelX: number;
  barHeight: number;
  lineHeight: number;
  fontSize: number;
  rows: BarRow[];
  /** The scale's top: a round number at or above the largest value. */
  scaleMax: number;
  ticks: AxisTick[];
  axisY: number;
}

export interface BarChartOptions {
  direction: Direction;
  /** viewBox width; the SVG scales to its container. */
  width?: number;
  fontSize?: number;
}

/** An estimate of the average glyph advance, as a share of the font size (Arabic and Latin). */
const AVERAGE_ADVANCE = 0.55;

/**
 * The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above `max`, and the
 * step between ticks, so that the axis shows 3 to 5 readable values.
 * @example niceScale(67) // { max: 80, step: 20 }
 */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  // A step of 2.5 only makes sense above 10 (no ticks at 0.25 of a person).
  const wholeStep = step < 1 ? 1 : Number.isInteger(step) ? step : Math.ceil(step);
  return { max: Math.ceil(max / wholeStep) * wholeStep, step: wholeStep };
}

/**
 * Splits a label at spaces into lines of at most `maxChars` characters (a word longer than
 * that keeps its own line rather than being cut).
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The x of a point `offset` units along the reading direction from `origin`. */
function along(direction: Direction, origin: number, offset: number): number {
  return direction === 'rtl' ? origin - offset : origin + offset;
}

/**
 * Positions the label, bar and value of each datum, and the ticks of the axis below them.
 * All bars share one linear scale from 0 to `scaleMax`, so their lengths compare.
 */
export function layoutBarChart(data: readonly BarDatum[], options: BarChartOptions): BarChartLayout {
  const { direction, width = 400, fontSize = 14 } = options;
  const padding = 4;
  const lineHeight = Math.round(fontSize * 1.35);
  const barHeight = Math.round(fontSize * 1.3);
  const rowGap = Math.round(fontSize * 0.9);
  const inner = width - 2 * padding;
  const charWidth = fontSize * AVERAGE_ADVANCE;
  // The longest value text must fit past the longest bar.
  const valueRoom = Math.max(...data.map((datum) => datum.valueText.length), 1) * charWidth + fontSize;
  const barRoom = inner - valueRoom;
  const { max: scaleMax, step } = niceScale(Math.max(...data.map((datum) => datum.value), 0));
  const originX = direction === 'rtl' ? width - padding : padding;
  const scale = (value: number) => (value / scaleMax) * barRoom;

  let y = padding;
  const rows = data.map((datum): BarRow => {
    const labelLines = wrapLabel(datum.label, Math.floor(inner / charWidth));
    const labelY = y + fontSize;
    const barY = y + labelLines.length * lineHeight + 4;
    const barWidth = scale(datum.value);
    y = barY + barHeight + rowGap;
    return {
      ...datum,
      labelLines,
      labelY,
      barX: direction === 'rtl' ? originX - barWidth : originX,
      barY,
      barWidth,
      valueX: along(direction, originX, barWidth + fontSize * 0.4),
    };
  });

  const axisY = y;
  const ticks: AxisTick[] = [];
  for (let value = 0; value <= scaleMax; value += step) ticks.push({ value, x: along(direction, originX, scale(value)) });
  return {
    width,
    height: axisY + fontSize * 1.6 + padding,
    direction,
    originX,
    labelX: originX,
    barHeight,
    lineHeight,
    fontSize,
    rows,
    scaleMax,
    ticks,
    axisY,
  };
}
