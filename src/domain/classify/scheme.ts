import { classIndex, computeThresholds, type Method } from './breaks.ts';
import { divergingColours, sequentialColours, type PaletteId } from './palettes.ts';

export interface SchemeOptions {
  method: Method;
  /** Number of classes asked for (fewer when the data has fewer distinct values). */
  k: number;
  palette: PaletteId;
  manual?: readonly number[];
  /** Reference value the diverging palette is centred on (the city's value). */
  center?: number | undefined;
  /** Rounds a threshold to the displayed precision, so legend text and classes agree. */
  round?: (v: number) => number;
}

/** Thresholds and one colour per class: everything the map, legend and table need to agree. */
export interface Scheme {
  thresholds: number[];
  colours: string[];
  /** Index of the first class above the centre, for diverging schemes. */
  centreIndex?: number;
}

/**
 * The class scheme for a set of values: `values` are the values that define the breaks — the
 * current year's, or all years' when the breaks are fixed, so the legend does not move.
 */
export function buildScheme(values: readonly number[], o: SchemeOptions): Scheme {
  const round = o.round ?? ((v: number) => v);
  if (o.palette !== 'divergierend' || o.center === undefined || !Number.isFinite(o.center)) {
    const palette = o.palette === 'divergierend' ? 'blau' : o.palette;
    const thresholds = computeThresholds(o.method, values, o.k, { manual: o.manual ?? [], round });
    return { thresholds, colours: sequentialColours(palette, thresholds.length + 1) };
  }
  const c = round(o.center);
  const side = Math.max(1, Math.ceil(o.k / 2));
  let below: number[];
  let above: number[];
  if (o.method === 'manuell') {
    const manual = computeThresholds('manuell', [], o.k, { manual: o.manual ?? [], round });
    below = manual.filter((t) => t < c);
    above = manual.filter((t) => t > c);
  } else {
    const lo = values.filter((v) => v < c);
    const hi = values.filter((v) => v >= c);
    below = lo.length ? computeThresholds(o.method, [...lo, c], side, { round }).filter((t) => t < c) : [];
    above = hi.length ? computeThresholds(o.method, hi, side, { round }).filter((t) => t > c) : [];
  }
  const thresholds = [...below, c, ...above];
  const nBelow = below.length + 1;
  const nAbove = above.length + 1;
  return { thresholds, colours: divergingColours(nBelow, nAbove), centreIndex: nBelow };
}

export interface LegendClass {
  index: number;
  /** Lower bound (inclusive); for the first class the smallest value shown. */
  from: number | undefined;
  /** Upper bound (exclusive), undefined for the last class. */
  to: number | undefined;
  colour: string;
  count: number;
}

/** Legend rows: the class ranges and how many areas fall in each. */
export function legendClasses(scheme: Scheme, values: readonly number[]): LegendClass[] {
  const counts = new Array<number>(scheme.colours.length).fill(0);
  for (const v of values) counts[classIndex(v, scheme.thresholds)]! += 1;
  return scheme.colours.map((colour, i) => ({
    index: i,
    from: i === 0 ? undefined : scheme.thresholds[i - 1],
    to: i < scheme.thresholds.length ? scheme.thresholds[i] : undefined,
    colour,
    count: counts[i]!,
  }));
}
