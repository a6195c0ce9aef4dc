import { describe, expect, it } from 'vitest';
import { applyFacilityMapping, categoryOfWord } from '../../../src/data/import/facilities.ts';
import { toMetric } from '../../../src/data/import/geo/crs.ts';
import { LAYER_FORMAT, type ImportLayer } from '../../../src/data/import/layer.ts';
import { ZUORDNUNG_FORMAT } from '../../../src/data/import/mapping.ts';
import { checkLayer, readImportFile } from '../../../src/data/import/read.ts';
import { pointShapefileZip } from '../../../tools/fixtures/shapefile.ts';
import { modelOf, shippedModel, readContextOf } from '../../../tools/fixtures/shipped.ts';
import { mergeLayer } from '../../../src/data/import/merge.ts';

const { texts, pkg } = shippedModel();
const ctx = readContextOf(pkg);
// Real places inside the city: the shipped facilities' points (Grünhöfe's Kita, a pharmacy …).
const inside = pkg.facilities.slice(0, 6).map((f) => f.geometry.coordinates);
const de = (v: number, digits: number) => v.toFixed(digits).replace('.', ',');
const utm = inside.map((p) => toMetric(p));

/** The Sozialplanung's facility list as German Excel writes it: `;`, decimal comma, UTM 32N. */
function facilityCsv(rows?: string[]): Uint8Array {
  const body = rows ?? [
    `Kindertagesstätte Am Park;Kita;${de(utm[0]![0], 2)};${de(utm[0]![1], 2)};1998;`,
    `Kita Sonnenschein;Kindertagesstätte;${de(utm[1]![0], 2)};${de(utm[1]![1], 2)};;`,
    `Hafen-Apotheke;Apotheke;${de(utm[2]![0], 2)};${de(utm[2]![1], 2)};;2021`,
    `Stadtbibliothek;Bibliothek;${de(utm[3]![0], 2)};${de(utm[3]![1], 2)};;`,
  ];
  const text = [
    'Einrichtungen der Sozialplanung, Stand 30.06.2024',
    '',
    'Name;Art;Rechtswert;Hochwert;Eröffnet;Geschlossen',
    ...body,
  ].join('\r\n');
  return new TextEncoder().encode(text);
}

const quelle = {
  titel: 'Einrichtungsliste Sozialplanung',
  herausgeber: 'Magistrat Bremerhaven, Sozialplanung',
  stichtag: '2024-06-30',
  lizenz: 'intern',
  status: 'amtlich' as const,
};
const layerWith = (features: NonNullable<ImportLayer['einrichtungen']>['features']): ImportLayer => ({
  format: LAYER_FORMAT,
  erstellt: '2026-12-01T00:00:00.000Z',
  dateien: ['einrichtungen.csv'],
  quelle,
  werte: [],
  neueIndikatoren: [],
  einrichtungen: {
    dateien: ['einrichtungen.csv'],
    kategorien: [...new Set(features.map((f) => f.kategorie))],
    features,
  },
  zuordnung: { format: ZUORDNUNG_FORMAT, tabellen: {} },
  hinweise: [],
});

describe('facility lists from the city', () => {
  it('knows the words offices use for each category', () => {
    expect(categoryOfWord('Kindertagesstätte')).toBe('kita');
    expect(categoryOfWord('KiTa')).toBe('kita');
    expect(categoryOfWord('Apotheken')).toBe('apotheke');
    expect(categoryOfWord('Discounter')).toBe('lebensmittelmarkt');
    expect(categoryOfWord('Allgemeinmedizin')).toBe('hausarztpraxis');
    expect(categoryOfWord('Bibliothek')).toBeUndefined();
  });

  it('reads a German Excel CSV with UTM coordinates: columns, categories and CRS found', async () => {
    const read = await readImportFile('einrichtungen.csv', facilityCsv(), ctx);
    if (read.art !== 'einrichtungen') throw new Error(read.art);
    expect(read.proposal).toMatchObject({
      kategorie: 'Art',
      name: 'Name',
      x: 'Rechtswert',
      y: 'Hochwert',
      eroeffnet: 'Eröffnet',
      geschlossen: 'Geschlossen',
      kategorien: { Kita: 'kita', Kindertagesstätte: 'kita', Apotheke: 'apotheke', Bibliothek: '' },
    });
    const a = applyFacilityMapping('einrichtungen.csv', read.records, read.proposal, read.decimal);
    expect(a.issues).toEqual([]);
    expect(a.skipped).toBe(1);
    expect(a.crs).toMatch(/^EPSG:25832/);
    expect(a.facilities.map((f) => [f.name, f.kategorie, f.eroeffnet, f.geschlossen])).toEqual([
      ['Kindertagesstätte Am Park', 'kita', 1998, null],
      ['Kita Sonnenschein', 'kita', null, null],
      ['Hafen-Apotheke', 'apotheke', null, 2021],
    ]);
    // Back to WGS84 within a centimetre or so.
    a.facilities.forEach((f, i) => {
      expect(f.lon).toBeCloseTo(inside[i]![0], 5);
      expect(f.lat).toBeCloseTo(inside[i]![1], 5);
    });
    expect(a.facilities[0]!.herkunft).toEqual({
      datei: 'einrichtungen.csv',
      ort: 'Zeile 4',
      feld: 'Name',
    });
  });

  it('names every broken row with its line and column, and takes none of them', async () => {
    const [x, y] = [de(utm[0]![0], 2), de(utm[0]![1], 2)];
    const read = await readImportFile(
      'kaputt.csv',
      facilityCsv([
        `;Kita;${x};${y};;`,
        `Kita Nord;Kita;abc;${y};;`,
        `Kita Süd;Kita;${x};${y};20x5;`,
        `Kita Ost;Kita;${x};${y};2010;2005`,
        `Kita West;Kinderhort;${x};${y};;`,
        `Kita Mitte;;${x};${y};;`,
      ]),
      ctx,
    );
    if (read.art !== 'einrichtungen') throw new Error(read.art);
    // The user has not mapped "Kinderhort" yet: it is neither taken nor silently dropped.
    const mapping = { ...read.proposal, kategorien: { Kita: 'kita' as const } };
    const a = applyFacilityMapping('kaputt.csv', read.records, mapping, read.decimal);
    expect(a.facilities).toEqual([]);
    expect(a.issues.map((i) => `${i.ort}, ${i.feld}: ${i.meldung}`)).toEqual([
      'Zeile 4, Name: Name fehlt (leere Zelle)',
      expect.stringMatching(/^Zeile 5, Rechtswert \/ Hochwert: keine Koordinate \(Werte „abc“/),
      'Zeile 6, Eröffnet: kein Jahr zwischen 1800 und 2050 (Wert „20x5“)',
      'Zeile 7, Geschlossen: geschlossen (2005) vor eröffnet (2010)',
      'Zeile 8, Art: Kategorie „Kinderhort“ ist nicht zugeordnet',
      'Zeile 9, Art: Kategorie fehlt (leere Zelle)',
    ]);
  });

  it('reads points from a zipped Shapefile in EPSG:25832 and from GeoJSON', async () => {
    const zip = pointShapefileZip('einrichtungen', [
      { properties: { NAME: 'Apotheke am Markt', TYP: 'Apotheke' }, lonLat: inside[0]! },
      { properties: { NAME: 'Grundschule Surheide', TYP: 'Grundschule' }, lonLat: inside[1]! },
    ]);
    const shp = await readImportFile('einrichtungen.zip', zip, ctx);
    if (shp.art !== 'einrichtungen') throw new Error(shp.art);
    const a = applyFacilityMapping('einrichtungen.zip', shp.records, shp.proposal, shp.decimal);
    expect(a.issues).toEqual([]);
    expect(a.facilities.map((f) => [f.name, f.kategorie])).toEqual([
      ['Apotheke am Markt', 'apotheke'],
      ['Grundschule Surheide', 'grundschule'],
    ]);
    expect(a.facilities[1]!.lon).toBeCloseTo(inside[1]![0], 5);
    const geojson = new TextEncoder().encode(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Post', art: 'Postfiliale' },
            geometry: { type: 'Point', coordinates: inside[2] },
          },
          { type: 'Feature', properties: { name: 'Ohne Ort', art: 'Postfiliale' }, geometry: null },
        ],
      }),
    );
    const gj = await readImportFile('post.geojson', geojson, ctx);
    if (gj.art !== 'einrichtungen') throw new Error(gj.art);
    const b = applyFacilityMapping('post.geojson', gj.records, gj.proposal, gj.decimal);
    expect(b.facilities.map((f) => f.kategorie)).toEqual(['post']);
    expect(b.issues).toEqual([
      { datei: 'post.geojson', ort: 'Objekt 2', feld: 'Geometrie', meldung: 'kein Punkt (erwartet Point)' },
    ]);
  });

  it('replaces the package’s facilities of the imported categories; a point outside every Ortsteil is named by its row', async () => {
    const read = await readImportFile('einrichtungen.csv', facilityCsv(), ctx);
    if (read.art !== 'einrichtungen') throw new Error(read.art);
    const a = applyFacilityMapping('einrichtungen.csv', read.records, read.proposal, read.decimal);
    const layer = layerWith(a.facilities);
    const merged = modelOf(mergeLayer(texts, layer).texts).pkg;
    const count = (p: typeof pkg, c: string) =>
      p.facilities.filter((f) => f.properties.kategorie === c).length;
    expect(count(merged, 'kita')).toBe(2);
    expect(count(merged, 'apotheke')).toBe(1);
    // Other categories stay as shipped.
    expect(count(merged, 'grundschule')).toBe(count(pkg, 'grundschule'));
    expect(merged.facilities.filter((f) => f.properties.quelle === 'eigene-daten')).toHaveLength(3);
    const r = checkLayer(texts, layer);
    expect(r.issues).toEqual([]);
    expect(r.facilities).toEqual([
      { kategorie: 'kita', vorher: count(pkg, 'kita'), vorherBeispiel: expect.any(Number), nachher: 2 },
      {
        kategorie: 'apotheke',
        vorher: count(pkg, 'apotheke'),
        vorherBeispiel: expect.any(Number),
        nachher: 1,
      },
    ]);
    // Latitude and longitude swapped: the point lies in no Ortsteil; told with the user's row.
    const swapped = layerWith([
      { ...a.facilities[0]!, lon: a.facilities[0]!.lat, lat: a.facilities[0]!.lon },
    ]);
    const s = checkLayer(texts, swapped);
    expect(s.issues).toEqual([
      expect.objectContaining({
        datei: 'einrichtungen.csv',
        ort: 'Zeile 4',
        meldung: expect.stringMatching(/liegt in keinem Gebiet/),
      }),
    ]);
  });
});
