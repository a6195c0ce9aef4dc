/**
 * The statistics of a scatter plot, pure: Pearson's r, the least-squares line, r in words and the
 * points far from the cloud (Mahalanobis distance). Inputs are the plotted values of the areas
 * that have both (missing and suppressed values are left out before).
 */
export interface LinearFit {
  n: number;
  /** Pearson's correlation coefficient, −1 … 1. */
  r: number;
  slope: number;
  intercept: number;
}

const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

/** Covariance matrix entries (population form; the factor cancels in r and the line). */
function moments(xs: readonly number[], ys: readonly number[]) {
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const n = xs.length;
  return { mx, my, sxx: sxx / n, syy: syy / n, sxy: sxy / n };
}

/**
 * r and the regression line of y on x; undefined with fewer than 3 points or when either variable
 * does not vary (r is then not defined, and no line is drawn).
 */
export function linearFit(xs: readonly number[], ys: readonly number[]): LinearFit | undefined {
  if (xs.length !== ys.length || xs.length < 3) return undefined;
  const { mx, my, sxx, syy, sxy } = moments(xs, ys);
  // Relative to the values' size, so rounding noise in a constant series is not a variance.
  const tiny = (s: number, m: number) => s <= 1e-18 * Math.max(1, m * m);
  if (tiny(sxx, mx) || tiny(syy, my)) return undefined;
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const slope = sxy / sxx;
  return { n: xs.length, r, slope, intercept: my - slope * mx };
}

export type Strength = 'keiner' | 'schwach' | 'maessig' | 'deutlich' | 'stark';

/**
 * r in words, by the thresholds common in social statistics (after Cohen): below 0.1 none, then
 * weak, moderate (0.3), clear (0.5), strong (0.7); the sign gives the direction.
 */
export function strengthOf(r: number): { strength: Strength; direction: 'positiv' | 'negativ' | null } {
  const a = Math.abs(r);
  const strength: Strength =
    a < 0.1 ? 'keiner' : a < 0.3 ? 'schwach' : a < 0.5 ? 'maessig' : a < 0.7 ? 'deutlich' : 'stark';
  return { strength, direction: strength === 'keiner' ? null : r > 0 ? 'positiv' : 'negativ' };
}

/** χ² with 2 degrees of freedom at 97.5 %: the ellipse that holds all but 1 in 40 of a normal cloud. */
export const OUTLIER_DISTANCE2 = 7.38;

/**
 * Indices of the points farthest from the cloud — squared Mahalanobis distance above
 * OUTLIER_DISTANCE2 (so a point far out along a diagonal cloud counts, one far across it more so)
 * — the farthest first, at most `max`. With no spread on an axis, that axis alone decides.
 */
export function outliers(xs: readonly number[], ys: readonly number[], max: number): number[] {
  if (xs.length < 4 || max <= 0) return [];
  const { mx, my, sxx, syy, sxy } = moments(xs, ys);
  const det = sxx * syy - sxy * sxy;
  const d2 = xs.map((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    if (det > 1e-12 * Math.max(sxx * syy, 1e-300))
      return (syy * dx * dx - 2 * sxy * dx * dy + sxx * dy * dy) / det;
    // Degenerate (a line or a point): the standardised distance along whichever axis varies.
    return (sxx > 0 ? (dx * dx) / sxx : 0) + (syy > 0 ? (dy * dy) / syy : 0);
  });
  return d2
    .map((d, i) => [d, i] as const)
    .filter(([d]) => d > OUTLIER_DISTANCE2)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, max)
    .map(([, i]) => i);
}
