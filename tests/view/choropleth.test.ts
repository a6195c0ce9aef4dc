import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/url.ts';
import {
  canDiverge,
  choropleth,
  defaultMethod,
  defaultPalette,
  fillColours,
  legendRows,
} from '../../src/view/choropleth.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const { model } = shippedModel();
const base = defaultState(urlKnowledge(model));
const indicator = (id: string) => model.indicators.get(model.indicatorId(id)!)!;

describe('the scheme choice for an indicator (src/view/choropleth.ts)', () => {
  it('classes counts by quantiles and rates by natural breaks', () => {
    expect(defaultMethod(indicator('einwohner'))).toBe('quantile');
    expect(defaultMethod(indicator('anteil_65_plus'))).toBe('natuerlich');
  });

  it('diverges for changes only, and never for counts or areas', () => {
    const changes = model.catalogue.indikatoren.filter((i) => i.aggregation.art === 'veraenderung');
    expect(changes.length).toBeGreaterThan(0);
    for (const i of changes) expect(defaultPalette(i)).toBe('divergierend');
    expect(defaultPalette(indicator('anteil_65_plus'))).toBe('blau');
    expect(canDiverge(indicator('einwohner'))).toBe(false);
    expect(canDiverge(indicator('flaeche_km2'))).toBe(false);
    expect(canDiverge(indicator('anteil_65_plus'))).toBe(true);
  });

  it('follows the URL: method and palette from the state, a diverging count falls back to blue', () => {
    const chosen = choropleth(model, { ...base, klassen: 'gleich', farben: 'viridis' });
    expect([chosen.method, chosen.palette]).toEqual(['gleich', 'viridis']);
    const count = choropleth(model, {
      ...base,
      indikator: indicator('einwohner').id,
      farben: 'divergierend',
    });
    expect(count.palette).toBe('blau');
  });

  it('gives every area a colour of a legend row: its class, or the no-data or suppressed bin', () => {
    const ch = choropleth(model, base);
    const colours = fillColours(ch, '#ffffff');
    const rows = new Map(legendRows(ch).map((r) => [r.colour, r]));
    expect(ch.areas).toHaveLength(24);
    let bins = 0;
    for (const a of ch.areas) {
      const cell = ch.cells.get(a)!;
      expect(ch.classOf.has(a), a).toBe(cell.kind === 'wert');
      if (cell.kind !== 'wert') bins++;
      expect(rows.has(colours.get(a)!) || colours.get(a) === '#ffffff', a).toBe(true);
    }
    // Fischereihafen's few inhabitants make its share a suppressed value, its own legend row.
    expect(bins).toBeGreaterThan(0);
    expect(legendRows(ch).reduce((s, r) => s + r.count, 0)).toBe(24);
  });
});
