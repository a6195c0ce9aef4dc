import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import polygonClipping, { type MultiPolygon as PcMulti } from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { multiPolygonAreaM2 } from '../../src/domain/geo/area.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { multiContains, union, type MultiPolygon } from '../../src/data/import/geo/polygon.ts';

const root = resolve(import.meta.dirname, '../..');
interface Fc {
  genauigkeit?: string;
  attribution?: string;
  features: {
    properties: Record<string, string | boolean>;
    geometry: { type: string; coordinates: unknown };
  }[];
}
const load = (f: string) => JSON.parse(readFileSync(join(root, 'public/geo', f), 'utf8')) as Fc;
const multi = (g: Fc['features'][number]['geometry']) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiPolygon;
const byKey = (fc: Fc) =>
  new Map(fc.features.map((f) => [f.properties.schluessel as string, multi(f.geometry)]));
const km2 = (m: MultiPolygon | PcMulti) => multiPolygonAreaM2(m) / 1e6;

const ortsteile = byKey(load('ortsteile.geojson'));
const stadtteile = byKey(load('stadtteile.geojson'));
const stadtbezirke = byKey(load('stadtbezirke.geojson'));
const city = multi(load('stadtgebiet.geojson').features[0]!.geometry);
const port = multi(load('ueberseehafen.geojson').features[0]!.geometry);
const official = new Map(
  parseCsv(readFileSync(join(root, 'data/beobachtungen.csv'), 'utf8'))
    .rows.filter((r) => r.indikator === 'flaeche_km2' && r.jahr === '2018')
    .map((r) => [r.gebiet!, Number(r.wert)]),
);

describe('schematic boundaries in public/geo', () => {
  it('has 24 Ortsteile, 9 Stadtteile and 2 Stadtbezirke, marked as approximation with attribution', () => {
    expect([ortsteile.size, stadtteile.size, stadtbezirke.size]).toEqual([24, 9, 2]);
    for (const f of ['ortsteile', 'stadtteile', 'stadtbezirke']) {
      const fc = load(`${f}.geojson`);
      expect(fc.genauigkeit).toBe('naeherung');
      expect(fc.attribution).toBe('© GeoBasis-DE / BKG (2016)');
    }
  });

  it('meets every official Ortsteil area within 5 %', () => {
    for (const [k, g] of ortsteile) {
      const err = Math.abs(km2(g) - official.get(k)!) / official.get(k)!;
      expect(err, `Ortsteil ${k}`).toBeLessThan(0.05);
    }
  });

  it('covers the city outline (land and water, without the port area) within 0.5 %', () => {
    const all = union(...ortsteile.values()) as PcMulti;
    const sym = polygonClipping.xor(all, city);
    expect(km2(sym) / km2(city)).toBeLessThan(0.005);
    expect(km2(polygonClipping.intersection(all, port as PcMulti))).toBeLessThan(0.01);
  });

  it('has no two Ortsteile overlapping by more than 0.01 km²', () => {
    const list = [...ortsteile];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const overlap = km2(polygonClipping.intersection(list[i]![1], list[j]![1]));
        expect(overlap, `${list[i]![0]} × ${list[j]![0]}`).toBeLessThan(0.01);
      }
  });

  it('makes each Stadtteil and Stadtbezirk the exact dissolve of its parts', () => {
    for (const [st, g] of stadtteile) {
      const parts = [...ortsteile].filter(([k]) => k.startsWith(st)).map(([, m]) => m as PcMulti);
      expect(
        km2(polygonClipping.xor(union(...(parts as MultiPolygon[])) as PcMulti, g as PcMulti)),
        `Stadtteil ${st}`,
      ).toBeLessThan(1e-4);
    }
    const nord = ['11', '12', '13', '14'];
    for (const [b, g] of stadtbezirke) {
      const parts = [...stadtteile]
        .filter(([k]) => nord.includes(k) === (b === '1'))
        .map(([, m]) => m as PcMulti);
      expect(
        km2(polygonClipping.xor(union(...(parts as MultiPolygon[])) as PcMulti, g as PcMulti)),
        `Stadtbezirk ${b}`,
      ).toBeLessThan(1e-4);
    }
  });

  it('puts every high-confidence reference point in its stated Ortsteil or Stadtteil', () => {
    const points = load('erzeugungspunkte.geojson').features.filter(
      (f) => f.properties.herkunft === 'quelle' && f.properties.konfidenz === 'high',
    );
    expect(points.length).toBeGreaterThanOrEqual(10);
    for (const p of points) {
      const key = p.properties.gebiet as string;
      const area = (key.length === 3 ? ortsteile : stadtteile).get(key)!;
      expect(
        multiContains(area, p.geometry.coordinates as [number, number]),
        `${key} ${p.properties.referenz}`,
      ).toBe(true);
    }
  });
});
