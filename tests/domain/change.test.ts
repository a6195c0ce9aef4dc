import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate.ts';
import { changeCell, changeKind, MIN_CHANGE_BASE } from '../../src/domain/change.ts';
import { cityIsYardstick, formatValue } from '../../src/domain/format.ts';
import type { AreaKey, IndicatorId, SourceId, Year } from '../../src/domain/ids.ts';
import { cellOf, type ValueContext } from '../../src/domain/values.ts';
import { parseUrl, serializeUrl } from '../../src/state/url.ts';
import { choropleth } from '../../src/view/choropleth.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const { model } = shippedModel();
const ctx = model.ctx;
const id = (s: string) => s as IndicatorId;
const a = (s: string) => s as AreaKey;
const y = (n: number) => n as Year;
const value = (i: string, area: string, year: number) => {
  const c = cellOf(ctx, id(i), a(area), y(year));
  return c.kind === 'wert' ? c.value : undefined;
};

describe('change from a base year', () => {
  it('measures shares in percentage points and everything else in per cent', () => {
    expect(changeKind('anteil')).toBe('pp');
    for (const u of ['personen', 'anzahl', 'je_km2', 'jahre', 'je_100'] as const)
      expect(changeKind(u)).toBe('prozent');
    expect(formatValue('de', 0.021, 'pp', 1)).toBe('+2,1 Pp.');
    expect(formatValue('de', -0.034, 'veraenderung', 1)).toBe('−3,4 %');
    expect(formatValue('en', 0.034, 'veraenderung', 1)).toBe('+3.4 %');
  });

  it('marks the city beside an area only where its value is a yardstick: not for sums, for changes', () => {
    for (const u of ['personen', 'anzahl', 'km2'] as const) expect(cityIsYardstick(u), u).toBe(false);
    for (const u of ['anteil', 'je_1000', 'jahre', 'pp', 'veraenderung'] as const)
      expect(cityIsYardstick(u), u).toBe(true);
  });

  it('takes a Stadtteil’s share from summed numerators and denominators at both ends', () => {
    const share = (year: number) =>
      aggregate(ctx, id('einwohner_80_plus'), a('21'), y(year))! /
      aggregate(ctx, id('einwohner'), a('21'), y(year))!;
    const c = changeCell(ctx, id('anteil_80_plus'), 'anteil', a('21'), y(2014), y(2024));
    expect(c.kind).toBe('wert');
    if (c.kind === 'wert') expect(c.value).toBeCloseTo(share(2024) - share(2014), 12);
  });

  it('gives counts and means in per cent of the base', () => {
    const c = changeCell(ctx, id('einwohner'), 'personen', a('215'), y(2014), y(2024));
    const from = value('einwohner', '215', 2014)!;
    const to = value('einwohner', '215', 2024)!;
    expect(c).toMatchObject({ kind: 'wert', value: (to - from) / from });
    const m = changeCell(ctx, id('durchschnittsalter'), 'jahre', a('0'), y(2014), y(2024));
    expect(m.kind === 'wert' && m.value).toBeCloseTo(
      (value('durchschnittsalter', '0', 2024)! - value('durchschnittsalter', '0', 2014)!) /
        value('durchschnittsalter', '0', 2014)!,
      12,
    );
  });

  it('suppresses a change in per cent on a small base, and keeps a suppression or a gap', () => {
    // A village of 12 that grows to 18 is no "+50 %" to map; 40 growing to 60 is.
    const village = (from: number, to: number): ValueContext => ({
      rule: () => ({ art: 'summe' }),
      base: (_a, _i, year) => (year === 2014 ? from : to),
      ortsteile: (k) => [k],
      baseSource: () => ({ id: 'q' as SourceId, status: 'amtlich' }),
      smallNumbers: () => ({ min_anzahl: 3 }),
    });
    expect(changeCell(village(12, 18), id('x'), 'personen', a('1'), y(2014), y(2024)).kind).toBe(
      'unterdrueckt',
    );
    expect(changeCell(village(0, 18), id('x'), 'personen', a('1'), y(2014), y(2024)).kind).toBe(
      'unterdrueckt',
    );
    expect(changeCell(village(40, 60), id('x'), 'personen', a('1'), y(2014), y(2024))).toMatchObject({
      kind: 'wert',
      value: 0.5,
    });
    expect(MIN_CHANGE_BASE).toBe(20);
    // A share suppressed in one year is a suppressed change; no data in one year is no change.
    expect(cellOf(ctx, id('anteil_80_plus'), a('252'), y(2014)).kind).not.toBe('wert');
    expect(changeCell(ctx, id('anteil_80_plus'), 'anteil', a('252'), y(2014), y(2024)).kind).not.toBe('wert');
    expect(changeCell(ctx, id('einwohner'), 'personen', a('215'), y(1999), y(2024)).kind).toBe('fehlt');
  });

  it('carries both ends’ sources, the weaker status and the forecast mark', () => {
    const c = changeCell(ctx, id('einwohner'), 'personen', a('215'), y(2018), y(2030));
    expect(c).toMatchObject({ kind: 'wert', status: 'beispiel', forecast: true });
    if (c.kind !== 'fehlt') expect(c.sources.length).toBeGreaterThanOrEqual(2);
    expect(changeCell(ctx, id('einwohner'), 'personen', a('215'), y(2014), y(2024))).toMatchObject({
      forecast: false,
    });
  });
});

describe('the change map', () => {
  const k = urlKnowledge(model);
  it('is a link: veraenderung_seit names a year of the data other than jahr', () => {
    const { state, notices } = parseUrl('?indikator=anteil_80_plus&jahr=2024&veraenderung_seit=2014', k);
    expect(notices).toEqual([]);
    expect(state.veraenderungSeit).toBe(2014);
    expect(serializeUrl(state)).toContain('veraenderung_seit=2014');
    for (const bad of ['1999', '2024', 'x', '2014.0']) {
      const r = parseUrl(`?jahr=2024&veraenderung_seit=${bad}`, k);
      expect(r.state.veraenderungSeit, bad).toBeNull();
      expect(r.notices.map((n) => n.param)).toEqual(['veraenderung_seit']);
    }
    expect(serializeUrl(parseUrl('?jahr=2024', k).state)).not.toContain('veraenderung_seit');
  });

  it('diverges around no change, says which change it shows and marks the city’s', () => {
    const { state } = parseUrl('?indikator=anteil_80_plus&jahr=2024&veraenderung_seit=2014', k);
    const ch = choropleth(model, state);
    expect(ch.since).toBe(2014);
    expect(ch.palette).toBe('divergierend');
    expect(ch.scheme.thresholds).toContain(0);
    expect(ch.indicator).toMatchObject({
      einheit: 'pp',
      label_de: 'Veränderung 2014–2024: Anteil ab 80 Jahren (Prozentpunkte)',
    });
    expect(ch.base.id).toBe('anteil_80_plus');
    const city = changeCell(ctx, id('anteil_80_plus'), 'anteil', model.rootKey, y(2014), y(2024));
    expect(ch.city).toEqual(city);
    // Counts may diverge as changes; the level map of a count does not.
    const counts = choropleth(
      model,
      parseUrl('?indikator=einwohner&jahr=2024&veraenderung_seit=2019', k).state,
    );
    expect(counts).toMatchObject({ palette: 'divergierend', indicator: { einheit: 'veraenderung' } });
    expect(choropleth(model, parseUrl('?indikator=einwohner&jahr=2024', k).state).palette).toBe('blau');
  });
});
