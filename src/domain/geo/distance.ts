type Pos = readonly number[];

/**
 * Distance from a point to the nearest edge of polygons' rings, in the units `project` returns
 * (planar coordinates as they are, or lon/lat made local metres): a border distance, not 0 inside.
 */
export function distanceToRings(
  [px, py]: readonly [number, number],
  polygons: readonly (readonly (readonly Pos[])[])[],
  project: (p: Pos) => readonly [number, number] = (p) => [p[0]!, p[1]!],
): number {
  let best = Infinity;
  for (const poly of polygons)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = project(ring[i - 1]!);
        const [bx, by] = project(ring[i]!);
        const dx = bx - ax;
        const dy = by - ay;
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
      }
  return best;
}
