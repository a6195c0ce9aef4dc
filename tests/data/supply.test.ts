import { describe, expect, it } from 'vitest';
import { type AreaKey, type IndicatorId, type Year } from '../../src/domain/ids.ts';
import { cellOf } from '../../src/domain/values.ts';
import { deriveSupply } from '../../src/data/supply.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';
import { aggregate } from '../../src/domain/aggregate.ts';

const { pkg, supply, coverage, model } = shippedModel();
const id = (s: string) => s as IndicatorId;
const y = (n: number) => n as Year;
const value = (i: string, area: string, year: number) => {
  const c = cellOf(model.ctx, id(i), area as AreaKey, y(year));
  return c.kind === 'wert' ? c.value : undefined;
};

describe('supply indicators on the shipped package', () => {
  it('assigns every shipped facility to an Ortsteil and counts the open ones', () => {
    expect(supply.messages).toEqual([]);
    expect(Object.keys(supply.areaOf)).toHaveLength(pkg.facilities.length);
    const open2024 = pkg.facilities.filter(
      (f) =>
        f.properties.kategorie === 'apotheke' &&
        (f.properties.eroeffnet ?? 0) <= 2024 &&
        (f.properties.geschlossen === null || f.properties.geschlossen > 2024),
    ).length;
    expect(value('einrichtungen_apotheke', model.rootKey, 2024)).toBe(open2024);
  });

  it('reports a facility outside every Ortsteil by file, id and name, and does not count it', () => {
    const moved = pkg.facilities.map((f, i) =>
      i === 0 ? { ...f, geometry: { ...f.geometry, coordinates: [8.9, 53.9] as [number, number] } } : f,
    );
    const result = deriveSupply({ ...pkg, facilities: moved });
    expect(result.messages).toEqual([
      `data/einrichtungen.geojson, Einrichtung ${moved[0]!.id} („${moved[0]!.properties.name}“): liegt in keinem Gebiet der Ebene „Ortsteil“ – nicht gezählt`,
    ]);
    expect(result.areaOf[moved[0]!.id]).toBeUndefined();
  });

  it('aggregates the loss like any count, and marks it as a sample value', () => {
    const sum = model.byLevel.ebene1.reduce((s, o) => s + value('versorgungsverlust', o, 2024)!, 0);
    expect(value('versorgungsverlust', model.rootKey, 2024)).toBe(sum);
    expect(value('versorgungsverlust', '23', 2024)).toBe(value('versorgungsverlust', '231', 2024));
    const cell = cellOf(model.ctx, id('versorgungsverlust'), '231' as AreaKey, y(2024));
    expect(cell.kind === 'wert' && cell.status).toBe('beispiel');
    expect(cell.kind === 'wert' && cell.sources).toEqual(['berechnung-versorgung']);
    // Before the base year there is nothing to report.
    expect(value('versorgungsverlust', '231', 2014)).toBeUndefined();
  });

  it('keeps Surheide without a grocery, as the sources say', () => {
    expect(value('einrichtungen_lebensmittelmarkt', '231', 2024)).toBe(0);
  });

  it('recomputes rates from counts and group populations, never averaging', () => {
    const rate = value('hausarztpraxis_je_1000_65_plus', '21', 2024)!;
    const count = aggregate(model.ctx, id('einrichtungen_hausarztpraxis'), '21' as AreaKey, y(2024))!;
    const old = aggregate(model.ctx, id('einwohner_65_plus'), '21' as AreaKey, y(2024))!;
    expect(rate).toBeCloseTo((count / old) * 1000, 10);
  });

  it('gives coverage shares between 0 and 1 for every area, level and radius, 1 km ≥ 500 m', () => {
    for (const level of ['ebene1', 'ebene2', 'ebene3'] as const)
      for (const area of [...model.byLevel[level], model.rootKey]) {
        const cell = cellOf(model.ctx, id('erreichbar_500m_hausarztpraxis'), area, y(2024));
        expect(cell.kind, `${level} ${area}`).not.toBe('fehlt');
        // Fewer than 50 people aged 65+: suppressed by the small-number rule, not shown.
        if (cell.kind === 'unterdrueckt') continue;
        const near = value('erreichbar_500m_hausarztpraxis', area, 2024);
        const far = value('erreichbar_1000m_hausarztpraxis', area, 2024);
        expect(near).toBeGreaterThanOrEqual(0);
        expect(far).toBeLessThanOrEqual(1 + 1e-9);
        expect(far! + 1e-9).toBeGreaterThanOrEqual(near!);
      }
    expect(coverage.gridPoints).toBeGreaterThan(5000);
  });
});
