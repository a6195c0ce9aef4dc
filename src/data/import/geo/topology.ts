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
 * Visvalingam weights (spherical triangle area, steradians), with every ring kept a ring
 * (mapshaper's keep-shapes): arc end points are always kept, so a ring of three or more arcs
 * survives; a ring of one closed arc (an island, an exclave) keeps its two most important interior
 * points, a ring of two arcs one on each.
 */
function weighted(fc: Polygons): Topo {
  const t = presimplify(toTopology(fc) as never, sphericalTriangleArea) as unknown as Topo;
  const arcs = t.arcs as unknown as number[][][];
  const rings = t.objects.areas.geometries.flatMap((g) =>
    g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [],
  );
  for (const ring of rings) {
    if (ring.length > 2) continue;
    for (const index of ring) {
      const arc = arcs[index < 0 ? ~index : index]!;
      const inner = arc.slice(1, -1).sort((a, b) => b[2]! - a[2]!);
      for (const p of inner.slice(0, ring.length === 1 ? 2 : 1)) p[2] = Infinity;
    }
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
