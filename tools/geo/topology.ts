import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Topology-safe simplification and dissolve without a native toolchain: topojson splits the
 * polygons into shared arcs, so a border two areas share is simplified once and stays identical
 * on both sides, and a dissolve merges along those arcs (no slivers).
 */
type Polygons = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
type Props = Record<string, unknown>;
type Topo = Topology<{ areas: GeometryCollection<Props> }>;

const toTopology = (fc: Polygons): Topo => topology({ areas: fc }) as unknown as Topo;

/**
 * Visvalingam weights (spherical triangle area, steradians) with every arc keeping its most
 * important interior points, so no ring collapses (mapshaper's keep-shapes): a closed arc (an island,
 * an exclave) keeps two, every other arc one besides its end points.
 */
function weighted(fc: Polygons): Topo {
  const t = presimplify(toTopology(fc) as never, sphericalTriangleArea) as unknown as Topo;
  for (const arc of t.arcs as unknown as number[][][]) {
    const closed = arc.length > 2 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1];
    const inner = arc.slice(1, -1).sort((a, b) => b[2]! - a[2]!);
    for (const p of inner.slice(0, closed ? 2 : 1)) p[2] = Infinity;
  }
  return t;
}

/** Keep the given fraction (0–1) of the interior vertices. */
export function simplifyShare(fc: Polygons, keep: number): Topo {
  const t = weighted(fc);
  return keep >= 1 ? t : (simplify(t as never, quantile(t as never, keep)) as unknown as Topo);
}

/** Drop vertices whose effective area is below interval² (interval in metres, on the sphere). */
export function simplifyInterval(fc: Polygons, intervalM: number): Topo {
  const r = intervalM / 6_371_008.8;
  return simplify(weighted(fc) as never, r * r) as unknown as Topo;
}

export interface Merged {
  key: string;
  geometry: GeoJSON.MultiPolygon;
}

/** The topology's areas, each as its (simplified) feature. */
export const featuresOf = (t: Topo): GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[] =>
  t.objects.areas.geometries.map((g) => ({
    type: 'Feature',
    properties: g.properties ?? {},
    geometry: merge(t as never, [g as never]),
  }));

/** Dissolve the areas by a property (e.g. each Ortsteil's Stadtteil) along their shared arcs. */
export function dissolve(t: Topo, field: string): Merged[] {
  const groups = new Map<string, typeof t.objects.areas.geometries>();
  for (const g of t.objects.areas.geometries) {
    const key = String((g.properties as Props | undefined)?.[field]);
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  return [...groups].map(([key, gs]) => ({ key, geometry: merge(t as never, gs as never) }));
}
