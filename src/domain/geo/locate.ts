import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { localMetres, type AreaShape } from '../supply/facility.ts';
import { distanceToRings } from './distance.ts';

type Pos = number[];

/** Distance in metres from a point to a polygon's rings (0 inside is not implied: boundary distance). */
function distanceToBoundary(lon: number, lat: number, g: AreaShape['geometry']): number {
  const m = localMetres(lat);
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Pos[][][];
  return distanceToRings(m(lon, lat), polys, (p) => m(p[0]!, p[1]!));
}

export interface Located<K> {
  /** The area the point lies in, or null outside all areas. */
  inside: K | null;
  /** Other areas whose boundary is within `near` metres: the answer may be one of them. */
  near: K[];
  /** Distance from the point to the boundary of the area it lies in (metres). */
  margin: number | undefined;
}

/** Which area a location lies in, and which neighbours are close enough to be the true answer. */
export function locate<K>(
  lon: number,
  lat: number,
  areas: readonly (AreaShape & { key: K })[],
  near: number,
): Located<K> {
  let inside: K | null = null;
  let margin: number | undefined;
  const close: { key: K; d: number }[] = [];
  for (const a of areas) {
    if (inside === null && booleanPointInPolygon([lon, lat], a.geometry)) {
      inside = a.key;
      margin = distanceToBoundary(lon, lat, a.geometry);
      continue;
    }
    const d = distanceToBoundary(lon, lat, a.geometry);
    if (d <= near) close.push({ key: a.key, d });
  }
  return { inside, near: close.sort((x, y) => x.d - y.d).map((c) => c.key), margin };
}
