import { describe, expect, it } from 'vitest';
import { LAYER_FORMAT, layerSchema, type ImportLayer } from '../../../src/data/import/layer.ts';
import { ZUORDNUNG_FORMAT } from '../../../src/data/import/mapping.ts';
import { mergeLayer, packageNumber, withoutStaleTiles } from '../../../src/data/import/merge.ts';
import { applyMapping } from '../../../src/data/import/mapping.ts';
import { checkLayer, readImportFile } from '../../../src/data/import/read.ts';
import { validatePackage } from '../../../src/data/validate.ts';
import { modelOf, shippedModel, readContextOf } from '../../../tools/fixtures/shipped.ts';
import { cellOf } from '../../../src/domain/values.ts';
import type { Year } from '../../../src/domain/ids.ts';
import { statistikamtWorkbook } from '../../../tools/fixtures/workbook.ts';

const { texts, pkg } = shippedModel();
const ctx = readContextOf(pkg);
const quelle = {
  titel: 'Einwohner nach Ortsteilen',
  herausgeber: 'Statistikamt',
  stichtag: '2022-12-31',
  lizenz: 'intern',
  status: 'amtlich' as const,
};
const layerOf = (werte: ImportLayer['werte']): ImportLayer => ({
  format: LAYER_FORMAT,
  erstellt: '2026-12-01T00:00:00.000Z',
  dateien: ['Jahrbuch.xlsx'],
  quelle,
  werte,
  neueIndikatoren: [],
  zuordnung: { format: ZUORDNUNG_FORMAT, tabellen: {} },
  hinweise: [],
});
const at = { datei: 'Jahrbuch.xlsx', ort: 'Blatt Einwohner, Zeile 7', feld: '2020' };

describe('merging own data into the package', () => {
  it('writes numbers as the package does', () => {
    expect(packageNumber(0.24100000000000002)).toBe('0.241');
    expect(packageNumber(1e-7)).toBe('0.0000001');
    expect(packageNumber(117606)).toBe('117606');
  });

  it('replaces values, keeps symbols as symbols, adds the source; the package checks pass', () => {
    const layer = layerOf([
      { gebiet: '215', indikator: 'einwohner', jahr: 2020, wert: 8001, herkunft: at },
      { gebiet: '231', indikator: 'einwohner', jahr: 2020, zeichen: '.', herkunft: at },
      { gebiet: '241', indikator: 'einwohner', jahr: 2020, zeichen: '…', herkunft: at },
    ]);
    const v = validatePackage(texts, layer);
    const key = (a: string) =>
      v.pkg.observations.filter((o) => o.gebiet === a && o.indikator === 'einwohner' && o.jahr === 2020);
    expect(key('215').map((o) => [o.wert, o.quelle])).toEqual([[8001, 'eigene-daten']]);
    expect(key('231')).toEqual([]);
    expect(v.pkg.symbols.map((o) => [o.gebiet, o.zeichen, o.quelle])).toEqual([
      ['231', '.', 'eigene-daten'],
      ['241', '…', 'eigene-daten'],
    ]);
    // Every view reads the cell with its meaning: "." is withheld, "…" not yet there; never a number.
    const { model } = modelOf(mergeLayer(texts, layer).texts);
    const cell = (a: string, id = 'einwohner') =>
      cellOf(model.ctx, model.indicatorId(id)!, model.areaKey(a)!, 2020 as Year);
    expect(cell('231')).toMatchObject({ kind: 'unterdrueckt', zeichen: '.', status: 'amtlich' });
    expect(cell('241')).toEqual({ kind: 'fehlt', zeichen: '…' });
    // Derived values and the Stadtteil that contains them say why too.
    expect(cell('231', 'anteil_65_plus')).toMatchObject({ kind: 'unterdrueckt', zeichen: '.' });
    expect(cell('23')).toMatchObject({ kind: 'unterdrueckt', zeichen: '.' });
    expect(cell('24')).toEqual({ kind: 'fehlt', zeichen: '…' });
    expect(cell('215')).toMatchObject({ kind: 'wert', value: 8001 });
    expect(v.pkg.sources.find((s) => s.id === 'eigene-daten')).toMatchObject({
      titel: quelle.titel,
      status: 'amtlich',
    });
    expect(v.own).toMatchObject({ titel: quelle.titel, status: 'amtlich', dateien: ['Jahrbuch.xlsx'] });
    // The Stadtteil sum rule is checked against published values: told with the user's row and column.
    for (const m of v.messages) expect(m).not.toMatch(/eigene-daten/);
  });

  it('tells a rule broken by an imported value with the user’s file, row and column', () => {
    const layer = layerOf([
      { gebiet: '215', indikator: 'anteil_65_plus', jahr: 2020, wert: 24.1, herkunft: at },
    ]);
    const r = checkLayer(texts, layer);
    expect(r.issues.some((i) => i.datei === 'Jahrbuch.xlsx' && i.ort === at.ort && i.feld === '2020')).toBe(
      true,
    );
    // A share the package derives (65+ / Einwohner) is new as a stored value.
    expect(r.diff).toEqual([expect.objectContaining({ indikator: 'anteil_65_plus', neu: 1, jahre: [2020] })]);
    const counts = checkLayer(
      texts,
      layerOf([{ gebiet: '215', indikator: 'einwohner', jahr: 2020, wert: 8001, herkunft: at }]),
    );
    expect(counts.diff).toEqual([
      expect.objectContaining({ indikator: 'einwohner', ersetztBeispiel: 1, bleibtBeispiel: 23, neu: 0 }),
    ]);
  });

  it('tells a problem on a package line by the package’s own line, not its place in the merged file', () => {
    // A value for an area the package lacks is imported, and the package keeps its line numbers.
    const broken = {
      ...texts,
      beobachtungen: texts.beobachtungen.replace(/\n11,einwohner,2018,553,/, '\n11,einwohner,2018,-553,'),
    };
    const layer = layerOf([{ gebiet: '11', indikator: 'einwohner', jahr: 2014, wert: 600, herkunft: at }]);
    const lineOf = broken.beobachtungen.split('\n').findIndex((l) => l.startsWith('11,einwohner,2018,')) + 1;
    const r = checkLayer(broken, layer);
    const negative = r.issues.find((i) => /negative Anzahl -553/.test(i.meldung));
    expect(negative).toMatchObject({ datei: 'data/beobachtungen.csv', ort: `Zeile ${lineOf}`, feld: 'wert' });
  });

  it('rejects a broken stored layer', () => {
    expect(layerSchema.safeParse({ ...layerOf([]), werte: [{ gebiet: 'x' }] }).success).toBe(false);
    const merged = mergeLayer(texts, layerOf([]));
    expect(merged.problems).toEqual([]);
  });
});

describe('budgets', () => {
  it('a 10,000-row workbook is read and mapped within 2 s; a 24-polygon Shapefile within 1 s', async () => {
    const big = await statistikamtWorkbook({ repeat: 417 }); // 417 × 24 = 10,008 rows
    let t0 = performance.now();
    const read = await readImportFile('gross.xlsx', big, ctx);
    if (read.art !== 'tabelle') throw new Error(read.art);
    const table = read.tables[0]!;
    const applied = applyMapping('gross.xlsx', table.layout, table.proposal, ctx, ',');
    const tableMs = performance.now() - t0;
    expect(table.layout.body.length).toBe(10_008);
    // Every block repeats the Ortsteile: from the second block on, each value is a duplicate, named.
    expect(applied.values).toHaveLength(96);
    expect(applied.issues[0]?.meldung).toMatch(/doppelter Wert/);
    const { polygonShapefileZip } = await import('../../../tools/fixtures/shapefile.ts');
    const zip = polygonShapefileZip(
      'ortsteile',
      pkg.boundaries.ebene1!.features.map((f) => ({
        properties: { OT_NR: `${f.properties.schluessel}0` },
        geometry: f.geometry as GeoJSON.Polygon,
      })),
    );
    t0 = performance.now();
    const shp = await readImportFile('ortsteile.zip', zip, ctx);
    const shpMs = performance.now() - t0;
    expect(shp.art === 'grenzen' && shp.result.errors).toEqual([]);
    console.log(
      `Datenwerkstatt: 10,008-row workbook read and mapped in ${tableMs.toFixed(0)} ms; 24-polygon Shapefile in ${shpMs.toFixed(0)} ms`,
    );
    expect(tableMs).toBeLessThan(2000);
    expect(shpMs).toBeLessThan(1000);
  });
});

describe('withoutStaleTiles', () => {
  const paket = JSON.stringify({
    ebenen: [
      { id: 'gemeinde', datei: 'geo/g.geojson', kacheln: 'geo/g.pmtiles' },
      { id: 'amt', datei: 'geo/a.geojson', kacheln: 'geo/a.pmtiles' },
    ],
  });
  it('drops the tiles of the levels whose boundaries were replaced, and only those', () => {
    const m = JSON.parse(withoutStaleTiles(paket, ['ebene1'])) as { ebenen: { kacheln?: string }[] };
    expect(m.ebenen[0]!.kacheln).toBeUndefined();
    expect(m.ebenen[1]!.kacheln).toBe('geo/a.pmtiles');
  });
  it('leaves a manifest without tiles, or one it cannot read, as it was', () => {
    expect(withoutStaleTiles(paket, ['ebene3'])).toBe(paket);
    expect(withoutStaleTiles('{kaputt', ['ebene1'])).toBe('{kaputt');
  });
});
