import { describe, expect, it } from 'vitest';
import { linearFit, outliers, strengthOf } from '../../../src/domain/scatter/correlation.ts';

// Anscombe's quartet (1973): four data sets with the same r (0.816) and line (y = 3 + 0.5 x).
const X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
const Y3 = [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73];
const X4 = [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8];
const Y4 = [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89];

describe('correlation and regression', () => {
  it('reproduces Anscombe’s r and line for all four sets', () => {
    for (const [xs, ys] of [
      [X, Y1],
      [X, Y3],
      [X4, Y4],
    ] as const) {
      const fit = linearFit(xs, ys)!;
      expect(fit.n).toBe(11);
      expect(fit.r).toBeCloseTo(0.8164, 2);
      expect(Math.abs(fit.r - 0.8164)).toBeLessThan(0.001);
      expect(fit.slope).toBeCloseTo(0.5, 2);
      expect(fit.intercept).toBeCloseTo(3.0, 1);
    }
  });

  it('is exactly ±1 on a line, and undefined without spread or with fewer than three points', () => {
    expect(linearFit([1, 2, 3, 4], [3, 5, 7, 9])).toMatchObject({ r: 1, slope: 2, intercept: 1 });
    expect(linearFit([1, 2, 3, 4], [9, 7, 5, 3])!.r).toBeCloseTo(-1, 12);
    expect(linearFit([1, 2, 3], [4, 4, 4])).toBeUndefined();
    expect(linearFit([0.3, 0.3, 0.3], [1, 2, 3])).toBeUndefined();
    expect(linearFit([1, 2], [1, 2])).toBeUndefined();
    expect(linearFit([1, 2, 3], [1, 2])).toBeUndefined();
  });

  it('does not depend on units: scaling and shifting either variable keeps r', () => {
    const a = linearFit(X, Y1)!;
    const b = linearFit(
      X.map((x) => x * 1000 + 7),
      Y1.map((y) => y / 100 - 3),
    )!;
    expect(b.r).toBeCloseTo(a.r, 12);
  });

  it('puts r into words with the direction', () => {
    expect(strengthOf(0.05)).toEqual({ strength: 'keiner', direction: null });
    expect(strengthOf(-0.05)).toEqual({ strength: 'keiner', direction: null });
    expect(strengthOf(0.1)).toEqual({ strength: 'schwach', direction: 'positiv' });
    expect(strengthOf(-0.29)).toEqual({ strength: 'schwach', direction: 'negativ' });
    expect(strengthOf(0.3).strength).toBe('maessig');
    expect(strengthOf(-0.5).strength).toBe('deutlich');
    expect(strengthOf(0.7).strength).toBe('stark');
    expect(strengthOf(1)).toEqual({ strength: 'stark', direction: 'positiv' });
  });

  it('finds the points far from the cloud, farthest first', () => {
    // Anscombe III: one point off an otherwise exact line; IV: the one point with another x.
    expect(outliers(X, Y3, 3)).toEqual([2]);
    expect(outliers(X4, Y4, 3)).toEqual([7]);
    // A tight cloud with one point across the diagonal: it counts, though neither value is extreme.
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 3];
    const ys = [1.1, 2, 2.9, 4.1, 5, 6, 6.9, 8.1, 9, 10, 8];
    expect(outliers(xs, ys, 5)).toEqual([10]);
    expect(outliers(xs, ys, 0)).toEqual([]);
    // Nothing stands out in an even grid.
    const gx = [1, 2, 3, 1, 2, 3, 1, 2, 3];
    const gy = [1, 1, 1, 2, 2, 2, 3, 3, 3];
    expect(outliers(gx, gy, 5)).toEqual([]);
  });
});
