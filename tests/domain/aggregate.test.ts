import { describe, expect, it } from 'vitest';
import { aggregate, type AggregationContext, type AggregationRule } from '../../src/domain/aggregate.ts';
import type { AreaKey, IndicatorId, Year } from '../../src/domain/ids.ts';

const rules: Record<string, AggregationRule> = {
  e: { art: 'summe' },
  a: { art: 'summe' },
  alle: { art: 'summe_aus', teile: ['e' as IndicatorId] },
  anteil: { art: 'verhaeltnis', zaehler: 'a' as IndicatorId, nenner: 'e' as IndicatorId, faktor: 1 },
  alter: { art: 'mittel', gewicht: 'e' as IndicatorId },
  wachstum: { art: 'veraenderung', basis: 'e' as IndicatorId, jahre: 5 },
};
const data: Record<string, number> = {
  '111|e|2020': 100,
  '111|a|2020': 50,
  '111|alter|2020': 40,
  '112|e|2020': 900,
  '112|a|2020': 90,
  '112|alter|2020': 50,
  '111|e|2015': 100,
  '112|e|2015': 700,
};
const ctx: AggregationContext = {
  rule: (id) => rules[id],
  base: (a, id, y) => data[`${a}|${id}|${y}`],
  ortsteile: (a) => (a.length === 3 ? [a] : (['111', '112'] as AreaKey[])),
};
const v = (id: string, area: string, y = 2020) =>
  aggregate(ctx, id as IndicatorId, area as AreaKey, y as Year);

describe('aggregate', () => {
  it('sums counts', () => expect(v('e', '11')).toBe(1000));
  it('recomputes shares from summed counts instead of averaging them', () => {
    expect(v('anteil', '111')).toBe(0.5);
    expect(v('anteil', '11')).toBeCloseTo(0.14); // the mean of 50 % and 10 % would be 30 %
  });
  it('weights means', () => expect(v('alter', '11')).toBeCloseTo(49));
  it('computes change over n years from sums', () => expect(v('wachstum', '11')).toBeCloseTo(0.25));
  it('derives counts from parts', () => expect(v('alle', '112')).toBe(900));
  it('returns undefined for missing inputs or zero denominators', () => {
    expect(v('e', '11', 2019)).toBeUndefined();
    expect(v('unbekannt', '11')).toBeUndefined();
  });
});
