import type { AreaKey } from '../ids.ts';

/**
 * Comparing areas with each other and with the city, for one indicator and year. Pure: the
 * comparison table, its export and the tests use the same numbers.
 */
export interface Compared {
  /** value − city (in stored units; shares as fractions: × 100 gives percentage points). */
  diff: number | undefined;
  /** 1 = highest among all areas of the same level with a value. */
  rank: number | undefined;
  /** Of how many areas of the level with a value. */
  of: number;
  /** More than one standard deviation (over the level's areas) above or below the city. */
  notable: 'hoeher' | 'niedriger' | null;
}

/**
 * The one ranking rule of the app (map table, comparison, slides): 1 for the highest value; values
 * that are equal as displayed (`shown`, the indicator's rounding) share the better rank, so two
 * areas a reader sees at "20,5 %" never get different ranks.
 */
export function ranks(
  values: ReadonlyMap<AreaKey, number>,
  shown: (v: number) => number = (v) => v,
): Map<AreaKey, number> {
  const sorted = [...values].map(([k, v]) => [k, v, shown(v)] as const).sort((a, b) => b[1] - a[1]);
  const out = new Map<AreaKey, number>();
  sorted.forEach(([k, , s], i) => {
    const prev = sorted[i - 1];
    out.set(k, prev && prev[2] === s ? out.get(prev[0])! : i + 1);
  });
  return out;
}

/** Population standard deviation; undefined for fewer than two values. */
export function standardDeviation(xs: readonly number[]): number | undefined {
  if (xs.length < 2) return undefined;
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
}

/**
 * Compare `area` with the city given the values of every area of its level. A difference counts
 * as notable when it exceeds one standard deviation of the level's values — by text and symbol in
 * the UI, never by colour only.
 */
export function compareWithCity(
  area: AreaKey,
  levelValues: ReadonlyMap<AreaKey, number>,
  city: number | undefined,
  shown?: (v: number) => number,
): Compared {
  const v = levelValues.get(area);
  const r = ranks(levelValues, shown);
  const sd = standardDeviation([...levelValues.values()]);
  const diff = v === undefined || city === undefined ? undefined : v - city;
  const notable =
    diff === undefined || sd === undefined || sd === 0 || Math.abs(diff) <= sd
      ? null
      : diff > 0
        ? 'hoeher'
        : 'niedriger';
  return { diff, rank: r.get(area), of: levelValues.size, notable };
}
