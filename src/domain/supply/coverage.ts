import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '../geo/bbox.ts';
import type { AreaKey } from '../ids.ts';
import { CATEGORIES, RADII, type Category, type Radius } from './categories.ts';
import { isOpen, localMetres, type AreaShape, type Facility } from './facility.ts';

/**
 * Walking-distance coverage: the share of an area's residents within 500 m and 1,000 m (straight
 * line) of the nearest open facility of a category, anywhere in the city.
 *
 * Without addresses (stated in the UI): residents are spread evenly over the area. The settled
 * area of a quartier is not known then, so the whole area counts; the area is sampled by a regular
 * grid of `spacing` metres, and the share of grid points within reach is the share of residents.
 * With building addresses (`residenceGrid`) the points are the addresses themselves.
 */
export interface CoverageGrid {
  /** Grid points in local metres, per area. */
  points: Map<AreaKey, Float64Array>;
  toMetres: (lon: number, lat: number) => [number, number];
}

export function coverageGrid(areas: readonly AreaShape[], spacing = 100): CoverageGrid {
  const [minX, minY, maxX, maxY] = bbox(areas.map((a) => a.geometry));
  const refLat = (minY + maxY) / 2;
  const toMetres = localMetres(refLat);
  const [x0, y0] = toMetres(minX, minY);
  const [x1, y1] = toMetres(maxX, maxY);
  const [lonPerM, latPerM] = [(maxX - minX) / (x1 - x0 || 1), (maxY - minY) / (y1 - y0 || 1)];
  const points = new Map<AreaKey, Float64Array>();
  for (const a of areas) {
    const found: number[] = [];
    const [bx0, by0, bx1, by1] = bbox([a.geometry]);
    // A global lattice (cell centres), so neighbouring areas never share or skip a grid point.
    const i0 = Math.floor((bx0 - minX) / lonPerM / spacing);
    const i1 = Math.ceil((bx1 - minX) / lonPerM / spacing);
    const j0 = Math.floor((by0 - minY) / latPerM / spacing);
    const j1 = Math.ceil((by1 - minY) / latPerM / spacing);
    for (let i = i0; i <= i1; i++)
      for (let j = j0; j <= j1; j++) {
        const mx = x0 + (i + 0.5) * spacing;
        const my = y0 + (j + 0.5) * spacing;
        const lon = minX + (mx - x0) * lonPerM;
        const lat = minY + (my - y0) * latPerM;
        if (booleanPointInPolygon([lon, lat], a.geometry, { ignoreBoundary: true })) found.push(mx, my);
      }
    points.set(a.key, Float64Array.from(found));
  }
  return { points, toMetres };
}

/** How a coverage value counted residents: at building addresses, or evenly over the area. */
export type CoverageMethod = 'adressen' | 'flaeche';

/** A building address with its area (the key the address file states, not a point-in-polygon guess). */
export interface ResidencePoint {
  key: AreaKey;
  lon: number;
  lat: number;
}

/**
 * Where residents live, per area: at its building addresses where any are known (each address
 * counts alike — the number of flats behind it is not known), else the even grid of
 * `coverageGrid`. The method is returned per area so every value can say which one it used.
 */
export function residenceGrid(
  areas: readonly AreaShape[],
  addresses: readonly ResidencePoint[],
  spacing = 100,
): { grid: CoverageGrid; method: Map<AreaKey, CoverageMethod> } {
  const grid = coverageGrid(areas, spacing);
  const byArea = new Map<AreaKey, number[]>();
  for (const a of addresses) {
    if (!grid.points.has(a.key)) continue;
    let list = byArea.get(a.key);
    if (!list) byArea.set(a.key, (list = []));
    list.push(...grid.toMetres(a.lon, a.lat));
  }
  const method = new Map<AreaKey, CoverageMethod>();
  for (const key of grid.points.keys()) {
    const own = byArea.get(key);
    if (own) grid.points.set(key, Float64Array.from(own));
    method.set(key, own ? 'adressen' : 'flaeche');
  }
  return { grid, method };
}

const MAX_RADIUS = Math.max(...RADII);

/**
 * For every grid point, the facilities within `radius` metres and their squared distances, as
 * flat arrays (`start[p]`..`start[p + 1]` index `facility` and `d2`). Facilities are bucketed in
 * cells of `radius` metres, so only the 3 × 3 cells around a point are searched; this is done
 * once per category, and each year then only checks which of the candidates are open.
 */
function candidates(pts: Float64Array, xy: readonly (readonly [number, number])[], radius: number) {
  const cells = new Map<number, number[]>();
  const cellKey = (i: number, j: number) => i * 1_000_003 + j;
  xy.forEach(([x, y], f) => {
    const k = cellKey(Math.floor(x / radius), Math.floor(y / radius));
    let c = cells.get(k);
    if (!c) cells.set(k, (c = []));
    c.push(f);
  });
  const start = [0];
  const facility: number[] = [];
  const d2: number[] = [];
  for (let p = 0; p < pts.length; p += 2) {
    const x = pts[p]!;
    const y = pts[p + 1]!;
    const cx = Math.floor(x / radius);
    const cy = Math.floor(y / radius);
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const f of cells.get(cellKey(i, j)) ?? []) {
          const d = (x - xy[f]![0]) ** 2 + (y - xy[f]![1]) ** 2;
          if (d <= radius * radius) {
            facility.push(f);
            d2.push(d);
          }
        }
    start.push(facility.length);
  }
  return { start, facility, d2 };
}

export type CoverageShares = Map<string, number>;
export const coverageKey = (area: AreaKey, c: Category, r: Radius, year: number) =>
  `${area}|${c}|${r}|${year}`;

/**
 * Share of each area's grid points within each radius of an open facility, per category and
 * year. An area too small to hold a grid point gets no value (rather than a guess).
 */
export function coverageShares(
  grid: CoverageGrid,
  facilities: readonly Facility[],
  years: readonly number[],
): CoverageShares {
  const out: CoverageShares = new Map();
  const radii2 = RADII.map((r) => r * r);
  for (const c of CATEGORIES) {
    const list = facilities.filter((f) => f.category === c);
    const xy = list.map((f) => grid.toMetres(f.lon, f.lat));
    const perArea = [...grid.points].map(([area, pts]) => ({
      area,
      n: pts.length / 2,
      near: candidates(pts, xy, MAX_RADIUS),
    }));
    for (const year of years) {
      const open = list.map((f) => isOpen(f, year));
      for (const { area, n, near } of perArea) {
        if (n === 0) continue;
        const within = RADII.map(() => 0);
        for (let p = 0; p < n; p++) {
          let best = Infinity;
          for (let q = near.start[p]!; q < near.start[p + 1]!; q++)
            if (open[near.facility[q]!] && near.d2[q]! < best) best = near.d2[q]!;
          for (let k = 0; k < radii2.length; k++) if (best <= radii2[k]!) within[k]!++;
        }
        RADII.forEach((r, k) => out.set(coverageKey(area, c, r, year), within[k]! / n));
      }
    }
  }
  return out;
}
