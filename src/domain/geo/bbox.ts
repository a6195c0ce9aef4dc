export type Box = [number, number, number, number];
type Shape =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Bounding box [west, south, east, north] of the outer rings of polygons. */
export function bbox(shapes: Iterable<Shape>): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of shapes) {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys)
      for (const [x, y] of p[0] ?? []) {
        b[0] = Math.min(b[0], x!);
        b[1] = Math.min(b[1], y!);
        b[2] = Math.max(b[2], x!);
        b[3] = Math.max(b[3], y!);
      }
  }
  return b;
}
