import { ckmeansLowerBounds } from './ckmeans.ts';

/** Classification methods, named as in the URL (`klassen=`). */
export const METHODS = ['quantile', 'gleich', 'natuerlich', 'manuell'] as const;
export type Method = (typeof METHODS)[number];

/** Linear-interpolated quantile of sorted values (the common "type 7" definition). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}

/**
 * Interior class thresholds (ascending, at most k − 1) for the values. A value v belongs to class i
 * when thresholds[i − 1] ≤ v < thresholds[i]. `round` maps a threshold to the precision the legend
 * shows, so that legend text and classification agree; duplicate and outer thresholds are dropped.
 */
export function computeThresholds(
  method: Method,
  values: readonly number[],
  k: number,
  options: { manual?: readonly number[]; round?: (v: number) => number } = {},
): number[] {
  const round = options.round ?? ((v: number) => v);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return method === 'manuell' ? normalise(options.manual ?? [], round) : [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  let raw: number[];
  switch (method) {
    case 'quantile':
      raw = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k));
      break;
    case 'gleich':
      raw = Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
      break;
    case 'natuerlich':
      raw = ckmeansLowerBounds(sorted, k).slice(1);
      break;
    case 'manuell':
      // Manual breaks are kept even outside the data range: they are the user's choice.
      return normalise(options.manual ?? [], round);
  }
  return normalise(raw, round).filter((t) => t > min && t <= max);
}

function normalise(ts: readonly number[], round: (v: number) => number): number[] {
  return [...new Set(ts.filter(Number.isFinite).map(round))].sort((a, b) => a - b);
}

/** Class index of a value for the thresholds (0 … thresholds.length). */
export function classIndex(value: number, thresholds: readonly number[]): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value >= thresholds[mid]!) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
