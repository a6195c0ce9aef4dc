import { describe, expect, it } from 'vitest';
import { bandLabel, bandSpan, pyramidShares, type BandCount } from '../../../src/domain/compare/pyramid.ts';
import { splitForecast } from '../../../src/domain/compare/series.ts';
import { similarAreas, type SimilarityFeature } from '../../../src/domain/compare/similar.ts';
import type { AreaKey, IndicatorId } from '../../../src/domain/ids.ts';
import { toggleCompared } from '../../../src/view/compare/choice.ts';

const k = (s: string) => s as AreaKey;
const feature = (id: string, weight: number, o: Record<string, number>): SimilarityFeature => ({
  id: id as IndicatorId,
  weight,
  values: new Map(Object.entries(o)) as Map<AreaKey, number>,
});

describe('similar areas', () => {
  // Two indicators on very different scales: standardising makes them count alike.
  const share = feature('anteil', 1, { a: 0.1, b: 0.12, c: 0.3, d: 0.1 });
  const density = feature('dichte', 1, { a: 1000, b: 5000, c: 1100, d: 1000 });

  it('finds the identical area first, at distance 0, and orders the rest by standardised distance', () => {
    const r = similarAreas(k('a'), [k('a'), k('b'), k('c'), k('d')], [share, density], 3);
    expect(r.map((x) => x.area)).toEqual(['d', 'b', 'c']);
    expect(r[0]!.distance).toBe(0);
    // By hand: z-differences (b: 0.02/sd1, 4000/sd2) vs (c: 0.2/sd1, 100/sd2).
    const sd = (xs: number[]) => {
      const m = xs.reduce((s, v) => s + v, 0) / xs.length;
      return Math.sqrt(xs.reduce((s, v) => s + (v - m) ** 2, 0) / xs.length);
    };
    const s1 = sd([0.1, 0.12, 0.3, 0.1]);
    const s2 = sd([1000, 5000, 1100, 1000]);
    expect(r[1]!.distance).toBeCloseTo(Math.sqrt(((0.02 / s1) ** 2 + (4000 / s2) ** 2) / 2), 10);
    expect(r[2]!.distance).toBeCloseTo(Math.sqrt(((0.2 / s1) ** 2 + (100 / s2) ** 2) / 2), 10);
  });

  it('lets the weights decide, and ignores weight 0 and indicators without spread', () => {
    const onlyDensity = similarAreas(k('a'), [k('a'), k('b'), k('c')], [{ ...share, weight: 0 }, density], 2);
    expect(onlyDensity.map((x) => x.area)).toEqual(['c', 'b']);
    const flat = feature('flach', 5, { a: 1, b: 1, c: 1 });
    const withFlat = similarAreas(k('a'), [k('a'), k('b'), k('c')], [density, flat], 2);
    expect(withFlat.map((x) => x.shared)).toEqual([1, 1]);
  });

  it('skips areas without shared values and never returns the target itself', () => {
    const gaps = feature('g', 1, { a: 1, b: 2, c: 3 });
    const r = similarAreas(k('a'), [k('a'), k('b'), k('c'), k('x')], [gaps], 5);
    expect(r.map((x) => x.area)).toEqual(['b', 'c']);
  });
});

describe('population pyramid', () => {
  const bands = ['0_5', '6_17', '80_plus'];
  const counts: BandCount[] = [
    { sex: 'w', band: '80_plus', count: 10 },
    { sex: 'm', band: '80_plus', count: 5 },
    { sex: 'w', band: '0_5', count: 20 },
    { sex: 'm', band: '0_5', count: 25 },
    { sex: 'w', band: '6_17', count: 20 },
    { sex: 'm', band: '6_17', count: 20 },
  ];

  it('gives shares of the total, youngest band first, summing to 1', () => {
    const rows = pyramidShares(counts, bands)!;
    expect(rows.map((r) => r.label)).toEqual(['0–5', '6–17', '80+']);
    expect(rows[0]).toMatchObject({ w: 0.2, m: 0.25, span: 6 });
    expect(rows.reduce((s, r) => s + r.w + r.m, 0)).toBeCloseTo(1, 12);
  });

  it('refuses a partial pyramid or an empty area', () => {
    expect(pyramidShares(counts.slice(1), bands)).toBeUndefined();
    expect(
      pyramidShares(
        counts.map((c) => ({ ...c, count: 0 })),
        bands,
      ),
    ).toBeUndefined();
  });

  it('labels and measures bands', () => {
    expect(bandLabel('45_64')).toBe('45–64');
    expect(bandSpan('45_64')).toBe(20);
    expect(bandSpan('80_plus')).toBe(20);
  });
});

describe('time series with forecast', () => {
  it('joins the dashed forecast line to the last observed point', () => {
    const pts = [
      { year: 2030, value: 3, forecast: true },
      { year: 2023, value: 1, forecast: false },
      { year: 2024, value: 2, forecast: false },
      { year: 2035, value: 4, forecast: true },
    ];
    const { observed, forecast } = splitForecast(pts);
    expect(observed.map((p) => p.year)).toEqual([2023, 2024]);
    expect(forecast.map((p) => p.year)).toEqual([2024, 2030, 2035]);
    expect(splitForecast(pts.filter((p) => !p.forecast)).forecast).toEqual([]);
  });
});

describe('choosing areas to compare', () => {
  it('adds, removes and refuses a fifth area without losing any', () => {
    const four = ['1', '2', '3', '4'].map(k);
    expect(toggleCompared([k('1')], k('2'))).toEqual({ list: ['1', '2'], result: 'added' });
    expect(toggleCompared(four, k('2'))).toEqual({ list: ['1', '3', '4'], result: 'removed' });
    expect(toggleCompared(four, k('5'))).toEqual({ list: four, result: 'full' });
  });
});
