import { classIndex, computeThresholds } from './breaks.ts';

/**
 * Two indicators in 3 × 3 classes (terciles of each), for demand × supply maps. A cell is
 * `3 · y + x` (x, y ∈ 0..2, 0 = low): its number 1–9 is printed in the legend, the table, the
 * tooltip and beside the area's name on the map, so colour never carries the meaning alone.
 */
export const BIVARIATE_CLASSES = 3;

/**
 * Joshua Stevens' bivariate scheme (pink × blue), rows by y from low to high, columns by x: light
 * grey for low × low, dark for high × high; the two axes stay apart for common colour-vision
 * deficiencies, and the numbers carry the meaning anyway.
 */
export const BIVARIATE_COLOURS = [
  '#e8e8e8',
  '#e4acac',
  '#c85a5a',
  '#b0d5df',
  '#ad9ea5',
  '#985356',
  '#64acbe',
  '#627f8c',
  '#574249',
] as const;

export interface BivariateScheme {
  x: number[];
  y: number[];
}

/** Tercile breaks of each axis (fewer where the values have fewer distinct steps). */
export function bivariateScheme(
  xs: readonly number[],
  ys: readonly number[],
  round: { x: (v: number) => number; y: (v: number) => number },
): BivariateScheme {
  return {
    x: computeThresholds('quantile', xs.map(round.x), BIVARIATE_CLASSES, { round: round.x }),
    y: computeThresholds('quantile', ys.map(round.y), BIVARIATE_CLASSES, { round: round.y }),
  };
}

/** The cell of a pair of (displayed) values. */
export function bivariateCell(s: BivariateScheme, x: number, y: number): number {
  const xi = Math.min(BIVARIATE_CLASSES - 1, classIndex(x, s.x));
  const yi = Math.min(BIVARIATE_CLASSES - 1, classIndex(y, s.y));
  return yi * BIVARIATE_CLASSES + xi;
}

/** The critical cell of a demand × supply map whose measures have no direction: high x, low y. */
export const CRITICAL_CELL = BIVARIATE_CLASSES - 1;

export type Polarity = 'hoeher_besser' | 'hoeher_schlechter' | 'neutral';

/**
 * The critical cell (high demand, low supply) for the two measures' polarities: demand is the
 * first measure's high third (its low third where higher is better), short supply the second
 * measure's low third (its high third where higher is worse — a loss of supply, for instance).
 */
export function criticalCell(x: Polarity, y: Polarity): number {
  const xi = x === 'hoeher_besser' ? 0 : BIVARIATE_CLASSES - 1;
  const yi = y === 'hoeher_schlechter' ? BIVARIATE_CLASSES - 1 : 0;
  return yi * BIVARIATE_CLASSES + xi;
}
