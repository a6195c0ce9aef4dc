import polygonClipping from 'polygon-clipping';

/** Plain coordinate arrays: rings are closed (first = last), outer ring first. */
export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

type Geom = Polygon | MultiPolygon;

export const union = (...geoms: Geom[]): MultiPolygon =>
  geoms.length === 0 ? [] : polygonClipping.union(geoms[0]!, ...geoms.slice(1));
export const intersection = (a: Geom, b: Geom): MultiPolygon => polygonClipping.intersection(a, b);
export const difference = (a: Geom, ...b: Geom[]): MultiPolygon => polygonClipping.difference(a, ...b);

/** Signed planar area of a ring (counter-clockwise positive). */
export function ringArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

/** Planar area of a polygon or multipolygon in the units of its coordinates squared. */
export function planarArea(m: MultiPolygon): number {
  let a = 0;
  for (const poly of m)
    poly.forEach((ring, i) => (a += i === 0 ? Math.abs(ringArea(ring)) : -Math.abs(ringArea(ring))));
  return a;
}

/** Snap to a grid (1 mm in metric coordinates): near-collinear edges otherwise make clipping throw. */
export const snap = (m: MultiPolygon, grid = 1e-3): MultiPolygon =>
  m.map((poly) =>
    poly.map((ring) =>
      ring.map(([x, y]) => [Math.round(x / grid) * grid, Math.round(y / grid) * grid] as Position),
    ),
  );

export function ringContains(ring: Ring, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export const polygonContains = (poly: Polygon, p: Position): boolean =>
  ringContains(poly[0]!, p) && !poly.slice(1).some((hole) => ringContains(hole, p));

export const multiContains = (m: MultiPolygon, p: Position): boolean =>
  m.some((poly) => polygonContains(poly, p));

/** Centre of mass of a polygon's outer ring (planar). */
export function ringCentroid(ring: Ring): Position {
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/** Drop holes smaller than `minArea` (sliver holes left by unions of nearly touching cells). */
export const dropSmallHoles = (m: MultiPolygon, minArea: number): MultiPolygon =>
  m.map((poly) => [poly[0]!, ...poly.slice(1).filter((h) => Math.abs(ringArea(h)) >= minArea)]);
