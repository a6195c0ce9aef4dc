import { describe, expect, it } from 'vitest';
import { classIndex, computeThresholds, quantileSorted } from '../../../src/domain/classify/breaks.ts';
import { ckmeansLowerBounds } from '../../../src/domain/classify/ckmeans.ts';
import { luminance, sample, sequentialColours } from '../../../src/domain/classify/palettes.ts';
import { buildScheme, legendClasses } from '../../../src/domain/classify/scheme.ts';

/** Brute force: the partition of sorted values into k runs with the least within-cluster squares. */
function bruteForceLowerBounds(values: number[], k: number): number[] {
  const x = [...values].sort((a, b) => a - b);
  const ss = (a: number[]) => {
    const m = a.reduce((s, v) => s + v, 0) / a.length;
    return a.reduce((s, v) => s + (v - m) ** 2, 0);
  };
  let best = { cost: Infinity, cuts: [] as number[] };
  const rec = (start: number, left: number, cuts: number[], cost: number) => {
    if (left === 1) {
      const c = cost + ss(x.slice(start));
      if (c < best.cost - 1e-12) best = { cost: c, cuts };
      return;
    }
    for (let i = start + 1; i <= x.length - left + 1; i++)
      rec(i, left - 1, [...cuts, i], cost + ss(x.slice(start, i)));
  };
  rec(0, k, [], 0);
  return [x[0]!, ...best.cuts.map((i) => x[i]!)];
}

describe('ckmeans', () => {
  it('finds the obvious clusters', () => {
    expect(ckmeansLowerBounds([1, 2, 3, 10, 11, 12, 50, 51], 3)).toEqual([1, 10, 50]);
  });
  it('matches a brute-force optimum on random data', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 100;
    for (let trial = 0; trial < 20; trial++) {
      const values = Array.from({ length: 12 }, () => Math.round(rnd() * 10) / 10);
      for (const k of [2, 3, 4])
        expect(ckmeansLowerBounds(values, k)).toEqual(bruteForceLowerBounds(values, k));
    }
  });
  it('returns fewer classes than asked when values repeat, none for no values', () => {
    expect(ckmeansLowerBounds([5, 5, 5, 7], 4)).toEqual([5, 7]);
    expect(ckmeansLowerBounds([], 3)).toEqual([]);
  });
  it('is fast enough for 11,000 municipalities', () => {
    const values = Array.from({ length: 11_000 }, (_, i) => Math.sin(i) * 1000 + i / 10);
    const t0 = performance.now();
    expect(ckmeansLowerBounds(values, 5)).toHaveLength(5);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('thresholds', () => {
  const values = [0.05, 0.07, 0.08, 0.1, 0.12, 0.15, 0.2, 0.21, 0.3, 0.31];
  it('quantiles put equal counts in each class', () => {
    const t = computeThresholds('quantile', values, 5);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classIndex(v, t)]! += 1;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });
  it('equal intervals split the range evenly', () => {
    expect(computeThresholds('gleich', [0, 10], 5)).toEqual([2, 4, 6, 8]);
  });
  it('rounds to the displayed precision and drops duplicates', () => {
    const t = computeThresholds('gleich', [0.1, 0.1003], 3, { round: (v) => Math.round(v * 1000) / 1000 });
    expect(t).toEqual([]);
  });
  it('manual breaks are sorted, deduplicated and kept even outside the data', () => {
    expect(computeThresholds('manuell', values, 5, { manual: [0.5, 0.1, 0.1] })).toEqual([0.1, 0.5]);
  });
  it('a value on a threshold belongs to the upper class', () => {
    expect(classIndex(0.1, [0.1, 0.2])).toBe(1);
    expect(classIndex(0.0999, [0.1, 0.2])).toBe(0);
    expect(classIndex(0.5, [0.1, 0.2])).toBe(2);
  });
  it('the quantile follows the type-7 definition', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});

describe('schemes and palettes', () => {
  it('has one colour per class, light to dark', () => {
    const s = buildScheme([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantile', k: 5, palette: 'blau' });
    expect(s.colours).toHaveLength(s.thresholds.length + 1);
    const lum = s.colours.map(luminance);
    expect([...lum].sort((a, b) => b - a)).toEqual(lum);
  });
  it('a diverging scheme has the city value as a threshold, orange below and purple above', () => {
    const values = [-0.1, -0.05, -0.02, 0.01, 0.03, 0.08];
    const s = buildScheme(values, { method: 'quantile', k: 4, palette: 'divergierend', center: 0 });
    expect(s.thresholds).toContain(0);
    expect(s.centreIndex).toBe(s.thresholds.indexOf(0) + 1);
    const below = s.colours.slice(0, s.centreIndex);
    const above = s.colours.slice(s.centreIndex);
    // Orange: red channel above blue; purple: blue channel above red.
    for (const c of below) expect(parseInt(c.slice(1, 3), 16)).toBeGreaterThan(parseInt(c.slice(5, 7), 16));
    for (const c of above) expect(parseInt(c.slice(5, 7), 16)).toBeGreaterThan(parseInt(c.slice(1, 3), 16));
  });
  it('counts the areas per legend class', () => {
    const s = buildScheme([1, 2, 3, 4], { method: 'manuell', k: 5, palette: 'viridis', manual: [2.5] });
    expect(legendClasses(s, [1, 2, 3, 4]).map((c) => [c.from, c.to, c.count])).toEqual([
      [undefined, 2.5, 2],
      [2.5, undefined, 2],
    ]);
  });
  it('samples palette stops exactly at the ends', () => {
    expect(sample(['#000000', '#ffffff'], 3)).toEqual(['#000000', '#808080', '#ffffff']);
    expect(sequentialColours('viridis', 2)).toEqual(['#fde725', '#482878']);
  });
});
