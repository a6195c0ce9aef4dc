import { describe, expect, it } from 'vitest';
import { parseUrl } from '../../src/state/url.ts';
import { choropleth } from '../../src/view/choropleth.ts';
import { linearFit } from '../../src/domain/scatter/correlation.ts';
import { loadViewMessages, translator } from '../../src/i18n/translate.ts';
import { correlationText, scatterData, scatterSummary } from '../../src/view/scatter.ts';
import { scatterCsv } from '../../src/view/scatterCsv.ts';
import { territoryTexts } from '../../src/view/territory.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';
import { cellOf } from '../../src/domain/values.ts';
import type { AreaKey, IndicatorId, Year } from '../../src/domain/ids.ts';

const { model } = shippedModel();
const k = urlKnowledge(model);
await loadViewMessages();
const t = translator('de', territoryTexts(model, 'de'));
const view = (q: string) => choropleth(model, parseUrl(q, k).state);
const value = (id: string, a: string) => {
  const c = cellOf(model.ctx, id as IndicatorId, a as AreaKey, 2024 as Year);
  return c.kind === 'wert' ? c.value : undefined;
};

describe('the scatter plot', () => {
  it('opens on the Beirat’s question: old age against the loss of supply, a default y when none is named', () => {
    const { state } = parseUrl('?ansicht=streuung&x=anteil_80_plus', k);
    expect(state.bivariat).toBe('versorgungsverlust');
    const ch = choropleth(model, state);
    // A loss of supply is worse when higher: the critical cell is high × high (9).
    expect(ch.bivariate!.critical).toBe(8);
  });

  it('plots every Ortsteil with both values and computes r from exactly those values', () => {
    const ch = view('?ansicht=streuung&x=anteil_80_plus&y=versorgungsverlust&jahr=2024');
    const data = scatterData(ch);
    expect(data.points.length + data.missing.length).toBe(model.byLevel.ebene1.length);
    for (const p of data.points) {
      expect(p.x).toBe(value('anteil_80_plus', p.key));
      expect(p.y).toBe(value('versorgungsverlust', p.key));
      expect(p.cell).toBe(ch.classOf.get(p.key));
    }
    // Luneplate has too few residents for a share: left out, and named.
    expect(data.missing).toEqual(
      model.byLevel.ebene1.filter(
        (a) => value('anteil_80_plus', a) === undefined || value('versorgungsverlust', a) === undefined,
      ),
    );
    const fit = linearFit(
      data.points.map((p) => p.x),
      data.points.map((p) => p.y),
    )!;
    expect(data.fit!.r).toBe(fit.r);
    // A count on one axis: the city's total is no point of the cloud.
    expect(data.city).toBeNull();
    expect(data.cityNote).toBe('summe');
  });

  it('marks the city where both axes are shares, and says the relationship in words', () => {
    const ch = view('?ansicht=streuung&x=anteil_80_plus&y=erreichbar_500m_lebensmittelmarkt&jahr=2024');
    const data = scatterData(ch);
    expect(data.city).toEqual({
      x: value('anteil_80_plus', '0'),
      y: value('erreichbar_500m_lebensmittelmarkt', '0'),
    });
    const text = scatterSummary(model, ch, data, 'de', t, 'Ortsteile');
    expect(text).toMatch(/^\d+ Gebiete \(Ortsteile\) mit Werten auf beiden Achsen: Anteil ab 80 Jahren/);
    expect(text).toContain(`Zusammenhang: ${correlationText(data.fit, 'de', t)}.`);
    expect(correlationText(data.fit, 'de', t)).toMatch(
      /^(kein erkennbarer|(schwacher|mäßiger|deutlicher|starker) (positiver|negativer)) Zusammenhang \(r = −?\d,\d\d\)$/,
    );
    expect(text).toMatch(/Bremerhaven \(schwarze Raute\): [\d,]+ %; [\d,]+ %\./);
    expect(text).toContain('Beispielwerte');
    expect(correlationText(undefined, 'de', t)).toMatch(/kein Zusammenhang berechenbar/);
  });

  it('exports its table as CSV: the same values in the units shown, the territory, r and the sources', () => {
    const ch = view('?ansicht=streuung&x=anteil_80_plus&y=versorgungsverlust&jahr=2024');
    const data = scatterData(ch);
    const csv = scatterCsv(model, ch, data, 'de', t, 'Ortsteile');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toMatch(/^Gebiet;Schlüssel;Anteil ab 80 Jahren 2024 \(%\);Versorgungsverlust seit 2015/);
    const surheide = lines.find((l) => l.split(';')[1] === '231')!.split(';');
    expect(surheide[2]).toBe((value('anteil_80_plus', '231')! * 100).toFixed(1).replace('.', ','));
    expect(surheide[3]).toBe(String(value('versorgungsverlust', '231')));
    expect(surheide[4]).toBe(String(ch.classOf.get('231' as AreaKey)! + 1));
    expect(surheide[6]).toBe('Beispielwert');
    // Every area once, then the territory, then the statistics.
    expect(lines.filter((l) => /^[^;]+;\d{3};/.test(l))).toHaveLength(model.byLevel.ebene1.length);
    expect(lines.some((l) => l.startsWith('Bremerhaven;0;'))).toBe(true);
    expect(csv).toContain(`Zusammenhang;${correlationText(data.fit, 'de', t)}`);
    expect(csv).toMatch(
      /Regressionsgerade \(in den gezeigten Einheiten\);y = -?[\d,]+ \+ -?[\d,]+ · x;n = \d+/,
    );
    expect(csv).toContain('Datenstand: 31.12.2024');
  });
});
