import { describe, expect, it } from 'vitest';
import type { AggregationRule } from '../../src/domain/aggregate.ts';
import { formatCityComparison, formatValue, roundToDisplay } from '../../src/domain/format.ts';
import type { AreaKey, IndicatorId, SourceId, Status, Year } from '../../src/domain/ids.ts';
import { cellOf, weakest, type SmallNumberRule, type ValueContext } from '../../src/domain/values.ts';

const rules: Record<string, AggregationRule> = {
  e: { art: 'summe' },
  a: { art: 'summe' },
  anteil: { art: 'verhaeltnis', zaehler: 'a' as IndicatorId, nenner: 'e' as IndicatorId, faktor: 1 },
  alter: { art: 'mittel', gewicht: 'e' as IndicatorId },
};
const small: Record<string, SmallNumberRule> = {
  e: { min_anzahl: 3 },
  a: { min_anzahl: 3 },
  anteil: { min_nenner: 50 },
  alter: { min_gewicht: 50 },
};
const data: Record<string, [number, Status]> = {
  '111|e|2020': [40, 'amtlich'],
  '111|a|2020': [2, 'amtlich'],
  '111|alter|2020': [40, 'amtlich'],
  '112|e|2020': [900, 'amtlich'],
  '112|a|2020': [90, 'beispiel'],
  '112|alter|2020': [50, 'sekundaer'],
  '112|e|2030': [950, 'beispiel'],
  '112|a|2030': [95, 'beispiel'],
  '113|e|2020': [0, 'amtlich'],
  '113|a|2020': [0, 'amtlich'],
};
const ctx: ValueContext = {
  rule: (id) => rules[id],
  base: (a, id, y) => data[`${a}|${id}|${y}`]?.[0],
  baseSource: (a, id, y) => {
    const d = data[`${a}|${id}|${y}`];
    return d && { id: `quelle-${d[1]}` as SourceId, status: d[1] };
  },
  ortsteile: (a) => (a.length === 3 ? [a] : (['111', '112'] as AreaKey[])),
  smallNumbers: (id) => small[id] ?? {},
};
const cell = (id: string, area: string, y = 2020) =>
  cellOf(ctx, id as IndicatorId, area as AreaKey, y as Year);

describe('cellOf', () => {
  it('suppresses a share whose denominator is below the minimum, but not the aggregate', () => {
    expect(cell('anteil', '111')).toEqual({
      kind: 'unterdrueckt',
      status: 'amtlich',
      sources: ['quelle-amtlich'],
      forecast: false,
    });
    expect(cell('anteil', '1')).toMatchObject({ kind: 'wert', value: 92 / 940 });
  });
  it('a share of an area without residents is suppressed, not missing', () => {
    expect(cell('anteil', '113')).toMatchObject({ kind: 'unterdrueckt', status: 'amtlich' });
    expect(cell('anteil', '114')).toEqual({ kind: 'fehlt' });
  });
  it('suppresses a count below min_anzahl and a mean with too little weight', () => {
    expect(cell('a', '111').kind).toBe('unterdrueckt');
    expect(cell('alter', '111').kind).toBe('unterdrueckt');
    expect(cell('alter', '112')).toMatchObject({ kind: 'wert', value: 50 });
  });
  it('a derived value is only as official as its weakest input', () => {
    expect(cell('anteil', '1')).toMatchObject({
      status: 'beispiel',
      sources: ['quelle-amtlich', 'quelle-beispiel'],
    });
    expect(cell('alter', '112')).toMatchObject({ status: 'sekundaer' });
    expect(weakest(['amtlich', 'naeherung', 'sekundaer'])).toBe('naeherung');
  });
  it('marks forecast years and reports missing data', () => {
    expect(cell('anteil', '112', 2030)).toMatchObject({ kind: 'wert', forecast: true });
    expect(cell('anteil', '1', 2030)).toEqual({ kind: 'fehlt' });
    expect(cell('unbekannt', '1')).toEqual({ kind: 'fehlt' });
  });
});

describe('format', () => {
  it('writes German numbers and units', () => {
    expect(formatValue('de', 0.2134, 'anteil', 1)).toBe('21,3 %');
    expect(formatValue('de', 117606, 'personen', 0)).toBe('117.606');
    expect(formatValue('en', 117606, 'personen', 0)).toBe('117,606');
    expect(formatValue('de', 4.25, 'km2', 2)).toBe('4,25 km²');
    expect(formatValue('de', 44.06, 'jahre', 1)).toBe('44,1 Jahre');
    expect(formatValue('de', -0.02, 'anteil', 1)).toBe('−2,0 %');
  });
  it('compares shares in percentage points and counts as a share of the city', () => {
    expect(formatCityComparison('de', 0.25, 0.213, 'anteil', 1, 'Bremerhavens')).toBe('+3,7 Pp.');
    expect(formatCityComparison('de', 0.2, 0.213, 'anteil', 1, 'Bremerhavens')).toBe('−1,3 Pp.');
    expect(formatCityComparison('en', 0.213, 0.213, 'anteil', 1, 'of Bremerhaven')).toBe('0.0 pp');
    expect(formatCityComparison('de', 6349, 117606, 'personen', 0, 'Bremerhavens')).toBe(
      '5,4 % Bremerhavens',
    );
    expect(formatCityComparison('de', 2151, 215113, 'personen', 0, 'des Landkreises Rostock')).toBe(
      '1,0 % des Landkreises Rostock',
    );
  });
  it('rounds to the displayed precision in stored units', () => {
    expect(roundToDisplay(0.21349, 'anteil', 1)).toBe(0.213);
    expect(roundToDisplay(44.06, 'jahre', 1)).toBe(44.1);
  });
});
