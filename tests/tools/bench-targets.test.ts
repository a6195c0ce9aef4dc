import { describe, expect, it } from 'vitest';
import { check, fails, report, type Target } from '../../tools/bench/targets.ts';

const t = (value: number | undefined, kind: Target['kind'], target = 1.15): Target => ({
  name: 'x',
  value,
  target,
  kind,
  unit: '×',
});

describe('the bench guard', () => {
  it('gives ratios 10 % slack and deterministic counts none', () => {
    expect(check(t(1.1, 'ratio'))).toBe('erfüllt');
    expect(check(t(1.25, 'ratio'))).toBe('knapp verfehlt');
    expect(check(t(1.3, 'ratio'))).toBe('verfehlt');
    expect(check(t(1.16, 'exact'))).toBe('verfehlt');
    expect(check(t(undefined, 'ratio'))).toBe('nicht gemessen');
  });
  it('fails the run only on a gated miss beyond the slack', () => {
    expect(fails([t(1.25, 'ratio'), t(99, 'info')])).toBe(false);
    expect(fails([t(1.3, 'ratio')])).toBe(true);
    expect(fails([t(351, 'exact', 350)])).toBe(true);
    expect(fails([t(undefined, 'exact')])).toBe(false);
  });
  it('prints every figure with its target', () => {
    expect(report([t(1.51, 'ratio')])).toBe('✗ x: 1.51× (Ziel ≤ 1.15×) – verfehlt');
  });
});
