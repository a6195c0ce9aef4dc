import { Delaunay } from 'd3-delaunay';
import {
  intersection,
  multiContains,
  ringArea,
  ringContains,
  type MultiPolygon,
  type Polygon,
  type Position,
  type Ring,
} from './polygon.ts';

/** An address point in metric coordinates (EPSG:25832) with the area key it belongs to. */
export interface KeyedPoint {
  x: number;
  y: number;
  key: string;
}

/** How exactly a derived border is placed, in metres: half the distance between neighbouring addresses of two areas. */
export interface BorderAccuracy {
  /** Median over the area's border (each Delaunay edge to an address of another area counts once). */
  median: number;
  /** 90th percentile: nine in ten places of the border are at least this exact. */
  p90: number;
  /** How many address pairs across the border were measured. */
  pairs: number;
}

export interface DerivedAreas {
  /** Per key: the Voronoi cells of its points, dissolved and clipped to the territory (metric). */
  areas: Map<string, MultiPolygon>;
  accuracy: Map<string, BorderAccuracy>;
  overall: BorderAccuracy;
  /** Points that share their position with another point (each position is one cell). */
  coincident: number;
  /** Positions shared by points of different keys (the cell goes to the first). */
  conflicts: number;
}

/** Vertices are snapped to this grid (metres) so the cells' shared edges match exactly. */
const GRID = 0.01;
const snapped = (v: number) => Math.round(v / GRID) * GRID;
const id = (p: Position) => `${p[0].toFixed(2)},${p[1].toFixed(2)}`;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}
const accuracyOf = (halves: number[]): BorderAccuracy => {
  const s = [...halves].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p90: quantile(s, 0.9), pairs: s.length };
};

/**
 * Chain directed edges into closed rings. Every edge is used once; where several boundary edges
 * leave one vertex (two parts of an area touching at a corner) any continues the ring.
 */
function rings(edges: [Position, Position][]): Ring[] {
  const from = new Map<string, number[]>();
  edges.forEach(([a], i) => {
    const k = id(a);
    const list = from.get(k);
    if (list) list.push(i);
    else from.set(k, [i]);
  });
  const used = new Uint8Array(edges.length);
  const out: Ring[] = [];
  for (let start = 0; start < edges.length; start++) {
    if (used[start]) continue;
    const ring: Ring = [edges[start]![0]];
    let i = start;
    for (let guard = 0; guard <= edges.length; guard++) {
      used[i] = 1;
      const [, b] = edges[i]!;
      ring.push(b);
      if (id(b) === id(ring[0]!)) break;
      const next = from.get(id(b))?.find((j) => !used[j]);
      if (next === undefined) break;
      i = next;
    }
    if (ring.length >= 4 && id(ring[0]!) === id(ring[ring.length - 1]!)) out.push(ring);
  }
  return out;
}

/** Outer rings (counter-clockwise) with the holes (clockwise) that lie in them. */
function polygonsOf(all: Ring[]): MultiPolygon {
  const outers = all.filter((r) => ringArea(r) > 0);
  const holes = all.filter((r) => ringArea(r) < 0);
  const polys: Polygon[] = outers.map((r) => [r]);
  for (const h of holes) {
    const p = h[0]!;
    // The smallest outer ring containing the hole.
    let best: Polygon | undefined;
    for (const poly of polys)
      if (ringContains(poly[0]!, p) && (!best || ringArea(poly[0]!) < ringArea(best[0]!))) best = poly;
    best?.push(h);
  }
  return polys;
}

/**
 * Areas from keyed points: the Voronoi cell of every point (the place nearer to it than to any
 * other), dissolved by key along the cells' shared edges — so two areas share their border exactly
 * and there are neither gaps nor overlaps — then clipped to the territory (holes such as a port
 * area that belongs elsewhere stay holes). Metric coordinates in, metric out.
 */
export function voronoiAreas(input: readonly KeyedPoint[], territory: MultiPolygon): DerivedAreas {
  // One cell per position: an address sharing a building's point adds nothing to the geometry.
  const at = new Map<string, KeyedPoint>();
  let coincident = 0;
  let conflicts = 0;
  for (const p of input) {
    const k = id([p.x, p.y]);
    const seen = at.get(k);
    if (!seen) at.set(k, p);
    else {
      coincident++;
      if (seen.key !== p.key) conflicts++;
    }
  }
  const points = [...at.values()];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const poly of territory)
    for (const [x, y] of poly[0]!) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const margin = 1000;
  const delaunay = Delaunay.from(
    points,
    (p) => p.x,
    (p) => p.y,
  );
  const voronoi = delaunay.voronoi([minX - margin, minY - margin, maxX + margin, maxY + margin]);

  // Per key, the directed edges of its cells (counter-clockwise); an edge whose reverse belongs to
  // the same key is inside the area and cancels.
  const edgesByKey = new Map<string, Map<string, [Position, Position]>>();
  for (let i = 0; i < points.length; i++) {
    const cell = voronoi.cellPolygon(i) as Position[] | null;
    if (!cell) continue;
    let ring: Ring = cell.map(([x, y]) => [snapped(x), snapped(y)] as Position);
    if (ringArea(ring) < 0) ring = ring.reverse();
    const key = points[i]!.key;
    let edges = edgesByKey.get(key);
    if (!edges) edgesByKey.set(key, (edges = new Map()));
    for (let j = 0; j < ring.length - 1; j++) {
      const a = ring[j]!;
      const b = ring[j + 1]!;
      if (id(a) === id(b)) continue;
      const reverse = `${id(b)}>${id(a)}`;
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(`${id(a)}>${id(b)}`, [a, b]);
    }
  }
  const areas = new Map<string, MultiPolygon>();
  for (const [key, edges] of edgesByKey) {
    const region = polygonsOf(rings([...edges.values()]));
    const clipped = region.length > 0 ? intersection(region, territory) : [];
    if (clipped.length > 0) areas.set(key, clipped);
  }

  // Accuracy: for every Delaunay edge joining addresses of two areas, the border runs between them;
  // placed at the middle, it is off by at most half their distance.
  const halves = new Map<string, number[]>();
  const all: number[] = [];
  const { halfedges, triangles } = delaunay;
  for (let e = 0; e < triangles.length; e++) {
    const o = halfedges[e]!;
    if (o >= 0 && o < e) continue; // each interior edge once
    const a = points[triangles[e]!]!;
    const b = points[triangles[e % 3 === 2 ? e - 2 : e + 1]!]!;
    if (a.key === b.key) continue;
    // Only where the border lies in the territory (not across water or a hole that is clipped away).
    if (!multiContains(territory, [(a.x + b.x) / 2, (a.y + b.y) / 2])) continue;
    const half = Math.hypot(a.x - b.x, a.y - b.y) / 2;
    all.push(half);
    for (const k of [a.key, b.key]) {
      const list = halves.get(k);
      if (list) list.push(half);
      else halves.set(k, [half]);
    }
  }
  return {
    areas,
    accuracy: new Map([...halves].map(([k, v]) => [k, accuracyOf(v)])),
    overall: accuracyOf(all),
    coincident,
    conflicts,
  };
}
