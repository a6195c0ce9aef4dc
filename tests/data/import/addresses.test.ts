import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import polygonClipping, { type MultiPolygon as PcMulti } from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { multiPolygonAreaM2 } from '../../../src/domain/geo/area.ts';
import { ADDRESS_FILE, addressFileSchema } from '../../../src/data/addressFile.ts';
import { checkPackage } from '../../../src/data/checks/index.ts';
import { multiContains } from '../../../src/data/import/geo/polygon.ts';
import { deriveCoverage, deriveSupply } from '../../../src/data/supply.ts';
import { ADDRESS_POINTS_FILE, parseAddressPoints } from '../../../src/data/addressPoints.ts';
import { buildModel, coverageSummary } from '../../../src/data/model.ts';
import { bbox } from '../../../src/domain/geo/bbox.ts';
import type { AreaKey, IndicatorId, Year } from '../../../src/domain/ids.ts';
import { cellOf } from '../../../src/domain/values.ts';
import { formatIssue } from '../../../src/data/issues.ts';
import { ZUORDNUNG_FORMAT } from '../../../src/data/import/mapping.ts';
import { publishPackage } from '../../../src/data/import/publish.ts';
import { checkLayer, readImportFile, type ReadResult } from '../../../src/data/import/read.ts';
import { packageInZip, reopenPackage } from '../../../src/data/import/reopen.ts';
import { sessionLayer, type Session } from '../../../src/data/import/session.ts';
import { parsePackage, type PackageFilesOf } from '../../../src/data/package.ts';
import { addressCsv, addressShapefile, fixtureAddresses } from '../../../tools/fixtures/addresses.ts';
import { readContextOf, shippedModel } from '../../../tools/fixtures/shipped.ts';

const root = resolve(import.meta.dirname, '../../..');
const { texts, pkg } = shippedModel();
const ctx = readContextOf(pkg);
const list = fixtureAddresses(6000);
const quelle = {
  titel: 'Gebäudeadressen (Testdaten)',
  herausgeber: 'GeoInformation Bremen',
  stichtag: '2026-06-30',
  lizenz: 'CC BY 4.0',
  status: 'amtlich' as const,
};

type Addressed = Extract<ReadResult, { art: 'adressen' }>;
async function read(datei: string, bytes: Uint8Array): Promise<Addressed> {
  const r = await readImportFile(datei, bytes, ctx);
  if (r.art !== 'adressen') throw new Error(`${datei}: ${r.art} ${r.art === 'fehler' ? r.problem : ''}`);
  return r;
}
const multi = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as PcMulti;
const km2 = (m: PcMulti) => multiPolygonAreaM2(m) / 1e6;
const geo = (f: string) =>
  JSON.parse(readFileSync(join(root, 'public/geo', f), 'utf8')) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon
  >;

const session = (r: Addressed): Session => ({
  tables: [],
  lists: [],
  boundaries: [{ datei: r.datei, files: r.result!.files }],
  addresses: { datei: r.datei, addresses: r.addresses },
  created: [],
  quelle,
  hinweise: r.hinweise,
});

describe('boundaries from address points (ALKIS Gebäudeadressen)', async () => {
  const csv = await read('Gebaeudeadressen.csv', addressCsv(list));
  const derived = JSON.parse(csv.result!.files.ebene1!) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon
  > &
    Record<string, unknown>;

  it('reads the CSV (`;`, decimal comma, UTM 32N) and passes over another municipality’s addresses', () => {
    expect(csv.issues).toEqual([]);
    expect(csv.addresses).toHaveLength(list.filter((a) => a.krs === '12').length);
    expect(csv.hinweise.join('\n')).toMatch(/EPSG:25832/);
    expect(csv.hinweise.join('\n')).toMatch(/30 Adressen einer anderen Gemeinde \(04 0 11 000\) übergangen/);
    expect(csv.result!.errors).toEqual([]);
  });

  it('yields 24 Ortsteile within the outline, without gaps or overlaps, the port area a hole', () => {
    expect(derived.features).toHaveLength(24);
    const city = multi(geo('stadtgebiet.geojson').features[0]!.geometry);
    const port = multi(geo('ueberseehafen.geojson').features[0]!.geometry);
    const parts = derived.features.map((f) => multi(f.geometry));
    const all = polygonClipping.union(parts[0]!, ...parts.slice(1));
    // Outline covered (the simplification leaves slivers along it), nothing outside, no port.
    expect(km2(polygonClipping.xor(all, city)) / km2(city)).toBeLessThan(0.005);
    expect(km2(polygonClipping.difference(all, city))).toBeLessThan(0.05);
    expect(km2(polygonClipping.intersection(all, port))).toBeLessThan(0.01);
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++)
        expect(km2(polygonClipping.intersection(parts[i]!, parts[j]!)), `${i}/${j}`).toBeLessThan(0.001);
  });

  it('follows the schematic Ortsteile the addresses were scattered in, and says how exactly', () => {
    const schematic = new Map(
      pkg.boundaries.ebene1!.features.map((f) => [f.properties.schluessel as string, multi(f.geometry)]),
    );
    // Each within the borders' uncertainty (small Ortsteile are only a few address spacings wide);
    // over the city, area-weighted, the derived partition is the schematic one.
    let shared = 0;
    let total = 0;
    for (const f of derived.features) {
      const a = schematic.get(String(f.properties!.schluessel))!;
      const b = multi(f.geometry);
      const inter = km2(polygonClipping.intersection(a, b));
      const iou = inter / km2(polygonClipping.union(a, b));
      shared += inter;
      total += km2(a);
      expect(iou, String(f.properties!.schluessel)).toBeGreaterThan(0.6);
      expect(f.properties).toMatchObject({ genauigkeit_m: expect.any(Number) });
    }
    expect(shared / total).toBeGreaterThan(0.9);
    expect(derived).toMatchObject({ genauigkeit: 'naeherung', herleitung: 'adresspunkte' });
    expect(derived.methode).toMatch(/Näherung aus \d+ Adresspunkten .*Voronoi.*± \d+ m/);
    expect(csv.result!.accuracy!.median).toBeGreaterThan(10);
    expect(csv.result!.accuracy!.median).toBeLessThan(csv.result!.accuracy!.p90);
  });

  it('reads the same addresses from a zipped point Shapefile', async () => {
    const shp = await read('Gebaeudeadressen.zip', addressShapefile(list));
    expect(shp.issues).toEqual([]);
    expect(shp.addresses.length).toBe(csv.addresses.length);
    expect(shp.result!.report.map((r) => r.schluessel)).toEqual(csv.result!.report.map((r) => r.schluessel));
  });

  it('names the broken variants with row and field, and derives nothing from them', async () => {
    const variant = async (edit: (row: string[], i: number) => string[]) => {
      const r = await read('Gebaeudeadressen.csv', addressCsv(list, edit));
      expect(r.result).toBeUndefined();
      return r.issues.map(formatIssue);
    };
    expect(
      await variant((row, i) => (i === 10 ? [...row.slice(0, 4), '299', ...row.slice(5)] : row)),
    ).toEqual(['Gebaeudeadressen.csv, Zeile 12, Feld ott: „299“ ist kein Schlüssel der feinsten Ebene']);
    // Swapped coordinates: far outside the city.
    const outside = await variant((row, i) => (i === 20 ? [...row.slice(0, 9), row[10]!, row[9]!] : row));
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatch(
      /^Gebaeudeadressen\.csv, Zeile 22, Feld rechtswert \/ hochwert: .*außerhalb des Gebiets/,
    );
    // A point 5 km west of the city, with its own key.
    const west = await variant((row, i) =>
      i === 30
        ? [
            ...row.slice(0, 9),
            (Number(row[9]!.replace(',', '.')) - 5000).toFixed(2).replace('.', ','),
            row[10]!,
          ]
        : row,
    );
    expect(west[0]).toMatch(/Zeile 32, .*außerhalb des Gebiets \(\d+(,\d)? km entfernt\)/);
    // The same address twice, with another Ortsteil.
    const first = list[0]!;
    const other = list.find((a) => a.ott !== first.ott)!;
    const twice = await variant((row, i) =>
      i === 40
        ? [
            ...row.slice(0, 4),
            other.ott,
            first.sss,
            String(first.hnr),
            first.adz,
            first.strasse,
            ...row.slice(9),
          ]
        : row,
    );
    expect(twice).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Gebaeudeadressen\\.csv, Zeile 42, Feld hnr: Adresse ${first.strasse} ${first.hnr}${first.adz} doppelt \\(schon Zeile 2\\) mit anderem Gebiet`,
        ),
      ),
    ]);
  });

  it('passes the package checks, publishes the address index and opens again', () => {
    const layer = sessionLayer(session(csv), '2026-12-02T08:00:00.000Z')!;
    const report = checkLayer(texts, layer);
    expect(report.issues).toEqual([]);
    expect(report.boundaries).toHaveLength(24);
    const published = publishPackage(texts, layer, new Map());
    if (!published.ok) throw new Error('not published');
    const files = unzipSync(published.zip);
    const text = (k: string) => new TextDecoder().decode(files[k]);
    const index = addressFileSchema.parse(JSON.parse(text(ADDRESS_FILE)));
    expect(index.anzahl).toBe(csv.addresses.length);
    const t = packageInZip(published.zip)! as PackageFilesOf<string>;
    const ortsteile = JSON.parse(t.ebene1!) as Record<string, unknown>;
    expect(ortsteile).toMatchObject({
      genauigkeit: 'naeherung',
      herleitung: 'adresspunkte',
      adressen: index.anzahl,
    });
    // data:check's rules on the published files.
    const parsed = parsePackage(t);
    expect([...parsed.issues, ...checkPackage(parsed.pkg, { outline: true })]).toEqual([]);
    expect(parsed.pkg.boundaries.ebene1).toMatchObject({
      herleitung: 'adresspunkte',
      adressen: index.anzahl,
    });
    // The addresses' positions for coverage, counted in the boundaries and checked like them.
    expect(ortsteile.adresspunkte).toBe(index.anzahl);
    const finest = new Map(
      parsed.pkg.areas.filter((a) => a.ebene === 'ebene1').map((a) => [a.schluessel as string, a.schluessel]),
    );
    const bounds = bbox(parsed.pkg.boundaries.ebene1!.features.map((f) => f.geometry));
    const points = parseAddressPoints(text(ADDRESS_POINTS_FILE), finest, index.anzahl, bounds);
    expect(points.issues).toEqual([]);
    expect(points.points).toHaveLength(index.anzahl);
    // Positions kept to 1/100,000 degree (about a metre).
    const at = (key: string, lon: number, lat: number) =>
      `${key}|${Math.round(lon * 1e5)}|${Math.round(lat * 1e5)}`;
    const wanted = new Map(csv.addresses.map((a) => [at(a.key, a.lon, a.lat), a]));
    expect(points.points!.filter((p) => wanted.has(at(p.key, p.lon, p.lat)))).toHaveLength(index.anzahl);
    // Opened again: the boundaries, the address index and the positions come back, per area.
    const again = reopenPackage('datenpaket.zip', packageInZip(published.zip)!, ctx);
    expect(again.grenzen?.ebenen.ebene1).toBe(t.ebene1);
    expect(again.adressen?.eintraege).toHaveLength(index.anzahl);
    expect(again.adressen?.lagen).toHaveLength(index.anzahl);
    again.adressen!.lagen!.forEach(([lon, lat], i) =>
      expect(wanted.get(at(again.adressen!.eintraege[i]![0], lon, lat))).toBeDefined(),
    );
    expect(again.hinweise).toEqual([]);
  });

  it('counts coverage at the addresses and names that method in every value’s source', () => {
    const layer = sessionLayer({ ...session(csv), boundaries: [] }, '2026-12-02T08:00:00.000Z')!;
    const published = publishPackage(texts, layer, new Map());
    if (!published.ok) throw new Error('not published');
    const parsed = parsePackage(packageInZip(published.zip)! as PackageFilesOf<string>).pkg;
    const points = csv.addresses.map((a) => ({ key: a.key, lon: a.lon, lat: a.lat }));
    const even = deriveCoverage(parsed);
    const at = deriveCoverage(parsed, { points, quelle: 'eigene-daten' });
    expect(Object.values(even.method).every((m) => m === 'flaeche')).toBe(true);
    // Every Ortsteil has addresses in the fixture: all counted there.
    expect(Object.values(at.method).every((m) => m === 'adressen')).toBe(true);
    expect(at.addresses).toBe(points.length);
    const id = 'erreichbar_500m_lebensmittelmarkt_personen';
    const one = (r: typeof at, k: string) =>
      r.observations.find((o) => o.indikator === id && o.gebiet === k && o.jahr === 2024);
    expect(one(at, '231')?.quelle).toBe('berechnung-erreichbarkeit-adressen');
    expect(one(even, '231')?.quelle).toBeUndefined();
    // The share at addresses is the share of the area's addresses within reach, times its people.
    const model = buildModel(parsed, {
      observations: [...deriveSupply(parsed).observations, ...at.observations],
      areaOf: {},
      anchors: {},
      coverage: coverageSummary(at),
    });
    const cell = cellOf(
      model.ctx,
      'erreichbar_500m_lebensmittelmarkt' as IndicatorId,
      '231' as AreaKey,
      2024 as Year,
    );
    expect(cell.kind === 'wert' && cell.sources).toEqual([
      'berechnung-erreichbarkeit-adressen',
      'beispiel-generator',
    ]);
    expect(model.sources.get('berechnung-erreichbarkeit-adressen')?.titel).toMatch(/an Gebäudeadressen/);
    // Addresses no better than their source; the sample facilities decide here.
    expect(cell.kind === 'wert' && cell.status).toBe('beispiel');
    expect(model.coverage).toEqual({ adressen: 24, flaeche: 0, addresses: points.length });
    // A Stadtteil sums its Ortsteile's counted residents: its source is the address method too.
    const st = cellOf(
      model.ctx,
      'erreichbar_500m_lebensmittelmarkt' as IndicatorId,
      '21' as AreaKey,
      2024 as Year,
    );
    expect(st.kind === 'wert' && st.sources).toEqual([
      'berechnung-erreichbarkeit-adressen',
      'beispiel-generator',
    ]);
    // The values differ from the even spread somewhere (the addresses are not spread evenly).
    const differs = model.byLevel.ebene1.some((k) => {
      const a = one(at, k)?.wert;
      const b = one(even, k)?.wert;
      return a !== undefined && b !== undefined && Math.abs(a - b) > 1;
    });
    expect(differs).toBe(true);
  });

  it('places a facility at an address in the Ortsteil of its nearest address', () => {
    // A Kita up to 40 m from an address, across the schematic border into another Ortsteil.
    const shapes = pkg.boundaries.ebene1!.features.map((f) => ({
      key: String(f.properties.schluessel),
      m: multi(f.geometry),
    }));
    const areaAt = (lon: number, lat: number) => shapes.find((x) => multiContains(x.m, [lon, lat]))?.key;
    let spot: { a: (typeof csv.addresses)[number]; lon: number; lat: number } | undefined;
    for (const a of csv.addresses) {
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
        // 40 m east-west and north-south at 53.5° N.
        const lon = a.lon + dx * 0.0006;
        const lat = a.lat + dy * 0.00036;
        const k = areaAt(lon, lat);
        if (k !== undefined && k !== a.key) spot = { a, lon, lat };
      }
      if (spot) break;
    }
    expect(spot, 'an address within 40 m of another Ortsteil').toBeDefined();
    const a = spot!.a;
    const s = session(csv);
    const layer = sessionLayer(
      {
        ...s,
        // The schematic boundaries stay: only the address decides.
        boundaries: [],
        lists: [
          {
            datei: 'Kitas.csv',
            mapping: { kategorie: 'Art', kategorien: { Kita: 'kita' }, name: 'Name', lage: 'adresse' },
            applied: {
              facilities: [
                {
                  kategorie: 'kita',
                  name: 'Kita an der Grenze',
                  lon: spot!.lon,
                  lat: spot!.lat,
                  eroeffnet: null,
                  geschlossen: null,
                  lage: 'adresse',
                  herkunft: { datei: 'Kitas.csv', ort: 'Zeile 2', feld: 'Name' },
                },
              ],
            },
          },
        ],
      },
      '2026-12-02T08:00:00.000Z',
    )!;
    const published = publishPackage(
      texts,
      { ...layer, zuordnung: { format: ZUORDNUNG_FORMAT, tabellen: {} } },
      new Map(),
    );
    if (!published.ok) throw new Error(published.report.issues.map(formatIssue).join('\n'));
    const t = packageInZip(published.zip)! as PackageFilesOf<string>;
    const out = parsePackage(t).pkg;
    const kita = out.facilities.find((f) => f.properties.name === 'Kita an der Grenze')!;
    expect(kita.properties.gebiet).toBe(a.key);
    expect(deriveSupply(out).areaOf[kita.id]).toBe(a.key);
  });

  it('derives 25,000 address points to boundaries within the budget (5 s)', async () => {
    const big = addressCsv(fixtureAddresses(25_000));
    const t0 = performance.now();
    const r = await read('gross.csv', big);
    const ms = performance.now() - t0;
    expect(r.addresses.length).toBeGreaterThan(23_000);
    expect(r.result!.errors).toEqual([]);
    console.log(
      `${r.addresses.length} address points read and turned into boundaries in ${ms.toFixed(0)} ms`,
    );
    expect(ms).toBeLessThan(5000);
  });
});
