import type { Translator } from '../i18n/index.ts';
import { peopleUnits } from '../schemas/units.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Category } from '../schemas/taxonomy.ts';
import { bySourceOrder, groupByCategory, textIn, type Achievement } from './achievements.ts';
import type { BarDatum } from './charts.ts';
import { formatNumber } from './format.ts';
import { foreignTextAttributes } from '../i18n/locales.ts';
import { shownName, type ShownText } from '../i18n/names.ts';

/**
 * What the charts show, taken from the entries' figures (never typed a second time), with
 * labels in the page's language. Each builder returns the bars in the order they are drawn.
 */

/** A bar's label, with its lang and dir only where it is not in the page's language. */
function labelled({ text, lang, dir }: ShownText): Pick<BarDatum, 'label' | 'labelLang'> {
  return lang ? { label: text, labelLang: { lang, dir } } : { label: text };
}

/** How many achievements each category holds, in the source's order of headings. */
export function achievementsPerCategory(categories: readonly Category[], achievements: readonly Achievement[], t: Translator): BarDatum[] {
  return groupByCategory(categories, achievements).map(({ category, achievements: inCategory }) => ({
    ...labelled(shownName(category.name, t.locale)),
    value: inCategory.length,
    valueText: formatNumber(inCategory.length, t.locale),
  }));
}

/**
 * The parts of a figure with a breakdown (the 67 infrastructures: 16 villages, 5 complexes…),
 * largest first. Each part is labelled with its counted noun, agreeing with its number.
 */
export function breakdownOf(figure: Figure, t: Translator): BarDatum[] {
  return [...(figure.breakdown ?? [])]
    .sort((a, b) => b.value - a.value)
    .map((part) => ({
      ...labelled(t.unitShown(part.unit, part.value)),
      value: part.value,
      valueText: formatNumber(part.value, t.locale),
    }));
}

/** The title of a breakdown chart: "Breakdown of the 67 infrastructures". */
export function breakdownTitle(figure: Figure, t: Translator): string {
  return t('chart.breakdown', { figure: `${formatNumber(figure.value, t.locale)} ${t.unit(figure.unit, figure.value)}` });
}

/** Every figure of the achievements with a breakdown of two parts or more, to draw as a chart. */
export function figuresWithBreakdown<A extends Achievement>(achievements: readonly A[]): { figure: Figure; achievement: A }[] {
  return bySourceOrder(achievements).flatMap((achievement) =>
    achievement.facts.figures.filter((figure) => (figure.breakdown?.length ?? 0) > 1).map((figure) => ({ figure, achievement })),
  );
}

/**
 * The people each programme reached (young trainees, artisans, inmates), one bar per figure,
 * largest first, labelled with the achievement's title; the value keeps its own counted noun,
 * since the bars count different kinds of people.
 */
export function peopleReached(achievements: readonly Achievement[], t: Translator): BarDatum[] {
  return achievements
    .flatMap((achievement) =>
      achievement.facts.figures
        .filter((figure) => peopleUnits.includes(figure.unit))
        .map((figure) => ({
          ...labelled({
            text: textIn(achievement, t.locale).title,
            ...foreignTextAttributes(textIn(achievement, t.locale).locale, t.locale),
          }),
          value: figure.value,
          valueText: `${formatNumber(figure.value, t.locale)} ${t.unit(figure.unit, figure.value)}`,
        })),
    )
    .sort((a, b) => b.value - a.value);
}
