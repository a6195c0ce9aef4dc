import { describe, expect, it } from 'vitest';
import type { AreaKey } from '../../../src/domain/ids.ts';
import { assignFacilities } from '../../../src/domain/supply/assign.ts';
import { CLOSURES_ID, countId, LOSS_ID, OPENINGS_ID } from '../../../src/domain/supply/categories.ts';
import { ledger, supplyCounts } from '../../../src/domain/supply/counts.ts';
import {
  coverageGrid,
  coverageKey,
  coverageShares,
  residenceGrid,
} from '../../../src/domain/supply/coverage.ts';
import { isOpen, localMetres, type AreaShape, type Facility } from '../../../src/domain/supply/facility.ts';

const key = (k: string) => k as AreaKey;
const square = (k: string, x0: number, y0: number, w: number, h: number): AreaShape => ({
  key: key(k),
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + w, y0],
        [x0 + w, y0 + h],
        [x0, y0 + h],
        [x0, y0],
      ],
    ],
  },
});
let n = 0;
const facility = (lon: number, lat: number, over: Partial<Facility> = {}): Facility => ({
  id: `f${++n}`,
  category: 'apotheke',
  name: `Einrichtung ${n}`,
  opened: null,
  closed: null,
  lon,
  lat,
  source: 'test',
  status: 'beispiel',
  ...over,
});

// Two quartiers side by side sharing the border at lon 8.60.
const west = square('101', 8.58, 53.54, 0.02, 0.02);
const east = square('102', 8.6, 53.54, 0.02, 0.02);

describe('assigning facilities to quartiers (point in polygon)', () => {
  it('counts a point exactly on a shared border once, in the lower key', () => {
    const onBorder = facility(8.6, 53.55);
    const { areaOf, outside } = assignFacilities([onBorder], [east, west]);
    expect(areaOf.get(onBorder.id)).toBe('101');
    expect(areaOf.size).toBe(1);
    expect(outside).toEqual([]);
  });

  it('ignores and reports a point outside the city', () => {
    const inEast = facility(8.61, 53.55);
    const outsideCity = facility(8.7, 53.55, { name: 'Schiffdorf' });
    const { areaOf, outside } = assignFacilities([inEast, outsideCity], [west, east]);
    expect(areaOf.get(inEast.id)).toBe('102');
    expect(areaOf.has(outsideCity.id)).toBe(false);
    expect(outside.map((f) => f.name)).toEqual(['Schiffdorf']);
  });

  it('leaves a hole of a polygon out', () => {
    const ring = square('103', 8.5, 53.5, 0.04, 0.04);
    const holed: AreaShape = {
      key: key('103'),
      geometry: {
        type: 'Polygon',
        coordinates: [
          (ring.geometry as GeoJSON.Polygon).coordinates[0]!,
          [
            [8.51, 53.51],
            [8.51, 53.53],
            [8.53, 53.53],
            [8.53, 53.51],
            [8.51, 53.51],
          ],
        ],
      },
    };
    const inHole = facility(8.52, 53.52);
    expect(assignFacilities([inHole], [holed]).outside).toHaveLength(1);
  });
});

describe('supply counts', () => {
  it('is open at the end of a year: opened in or before it, not closed in or before it', () => {
    const f = facility(0, 0, { opened: 2016, closed: 2020 });
    expect([2015, 2016, 2019, 2020].map((y) => isOpen(f, y))).toEqual([false, true, true, false]);
    expect(isOpen(facility(0, 0), 1990)).toBe(true);
  });

  it('counts open facilities, openings, closures and net loss since the base year', () => {
    const fs = [
      facility(8.59, 53.55, { closed: 2014 }), // closed before the base year: not a loss since 2015
      facility(8.59, 53.55, { closed: 2015 }), // closed in the base year: counts
      facility(8.59, 53.55, { closed: 2018 }),
      facility(8.59, 53.55, { opened: 2017 }),
      facility(8.59, 53.55, { category: 'post' }),
    ];
    const { areaOf } = assignFacilities(fs, [west, east]);
    const values = supplyCounts(fs, areaOf, [key('101'), key('102')], [2014, 2016, 2020], 2015);
    const get = (area: string, id: string, year: number) =>
      values.find((v) => v.area === area && v.id === id && v.year === year)?.value;
    expect(get('101', countId('apotheke'), 2014)).toBe(2);
    expect(get('101', countId('apotheke'), 2016)).toBe(1);
    expect(get('101', countId('apotheke'), 2020)).toBe(1);
    expect(get('101', countId('post'), 2020)).toBe(1);
    expect(get('101', CLOSURES_ID, 2020)).toBe(2);
    expect(get('101', OPENINGS_ID, 2020)).toBe(1);
    expect(get('101', LOSS_ID, 2020)).toBe(1);
    expect(get('101', LOSS_ID, 2016)).toBe(1);
    // Before the base year there is no change to report; an empty quartier has zero.
    expect(get('101', LOSS_ID, 2014)).toBeUndefined();
    expect(get('102', LOSS_ID, 2020)).toBe(0);
    expect(get('102', countId('apotheke'), 2020)).toBe(0);
  });

  it('lists openings and closures newest first, closures before openings in a year', () => {
    const a = facility(0, 0, { name: 'A', opened: 2016, closed: 2020 });
    const b = facility(0, 0, { name: 'B', opened: 2020 });
    expect(ledger([a, b]).map((e) => `${e.year} ${e.kind} ${e.facility.name}`)).toEqual([
      '2020 geschlossen A',
      '2020 eroeffnet B',
      '2016 eroeffnet A',
    ]);
  });
});

describe('walking-distance coverage', () => {
  // A 1 km × 1 km quartier, built in local metres so the known answer is exact geometry.
  const lat0 = 53.55;
  const toM = localMetres(lat0);
  const [mx0, my0] = toM(8.6, lat0);
  const degLon = 1000 / (toM(8.61, lat0)[0] - mx0) / 100;
  const degLat = 1000 / (toM(8.6, lat0 + 0.01)[1] - my0) / 100;
  const quartier = square('201', 8.6, lat0, degLon, degLat);
  const centre = facility(8.6 + degLon / 2, lat0 + degLat / 2, { category: 'hausarztpraxis' });

  it('covers the inscribed circle within 500 m of a central facility: π/4 of the residents', () => {
    const grid = coverageGrid([quartier], 10);
    expect(grid.points.get(key('201'))!.length / 2).toBeCloseTo(10_000, -2);
    const shares = coverageShares(grid, [centre], [2020]);
    expect(shares.get(coverageKey(key('201'), 'hausarztpraxis', 500, 2020))).toBeCloseTo(Math.PI / 4, 2);
    // Every corner is 707 m away: all within 1 km.
    expect(shares.get(coverageKey(key('201'), 'hausarztpraxis', 1000, 2020))).toBe(1);
    // No open facility of a category: nobody is covered.
    expect(shares.get(coverageKey(key('201'), 'apotheke', 500, 2020))).toBe(0);
  });

  it('counts only facilities open in the year, also across the quartier border', () => {
    const next = square('202', 8.6 + degLon, lat0, degLon, degLat);
    const closedInside = { ...centre, id: 'zu', closed: 2018 };
    // Open, just across the eastern border, at mid-height: covers a half disc of 500 m inside.
    const acrossBorder = facility(8.6 + degLon, lat0 + degLat / 2, { category: 'hausarztpraxis' });
    const shares = coverageShares(
      coverageGrid([quartier, next], 10),
      [closedInside, acrossBorder],
      [2017, 2020],
    );
    expect(shares.get(coverageKey(key('201'), 'hausarztpraxis', 500, 2020))).toBeCloseTo(Math.PI / 8, 2);
    expect(shares.get(coverageKey(key('201'), 'hausarztpraxis', 500, 2017))!).toBeGreaterThan(Math.PI / 4);
  });

  it('counts residents at their building addresses where they are known, and says so per area', () => {
    const next = square('202', 8.6 + degLon, lat0, degLon, degLat);
    // Three addresses in the quartier's south-west corner (far from the centre), one near it; an
    // address of the other quartier lying inside this one still counts for its own key.
    const at = (fx: number, fy: number, k = '201') => ({
      key: key(k),
      lon: 8.6 + degLon * fx,
      lat: lat0 + degLat * fy,
    });
    const addresses = [at(0.05, 0.05), at(0.1, 0.05), at(0.05, 0.1), at(0.55, 0.5), at(0.06, 0.06, '202')];
    const { grid, method } = residenceGrid([quartier, next], addresses, 10);
    expect(method.get(key('201'))).toBe('adressen');
    expect(grid.points.get(key('201'))!.length / 2).toBe(4);
    expect(grid.points.get(key('202'))!.length / 2).toBe(1);
    const shares = coverageShares(grid, [centre], [2020]);
    // Only the address 50 m from the centre is within 500 m: 1 of 4, not the area's π/4.
    expect(shares.get(coverageKey(key('201'), 'hausarztpraxis', 500, 2020))).toBe(0.25);
    expect(shares.get(coverageKey(key('202'), 'hausarztpraxis', 500, 2020))).toBe(0);
    // An area without addresses keeps the even spread, named as such.
    const onlyOne = residenceGrid([quartier, next], addresses.slice(0, 4), 10);
    expect(onlyOne.method.get(key('202'))).toBe('flaeche');
    expect(onlyOne.grid.points.get(key('202'))!.length / 2).toBeCloseTo(10_000, -2);
  });

  it('ignores addresses whose key names no area of the level', () => {
    const { grid, method } = residenceGrid([quartier], [{ key: key('999'), lon: 8.6, lat: lat0 }], 10);
    expect([...method]).toEqual([[key('201'), 'flaeche']]);
    expect(grid.points.has(key('999'))).toBe(false);
  });
});
