import { levelTiles } from '../../geo/pmtiles.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from '../../../src/data/csv.ts';
import { writeFeatureCollection } from '../../../src/data/import/geo/geojson.ts';
import { union, type MultiPolygon } from '../../../src/data/import/geo/polygon.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geo/area.ts';
import { bbox } from '../../../src/domain/geo/bbox.ts';
import { REPO_ROOT } from '../../paket.ts';
import { seededRandom } from '../../data/random.ts';
import { sampleFacilities, sampleObservations, sortObservations } from '../sample.ts';

/**
 * A tiny, invented test package: the "Inselgemeinde Beispielwarft" with six Warften (hexagons) on
 * two Halligen — two levels with unusual names, 1- and 2-digit keys nesting by prefix, the root 9.
 * Everything is a sample; it proves that every view works on a package the code has never seen.
 */
const NAMES = ['Nordwarft', 'Kirchwarft', 'Hanswarft', 'Süderwarft', 'Ketelswarft', 'Peterswarft'];
const HALLIGEN = [
  { key: '1', name: 'Nord', en: 'North' },
  { key: '2', name: 'Süd', en: 'South' },
];
/**
 * Hexagon centres in hexagon units (pointy top, radius 1): three touching on each Hallig, the
 * Halligen apart; mapped linearly into the open North Sea (no real place), so shared edges stay
 * shared.
 */
const S3 = Math.sqrt(3);
const CENTRES: [number, number][] = [
  [0, 0],
  [S3, 0],
  [S3 / 2, 1.5],
  [S3 / 2, -4.5],
  [S3 * 1.5, -4.5],
  [S3, -3],
];
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const toLonLat = ([x, y]: [number, number]): [number, number] => [
  round6(7.1 + x * 0.024),
  round6(54.6 + y * 0.014),
];

function hexagon([cx, cy]: [number, number]): MultiPolygon {
  const corners: [number, number][] = [
    [S3 / 2, -0.5],
    [S3 / 2, 0.5],
    [0, 1],
    [-S3 / 2, 0.5],
    [-S3 / 2, -0.5],
    [0, -1],
  ];
  const ring = [...corners, corners[0]!].map(([x, y]) => toLonLat([cx + x, cy + y]));
  return [[ring]];
}

export function buildMiniature(): Record<string, string | Uint8Array> {
  const rnd = seededRandom('test-miniatur');
  const warften = NAMES.map((name, i) => ({
    key: `${i < 3 ? 1 : 2}${(i % 3) + 1}`,
    name,
    shape: hexagon(CENTRES[i]!),
  }));
  const rows = [
    {
      schluessel: '9',
      ebene: 'inselgemeinde',
      name: 'Beispielwarft',
      name_en: 'Beispielwarft',
      eltern: '',
      quelle: 'erfunden',
    },
    ...HALLIGEN.map((h) => ({
      schluessel: h.key,
      ebene: 'hallig',
      name: h.name,
      name_en: h.en,
      eltern: '9',
      quelle: 'erfunden',
    })),
    ...warften.map((w) => ({
      schluessel: w.key,
      ebene: 'warft',
      name: w.name,
      name_en: w.name,
      eltern: w.key[0]!,
      quelle: 'erfunden',
    })),
  ];
  const km2 = (m: MultiPolygon) => Math.round((multiPolygonAreaM2(m) / 1e6) * 100) / 100;
  const members = (ebene: string) => ({
    ebene,
    genauigkeit: 'naeherung',
    quelle: 'erfunden',
    methode: 'Erfundene Sechsecke für den Test der Pakete (tools/pakete/test-miniatur)',
    attribution: 'Testdaten, erfunden',
    herleitung: 'schematisch',
  });
  const feature = (key: string, name: string, shape: MultiPolygon) => ({
    type: 'Feature',
    id: Number(key),
    properties: { schluessel: key, name, flaeche_km2_geometrie: km2(shape) },
    geometry: { type: 'MultiPolygon', coordinates: shape },
  });
  const halligShape = (h: string) => union(...warften.filter((w) => w.key.startsWith(h)).map((w) => w.shape));
  const all = union(...warften.map((w) => w.shape));
  const { obs } = sampleObservations({
    areas: warften
      .map((w, i) => ({
        key: w.key,
        pop18: 0,
        areaKm2: km2(w.shape),
        alter: [0.6, -0.2, 0.9, 0.1, -0.6, 0.3][i]!,
        wachstum: (rnd() - 0.5) * 0.02,
        auslaender: 0.01 + rnd() * 0.05,
      }))
      .map((a, i) => ({ ...a, pop18: [140, 420, 85, 260, 610, 35][i]! })),
    total18: 1550,
    bands: [0.04, 0.09, 0.08, 0.14, 0.31, 0.22, 0.12],
    areaSource: 'erfunden',
  });
  sortObservations(obs);
  const catalogue = readFileSync(join(REPO_ROOT, 'data/indikatoren.json'), 'utf8');
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const [w, s, e, n] = bbox([{ type: 'MultiPolygon', coordinates: all }]);
  const bounds = [w - 0.01, s - 0.01, e + 0.01, n + 0.01].map((v) => Math.round(v * 1000) / 1000);
  const manifest = {
    format: 'qx-paket/1',
    gebiet: {
      art: { de: 'Testgebiet', en: 'Test area' },
      de: { name: 'Beispielwarft', in: 'auf Beispielwarft', genitiv: 'Beispielwarfts' },
      en: { name: 'Beispielwarft', in: 'on Beispielwarft', genitiv: 'Beispielwarft’s' },
    },
    titel: { de: 'Warftenatlas (Testpaket)', en: 'Warft atlas (test package)' },
    ebenen: [
      {
        id: 'warft',
        urlAuch: ['warften'],
        datei: 'geo/warften.geojson',
        stellen: 2,
        namen: {
          de: { one: 'Warft', many: 'Warften', in: 'auf der Warft' },
          en: { one: 'Mound', many: 'Mounds', in: 'on the mound' },
        },
        // Tiled although small, so the package journeys in the browser run on vector tiles too.
        kacheln: 'geo/warften.pmtiles',
      },
      {
        id: 'hallig',
        urlAuch: ['halligen'],
        datei: 'geo/halligen.geojson',
        stellen: 1,
        namen: {
          de: { one: 'Hallig', many: 'Halligen', in: 'auf der' },
          en: { one: 'Hallig', many: 'Halligen', in: 'on' },
        },
      },
    ],
    gesamt: {
      id: 'inselgemeinde',
      schluessel: '9',
      namen: {
        de: { one: 'Inselgemeinde', many: 'Inselgemeinden', in: 'in der Inselgemeinde' },
        en: { one: 'Island municipality', many: 'Island municipalities', in: 'in the island municipality' },
      },
    },
    verschachtelung: 'praefix',
    umriss: 'geo/umriss.geojson',
    vergleich: ['12', '22'],
    praesentation: {
      titel: { de: 'Die Warften im Test', en: 'The mounds under test' },
      folien: [
        {
          titel: { de: 'Einwohner je Warft', en: 'Residents per mound' },
          notiz: { de: 'Erfundene Zahlen.', en: 'Invented figures.' },
          ansicht: 'ansicht=karte&ebene=warft&indikator=einwohner&jahr=2024',
        },
        {
          titel: { de: 'Zwei Warften im Vergleich', en: 'Two mounds compared' },
          notiz: { de: 'Altersaufbau.', en: 'Age pyramids.' },
          ansicht: 'ansicht=vergleich&vergleich=12,22&jahr=2024',
          teil: 'pyramiden',
        },
      ],
    },
    ausschnitt: bounds,
    herausgeber: ['Testpaket des Quartiersexplorers'],
    namensnennung: ['Testdaten, erfunden'],
  };
  const sources = [
    {
      id: 'erfunden',
      titel: 'Erfundene Gebiete und Flächen für den Test der Pakete',
      herausgeber: 'Quartiersexplorer (Testpaket)',
      url: '',
      lizenz: 'CC0',
      stichtag: '2018-12-31',
      status: 'naeherung',
      hinweis: 'Kein realer Ort.',
    },
    {
      id: 'beispiel-generator',
      titel: 'Beispielwerte aus tools/pakete/test-miniatur',
      herausgeber: 'Quartiersexplorer (Testpaket)',
      url: '',
      lizenz: 'CC0',
      stichtag: '31.12. des jeweiligen Jahres',
      status: 'beispiel',
    },
    {
      id: 'beispiel-prognose',
      titel: 'Beispiel-Prognose aus tools/pakete/test-miniatur',
      herausgeber: 'Quartiersexplorer (Testpaket)',
      url: '',
      lizenz: 'CC0',
      stichtag: '31.12.2030 / 31.12.2035',
      status: 'beispiel',
    },
    {
      id: 'berechnung-versorgung',
      titel: 'Eigene Berechnung aus Einrichtungen und Warftgrenzen',
      herausgeber: 'Quartiersexplorer (Testpaket)',
      url: '',
      lizenz: 'CC0',
      stichtag: '31.12. des jeweiligen Jahres',
      status: 'naeherung',
    },
  ];
  const facilities = sampleFacilities(
    'test-miniatur-einrichtungen',
    warften.map((w, i) => ({
      key: w.key,
      name: w.name,
      shape: w.shape,
      pop: [140, 420, 85, 260, 610, 35][i]! * 6,
      rate: 1,
      closing: 1,
    })),
  );
  const warftenText = writeFeatureCollection(
    members('warft'),
    warften.map((w) => feature(w.key, w.name, w.shape)),
  );
  return {
    'data/paket.json': json(manifest),
    'data/gebiete.csv': writeCsv(['schluessel', 'ebene', 'name', 'name_en', 'eltern', 'quelle'], rows),
    'data/quellen.json': json({ quellen: sources }),
    'data/indikatoren.json': catalogue,
    'data/beobachtungen.csv': writeCsv(
      ['gebiet', 'indikator', 'jahr', 'wert', 'quelle', 'prognose'],
      obs as never,
    ),
    'data/einrichtungen.geojson': writeFeatureCollection(
      { quelle: 'beispiel-generator', hinweis: 'Einrichtungen; lage=beispiel: erfundene Standorte' },
      facilities,
    ),
    'public/geo/warften.geojson': warftenText,
    'public/geo/warften.pmtiles': levelTiles(
      JSON.parse(warftenText) as GeoJSON.FeatureCollection,
      'warft',
      'geo/warften.geojson',
    ),
    'public/geo/halligen.geojson': writeFeatureCollection(
      members('hallig'),
      HALLIGEN.map((h) => feature(h.key, h.name, halligShape(h.key))),
    ),
    'public/geo/umriss.geojson': writeFeatureCollection(members('inselgemeinde'), [
      feature('9', 'Beispielwarft', all),
    ]),
  };
}
