import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { multiPolygonAreaM2 } from '../../src/domain/geo/area.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { buildSchematic, toWgs84Rounded } from './build.ts';
import { cleanRings, geometryOf, writeFeatureCollection } from '../../src/data/import/geo/geojson.ts';
import { loadOutline, OUTLINE_PACKAGE } from './outline.ts';
import type { MultiPolygon } from '../../src/data/import/geo/polygon.ts';
import { loadSeeds } from './seeds.ts';

/**
 * npm run geo:build [-- --check]
 * Rebuilds the schematic boundaries in public/geo from the BKG outline, the generator points in
 * tools/geo/erzeugungspunkte.csv and the official areas in data/beobachtungen.csv.
 * With --check, writes nothing and fails if a committed file differs (byte for byte).
 */
const root = resolve(import.meta.dirname, '../..');
const check = process.argv.includes('--check');
const started = performance.now();

const areas = parseCsv(readFileSync(join(root, 'data/gebiete.csv'), 'utf8')).rows as {
  schluessel: string;
  ebene: string;
  name: string;
  eltern: string;
}[];
const officialKm2 = new Map(
  parseCsv(readFileSync(join(root, 'data/beobachtungen.csv'), 'utf8'))
    .rows.filter((r) => r.indikator === 'flaeche_km2' && r.jahr === '2018' && r.gebiet!.length === 3)
    .map((r) => [r.gebiet!, Number(r.wert)]),
);
const seeds = loadSeeds(join(root, 'tools/geo/erzeugungspunkte.csv'));
const outline = loadOutline(join(root, '.cache/geo'));
const result = buildSchematic({ outline, seeds, areas, officialKm2 });

const name = new Map(areas.map((a) => [a.schluessel, a.name]));
const parent = new Map(areas.map((a) => [a.schluessel, a.eltern]));
const noPosition = new Set(['121', '133', '136', '137']);
const sourcedPoint = new Set(seeds.filter((s) => s.herkunft !== 'geschaetzt').map((s) => s.gebiet));
const METHODE =
  'Schematische Näherung: Potenzdiagramm (gewichtetes Voronoi) in EPSG:25832, zugeschnitten auf den BKG-Umriss ' +
  '(Land und Wasser), Gewichte so angepasst, dass jede Ortsteilfläche der amtlichen Fläche vom 31.12.2018 entspricht; ' +
  'Stadtteile und Stadtbezirke durch Zusammenfassen der Ortsteile. Grenzen weichen um mehrere hundert Meter ab; ' +
  'nicht für Straßen- oder Adresszuordnung verwenden.';
const ATTRIBUTION = '© GeoBasis-DE / BKG (2016)';
const members = (ebene: string) => ({
  ebene,
  genauigkeit: 'naeherung',
  quelle: 'schematische-grenzen',
  methode: METHODE,
  attribution: ATTRIBUTION,
});
const wgs = (m: MultiPolygon) => cleanRings(toWgs84Rounded(m));
const collection = (ebene: string, geoms: Map<string, MultiPolygon>) =>
  writeFeatureCollection(
    members(ebene),
    [...geoms.keys()].sort().map((k) => {
      const g = wgs(geoms.get(k)!);
      return {
        type: 'Feature',
        id: Number(k),
        properties: {
          schluessel: k,
          name: name.get(k),
          eltern: parent.get(k),
          flaeche_km2_geometrie: Math.round(multiPolygonAreaM2(g.map((p) => p)) / 1e4) / 100,
          ...(ebene === 'ortsteil'
            ? { lage: noPosition.has(k) ? 'geschaetzt' : sourcedPoint.has(k) ? 'quellpunkt' : 'beschreibung' }
            : {}),
        },
        geometry: geometryOf(g),
      };
    }),
  );

const files: Record<string, string> = {
  'ortsteile.geojson': collection('ortsteil', result.ortsteile),
  'stadtteile.geojson': collection('stadtteil', result.stadtteile),
  'stadtbezirke.geojson': collection('stadtbezirk', result.stadtbezirke),
  'stadtgebiet.geojson': writeFeatureCollection(
    {
      ebene: 'stadt',
      genauigkeit: 'amtlich',
      quelle: 'bkg-vg250-2016',
      methode: `BKG VG250 (Stand etwa 01.01.2016), Land- und Wasserfläche vereinigt, aus ${OUTLINE_PACKAGE}`,
      attribution: ATTRIBUTION,
    },
    [
      {
        type: 'Feature',
        id: 0,
        properties: { schluessel: '0', name: 'Bremerhaven' },
        geometry: geometryOf(wgs(result.city)),
      },
    ],
  ),
  'ueberseehafen.geojson': writeFeatureCollection(
    { genauigkeit: 'amtlich', quelle: 'bkg-vg250-2016', attribution: ATTRIBUTION },
    [
      {
        type: 'Feature',
        id: 'ueberseehafen',
        properties: {
          name: 'Stadtbremisches Überseehafengebiet',
          hinweis: 'gehört zur Stadt Bremen – keine Bremerhavener Statistik',
        },
        geometry: geometryOf(wgs(result.port)),
      },
    ],
  ),
  'erzeugungspunkte.geojson': writeFeatureCollection(
    {
      quelle: 'schematische-grenzen',
      hinweis: 'Erzeugungspunkte der schematischen Grenzen mit Herkunft und Begründung',
    },
    seeds.map((s, i) => ({
      type: 'Feature',
      id: i,
      properties: {
        ...s,
        lat: undefined,
        lon: undefined,
        verschoben: result.moved.includes(s.gebiet) && s.herkunft === 'geschaetzt',
      },
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
    })),
  ),
};

let differs = 0;
for (const [file, text] of Object.entries(files)) {
  const path = join(root, 'public/geo', file);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`public/geo/${file} weicht vom Neubau ab.`);
      differs++;
    }
  } else writeFileSync(path, text);
}
const errors = [...result.ortsteile].map(([k, g]) => {
  const km2 = multiPolygonAreaM2(wgs(g)) / 1e6;
  return { k, err: (km2 - officialKm2.get(k)!) / officialKm2.get(k)! };
});
const abs = errors.map((e) => Math.abs(e.err)).sort((a, b) => a - b);
console.log(
  `Iterationen Stufe 1: ${result.iterations.stufe1}, Stufe 2: ${JSON.stringify(result.iterations.stufe2)}; ` +
    `Flächenfehler max ${(abs.at(-1)! * 100).toFixed(2)} %, Median ${(abs[Math.floor(abs.length / 2)]! * 100).toFixed(2)} %; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (check && differs > 0) process.exit(1);
console.log(check ? 'public/geo ist reproduzierbar.' : 'public/geo geschrieben.');
