import { describe, expect, it } from 'vitest';
import { LAYER_FORMAT, type ImportLayer } from '../../../src/data/import/layer.ts';
import { ZUORDNUNG_FORMAT } from '../../../src/data/import/mapping.ts';
import { mergeLayer } from '../../../src/data/import/merge.ts';
import { emptyDraft, idOfLabel, indicatorOfDraft } from '../../../src/data/import/newIndicator.ts';
import { checkLayer } from '../../../src/data/import/read.ts';
import type { Year } from '../../../src/domain/ids.ts';
import { cellOf } from '../../../src/domain/values.ts';
import { sgbQuote } from '../../helpers/indicators.ts';
import { modelOf, shippedModel } from '../../../tools/fixtures/shipped.ts';

const { texts, pkg, model } = shippedModel();
const known = new Map(pkg.catalogue.indikatoren.map((i) => [i.id as string, i]));
const at = { datei: 'SGB2.xlsx', ort: 'Blatt Quote, Zeile 5', feld: '2022' };

describe('a new indicator from the Datenwerkstatt form', () => {
  it('takes its id from the German name', () => {
    expect(idOfLabel('SGB-II-Quote')).toBe('sgb_ii_quote');
    const long = idOfLabel('Anteil Ältere (80+) in Einpersonenhaushalten');
    expect(long).toMatch(/^anteil_aeltere_80_in_einpersonenhaush/);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(idOfLabel('65+ allein')).toBe('k_65_allein');
  });

  it('names every missing or unfitting answer by its field', () => {
    const r = indicatorOfDraft(
      { ...emptyDraft('teilhabe'), label_de: 'Einwohner', art: 'mittel', gewicht: '', kleinzahl: '0' },
      known,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.feld).sort()).toEqual(['gewicht', 'kleinzahl', 'label_de', 'label_en']);
    expect(r.problems.find((p) => p.feld === 'label_de')?.meldung).toMatch(/gibt es schon/);
    const named = { ...emptyDraft('teilhabe'), label_de: 'Quote', label_en: 'Rate' };
    const sum = indicatorOfDraft({ ...named, einheit: 'anteil', art: 'summe' }, known);
    expect(!sum.ok && sum.problems[0]).toMatchObject({
      feld: 'art',
      meldung: expect.stringMatching(/Nur Anzahlen/),
    });
    const ratio = indicatorOfDraft({ ...named, art: 'verhaeltnis', zaehler: 'anteil_65_plus' }, known);
    expect(!ratio.ok && ratio.problems[0]).toMatchObject({
      feld: 'zaehler',
      meldung: 'Zähler muss eine Anzahl sein',
    });
  });

  it('a share given per Ortsteil is averaged to Stadtteil and city by its weight, and suppressed below its rule', () => {
    const r = { indicator: sgbQuote(known, { kleinzahl: '1000' }) };
    expect(r.indicator).toMatchObject({
      id: 'sgb_ii_quote',
      aggregation: { art: 'mittel', gewicht: 'einwohner' },
      kleinzahl: { min_gewicht: 1000 },
      beschreibung_de: 'SGB-II-Quote',
    });
    const ortsteile = pkg.areas.filter((a) => a.ebene === 'ebene1').map((a) => a.schluessel as string);
    const werte = ortsteile.map((gebiet, n) => ({
      gebiet,
      indikator: 'sgb_ii_quote',
      jahr: 2022,
      wert: 0.1 + n / 100,
      herkunft: at,
    }));
    const layer: ImportLayer = {
      format: LAYER_FORMAT,
      erstellt: '2026-12-01T00:00:00.000Z',
      dateien: ['SGB2.xlsx'],
      quelle: {
        titel: 'SGB II',
        herausgeber: 'Jobcenter',
        stichtag: '2022-12-31',
        lizenz: 'intern',
        status: 'amtlich',
      },
      werte,
      neueIndikatoren: [r.indicator],
      zuordnung: { format: ZUORDNUNG_FORMAT, tabellen: {} },
      hinweise: [],
    };
    expect(checkLayer(texts, layer).issues).toEqual([]);
    const merged = modelOf(mergeLayer(texts, layer).texts).model;
    const id = merged.indicatorId('sgb_ii_quote')!;
    const cell = (a: string) => cellOf(merged.ctx, id, merged.areaKey(a)!, 2022 as Year);
    // Stadtteil 21 (Geestemünde) = mean of 211–215 weighted by their population.
    const parts = ['211', '212', '213', '214', '215'];
    const w = (a: string) =>
      cellOf(model.ctx, model.indicatorId('einwohner')!, model.areaKey(a)!, 2022 as Year);
    const weights = parts.map((a) => (w(a) as { value: number }).value);
    const vals = parts.map((a) => 0.1 + ortsteile.indexOf(a) / 100);
    const expected = vals.reduce((s, v, i) => s + v * weights[i]!, 0) / weights.reduce((s, x) => s + x, 0);
    // An Ortsteil's value is the city's own; combined, it leans on the (sample) population weights.
    expect(cell('212')).toMatchObject({
      kind: 'wert',
      status: 'amtlich',
      value: expect.closeTo(0.1 + ortsteile.indexOf('212') / 100, 12),
    });
    expect(cell('21')).toMatchObject({ kind: 'wert', status: 'beispiel' });
    expect((cell('21') as { value: number }).value).toBeCloseTo(expected, 10);
    // Luneplate has hardly any residents: below 1,000 the rule suppresses the value.
    expect(cell('252')).toMatchObject({ kind: 'unterdrueckt' });
    // A share written as 20,6 (not converted) is caught by the package's rules.
    const wrong = { ...layer, werte: [{ ...werte[0]!, wert: 20.6 }] };
    expect(checkLayer(texts, wrong).issues[0]).toMatchObject({
      datei: 'SGB2.xlsx',
      ort: at.ort,
      meldung: expect.stringMatching(/Anteil 20.6 liegt nicht in \[0, 1\]/),
    });
  });
});
