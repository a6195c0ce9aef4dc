/**
 * Geodesic area of WGS84 polygons on a sphere of the WGS84 equatorial radius (the formula of
 * Chamberlain & Duquette, 2007, as used by turf's `area`), in square metres.
 */
type Pos = readonly [number, number] | readonly number[];
const R = 6378137;
const rad = (d: number) => (d * Math.PI) / 180;

export function ringAreaM2(ring: readonly Pos[]): number {
  let total = 0;
  const n = ring.length;
  if (n < 3) return 0;
  for (let i = 0; i < n; i++) {
    const lower = ring[i % n]!;
    const middle = ring[(i + 1) % n]!;
    const upper = ring[(i + 2) % n]!;
    total += (rad(upper[0]) - rad(lower[0])) * Math.sin(rad(middle[1]));
  }
  return Math.abs((total * R * R) / 2);
}

export const polygonAreaM2 = (poly: readonly (readonly Pos[])[]): number =>
  poly.reduce((s, ring, i) => s + (i === 0 ? ringAreaM2(ring) : -ringAreaM2(ring)), 0);

export const multiPolygonAreaM2 = (m: readonly (readonly (readonly Pos[])[])[]): number =>
  m.reduce((s, poly) => s + polygonAreaM2(poly), 0);
