import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { LAYER_FORMAT, type ImportLayer } from '../../../src/data/import/layer.ts';
import { ZUORDNUNG_FORMAT } from '../../../src/data/import/mapping.ts';
import { checkLayer, MAX_IMPORT_BYTES, readImportFile } from '../../../src/data/import/read.ts';
import { polygonShapefileZip } from '../../../tools/fixtures/shapefile.ts';
import { shippedModel, readContextOf } from '../../../tools/fixtures/shipped.ts';
import { statistikamtWorkbook } from '../../../tools/fixtures/workbook.ts';

const { texts, pkg } = shippedModel();
const ctx = readContextOf(pkg);
type Geom = GeoJSON.Polygon | GeoJSON.MultiPolygon;
const features = pkg.boundaries.ebene1!.features;
/** The schematic Ortsteile as a GIS Shapefile, changed by `edit` (a broken variant). */
function shapefile(
  edit: (f: { properties: Record<string, string | number>; geometry: Geom }[]) => typeof f = (f) => f,
  options: { prj?: boolean } = {},
) {
  const list = features.map((f) => ({
    properties: { OT_NR: `${f.properties.schluessel}0`, OT_NAME: f.properties.name },
    geometry: f.geometry,
  }));
  return polygonShapefileZip('Ortsteile', edit(list), options);
}
const mapCoords = (g: Geom, fn: (p: number[]) => number[]): Geom =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(fn)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) };

/** What a failed read says, wherever it says it (the file's problem, the table's, the boundaries'). */
async function problemOf(datei: string, bytes: Uint8Array): Promise<string> {
  const r = await readImportFile(datei, bytes, ctx);
  if (r.art === 'fehler') return r.problem;
  if (r.art === 'grenzen') return r.result.errors.join('\n');
  if (r.art === 'tabelle') return r.problems.map((p) => `${p.ort}: ${p.meldung}`).join('\n');
  return '';
}

describe('every broken file in the Datenwerkstatt is named, never thrown and never half-read', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['leer.csv', () => new Uint8Array(0), /keine Tabelle mit Zahlen gefunden/],
    [
      'nur-text.csv',
      () => enc('Einwohner;Bremerhaven\r\nSiehe Jahrbuch;S. 12\r\n'),
      /keine Tabelle mit Zahlen/,
    ],
    [
      'alt.xls',
      () => enc('\xd0\xcf\x11\xe0'),
      /altes Excel-Format \(\.xls\): bitte in Excel als \.xlsx speichern/,
    ],
    ['bericht.pdf', () => enc('%PDF-1.7'), /unbekannter Dateityp/],
    ['riesig.csv', () => new Uint8Array(MAX_IMPORT_BYTES + 1), /Datei zu groß \(50 MB, erlaubt 50 MB\)/],
    [
      'abgeschnitten.xlsx',
      async () => (await statistikamtWorkbook()).slice(0, 2000),
      /kann nicht gelesen werden/,
    ],
    [
      'nur-titel.xlsx',
      async () => new Uint8Array(await writeXlsxFile([[{ value: 'Statistisches Jahrbuch' }]]).toBuffer()),
      /keine Tabelle mit Zahlen gefunden/,
    ],
    ['kaputt.zip', () => enc('PK\u0003\u0004 kein Archiv'), /Ortsteile|kann nicht gelesen werden/],
    [
      'zwei.zip',
      () => {
        const a = unzipSync(shapefile());
        const b = Object.fromEntries(Object.entries(a).map(([k, v]) => [k.replace('Ortsteile', 'Kopie'), v]));
        return zipSync({ ...a, ...b });
      },
      /2 Shapefiles im Archiv, erwartet eines/,
    ],
    [
      'ohne-schluessel.zip',
      () => shapefile((l) => l.map((f) => ({ ...f, properties: { NAME: String(f.properties.OT_NAME) } }))),
      /kein Feld mit Schlüsseln der Ortsteile gefunden \(vorhanden: NAME\)/,
    ],
    [
      'ohne-215.zip',
      () => shapefile((l) => l.filter((f) => f.properties.OT_NR !== '2150')),
      /Ortsteil 215 Grünhöfe fehlt/,
    ],
    [
      'doppelt.zip',
      () =>
        shapefile((l) =>
          l.map((f) =>
            f.properties.OT_NR === '2150' ? { ...f, properties: { ...f.properties, OT_NR: '2120' } } : f,
          ),
        ),
      /212|doppelt/,
    ],
    [
      'unbekanntes-crs.zip',
      // No .prj and coordinates in no system a German office uses (UTM metres × 10).
      () =>
        shapefile(
          (l) => l.map((f) => ({ ...f, geometry: mapCoords(f.geometry, ([x, y]) => [x! * 100, y! * 100]) })),
          { prj: false },
        ),
      /Koordinatensystem nicht erkannt/,
    ],
    [
      'kaputt.geojson',
      () => enc('{"type":"FeatureCollection","features":[{"type":"Feature",'),
      /kann nicht gelesen werden/,
    ],
    [
      'keine-collection.geojson',
      () => enc('{"type":"Feature","properties":{},"geometry":null}'),
      /keine GeoJSON-FeatureCollection/,
    ],
  ];
  for (const [datei, bytes, expected] of cases)
    it(datei, async () => {
      const text = await problemOf(datei, await bytes());
      expect(text).toMatch(expected);
    });

  it('a Shapefile without .prj in EPSG:25832 is placed by its coordinate range, and says so', async () => {
    const r = await readImportFile('ohne-prj.zip', shapefile(undefined, { prj: false }), ctx);
    expect(r.art === 'grenzen' && r.result.errors).toEqual([]);
    expect(r.art === 'grenzen' && r.hinweise).toContain(
      'Koordinatensystem: EPSG:25832 (aus dem Koordinatenbereich)',
    );
  });
});

describe('boundaries checked against the city outline and the area table', () => {
  const layerWith = async (edit: Parameters<typeof shapefile>[0]): Promise<ImportLayer> => {
    const r = await readImportFile('Ortsteile.zip', shapefile(edit), ctx);
    if (r.art !== 'grenzen') throw new Error(r.art);
    expect(r.result.errors).toEqual([]);
    const files = r.result.files;
    return {
      format: LAYER_FORMAT,
      erstellt: '2026-12-01T00:00:00.000Z',
      dateien: ['Ortsteile.zip'],
      quelle: {
        titel: 'ALKIS Ortsteile',
        herausgeber: 'GeoInformation Bremen',
        stichtag: '2024-01-01',
        lizenz: 'CC BY 4.0',
        status: 'amtlich',
      },
      werte: [],
      neueIndikatoren: [],
      grenzen: { datei: 'Ortsteile.zip', ebenen: files },
      zuordnung: { format: ZUORDNUNG_FORMAT, tabellen: {} },
      hinweise: [],
    };
  };

  it('the schematic partition itself passes', async () => {
    expect(checkLayer(texts, await layerWith((l) => l)).issues).toEqual([]);
  });

  it('names the gap and the area off the table when an Ortsteil is drawn too small', async () => {
    // Weddewarden (111) pulled towards its first vertex: part of the city belongs to no Ortsteil.
    const layer = await layerWith((l) =>
      l.map((f) => {
        if (f.properties.OT_NR !== '1110') return f;
        const first = (
          f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]![0] : f.geometry.coordinates[0]![0]![0]
        )!;
        return {
          ...f,
          geometry: mapCoords(f.geometry, ([x, y]) => [
            first[0]! + (x! - first[0]!) * 0.6,
            first[1]! + (y! - first[1]!) * 0.6,
          ]),
        };
      }),
    );
    const messages = checkLayer(texts, layer).issues.map((i) => `${i.datei}, ${i.ort ?? ''}: ${i.meldung}`);
    expect(
      messages.some((m) =>
        /Feature 111: Fläche der Geometrie 4,\d+ km² weicht um \d+ % von der Flächentabelle ab \(13,75 km², 2024\)/.test(
          m,
        ),
      ),
      messages.join('\n'),
    ).toBe(true);
    expect(
      messages.some((m) =>
        /km² Bremerhavens liegen in keinem Gebiet der Ebene „Ortsteil“ \(1 Stück, das größte mit \d+,\d+ km² bei 8\.\d{4}, 53\.\d{4}\)/.test(
          m,
        ),
      ),
      messages.join('\n'),
    ).toBe(true);
  });

  it('names Ortsteile drawn beyond the city', async () => {
    // Luneplate (252) shifted 2 km south: outside the outline, and a gap where it was.
    const layer = await layerWith((l) =>
      l.map((f) =>
        f.properties.OT_NR === '2520'
          ? { ...f, geometry: mapCoords(f.geometry, ([x, y]) => [x!, y! - 0.018]) }
          : f,
      ),
    );
    const messages = checkLayer(texts, layer).issues.map((i) => i.meldung);
    expect(
      messages.some((m) => /km² der Ortsteile liegen außerhalb Bremerhavens/.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });
});
