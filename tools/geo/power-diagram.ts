import type { Position, Ring } from '../../src/data/import/geo/polygon.ts';

export interface Site {
  /** Position in a metric CRS. */
  p: Position;
  /** Power weight in m² (larger = bigger cell). */
  w: number;
}

/** Clip a convex ring (counter-clockwise, closed) by the half-plane a·x ≤ b (Sutherland–Hodgman). */
function clipHalfPlane(ring: Ring, a: Position, b: number): Ring {
  const out: Ring = [];
  const side = (q: Position) => a[0] * q[0] + a[1] * q[1] - b;
  for (let i = 0; i < ring.length - 1; i++) {
    const p = ring[i]!;
    const q = ring[i + 1]!;
    const sp = side(p);
    const sq = side(q);
    if (sp <= 0) out.push(p);
    if ((sp < 0 && sq > 0) || (sp > 0 && sq < 0)) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  if (out.length > 0) out.push(out[0]!);
  return out;
}

/**
 * Power-diagram (weighted Voronoi) cells: cell i = { x : |x−pᵢ|² − wᵢ ≤ |x−pⱼ|² − wⱼ for all j },
 * each bounded by `box` (a convex, closed, counter-clockwise ring). Computed around `origin` so the
 * squared UTM coordinates stay small. Cells of dominated sites come back empty.
 */
export function powerCells(sites: readonly Site[], box: Ring, origin: Position): Ring[] {
  const local = sites.map((s) => [s.p[0] - origin[0], s.p[1] - origin[1]] as Position);
  const localBox = box.map(([x, y]) => [x - origin[0], y - origin[1]] as Position);
  return sites.map((si, i) => {
    const pi = local[i]!;
    let cell = localBox;
    for (let j = 0; j < sites.length && cell.length > 0; j++) {
      if (j === i) continue;
      const pj = local[j]!;
      // 2x·(pj − pi) ≤ |pj|² − |pi|² − wj + wi
      const a: Position = [2 * (pj[0] - pi[0]), 2 * (pj[1] - pi[1])];
      const b = pj[0] ** 2 + pj[1] ** 2 - pi[0] ** 2 - pi[1] ** 2 - sites[j]!.w + si.w;
      cell = clipHalfPlane(cell, a, b);
    }
    return cell.map(([x, y]) => [x + origin[0], y + origin[1]] as Position);
  });
}
