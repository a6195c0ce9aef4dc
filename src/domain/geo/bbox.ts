export type Box = [west: number, south: number, east: number, north: number];
type Shape =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Bounding box [west, south, east, north] of points; empty input gives [∞, ∞, −∞, −∞]. */
export function pointsBbox(points: Iterable<readonly number[]>, into?: Box): Box {
  const b: Box = into ?? [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    b[0] = Math.min(b[0], x!);
    b[1] = Math.min(b[1], y!);
    b[2] = Math.max(b[2], x!);
    b[3] = Math.max(b[3], y!);
  }
  return b;
}

/** Bounding box [west, south, east, north] of the outer rings of polygons (holes lie inside them). */
export function bbox(shapes: Iterable<Shape>): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of shapes) {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys) pointsBbox(p[0] ?? [], b);
  }
  return b;
}
