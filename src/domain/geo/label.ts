import { pointsBbox } from './bbox.ts';
/**
 * Label anchor for an area: a point well inside its largest part (an approximate pole of
 * inaccessibility found by refining a grid), so labels never sit outside a concave quartier and
 * each area gets exactly one label, whatever the tiling. Also the anchor for keyboard navigation.
 */
type Ring = readonly (readonly number[])[];
type Polygon = readonly Ring[];
export type AreaGeometry =
  { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: readonly Polygon[] };

function insideRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function insidePolygon(x: number, y: number, poly: Polygon): boolean {
  if (!poly[0] || !insideRing(x, y, poly[0])) return false;
  return !poly.slice(1).some((hole) => insideRing(x, y, hole));
}

function segDist2(px: number, py: number, a: readonly number[], b: readonly number[], k: number): number {
  const ax = a[0]! * k;
  const bx = b[0]! * k;
  const x = px * k;
  const [ay, by] = [a[1]!, b[1]!];
  const dx = bx - ax;
  const dy = by - ay;
  const t =
    dx === 0 && dy === 0
      ? 0
      : Math.max(0, Math.min(1, ((x - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  const ex = ax + t * dx - x;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Squared distance (in degrees of latitude) from a point to the polygon's boundary. */
function edgeDistance(x: number, y: number, poly: Polygon, k: number): number {
  let best = Infinity;
  for (const ring of poly)
    for (let i = 1; i < ring.length; i++) best = Math.min(best, segDist2(x, y, ring[i - 1]!, ring[i]!, k));
  return best;
}

function planarArea(poly: Polygon): number {
  const ring = poly[0] ?? [];
  let s = 0;
  for (let i = 1; i < ring.length; i++)
    s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(s) / 2;
}

export function labelPoint(geometry: AreaGeometry): [number, number] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const poly = [...polys].sort((a, b) => planarArea(b) - planarArea(a))[0]!;
  const outer = poly[0]!;
  const [minX, minY, maxX, maxY] = pointsBbox(outer);
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  let best: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestD = insidePolygon(best[0], best[1], poly) ? edgeDistance(best[0], best[1], poly, k) : -1;
  let [w, h] = [maxX - minX, maxY - minY];
  let [cx, cy] = best;
  const n = 12;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n; j++) {
        const x = cx - w / 2 + (w * i) / n;
        const y = cy - h / 2 + (h * j) / n;
        if (!insidePolygon(x, y, poly)) continue;
        const d = edgeDistance(x, y, poly, k);
        if (d > bestD) {
          bestD = d;
          best = [x, y];
        }
      }
    [cx, cy] = best;
    w /= 3;
    h /= 3;
  }
  return best;
}
