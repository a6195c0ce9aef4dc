import { geoIdentity, geoPath } from 'd3-geo';
import type { AreaKey } from '../domain/ids.ts';
import type { BoundaryFeature } from '../data/schemas.ts';
import { bbox } from '../domain/geo/bbox.ts';

/** Longitude scaled by cos(latitude) at the features' middle: a planar view true to shape there. */
function lonScale(features: readonly BoundaryFeature[]): number {
  const [, s, , n] = bbox(features.map((f) => f.geometry));
  return Number.isFinite(s) && Number.isFinite(n) ? Math.cos((((s + n) / 2) * Math.PI) / 180) : 1;
}

type Ring = number[][];
const planar = (g: BoundaryFeature['geometry'], K: number): GeoJSON.Geometry =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r: Ring) => r.map(([x, y]) => [x! * K, y!])) }
    : {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((p: Ring[]) => p.map((r) => r.map(([x, y]) => [x! * K, y!]))),
      };

export interface SvgShapes {
  shapes: { key: AreaKey; d: string }[];
  /** The `overlay` features in the same projection (fitted to both sets). */
  overlay: { key: AreaKey; d: string }[];
  /** Projects a longitude/latitude into the SVG's coordinates. */
  project: (lonLat: readonly [number, number]) => [number, number] | null;
}

/**
 * Boundary features as SVG paths fitted into a w×h box (planar, so the winding order of rings
 * does not matter, unlike d3's spherical projections).
 */
export function svgShapes(
  features: readonly BoundaryFeature[],
  w: number,
  h: number,
  pad = 4,
  overlayFeatures: readonly BoundaryFeature[] = [],
  /** The box's top left corner (a figure places its map inside a page). */
  origin: readonly [number, number] = [0, 0],
): SvgShapes {
  const K = lonScale([...features, ...overlayFeatures]);
  const planarOf = (list: readonly BoundaryFeature[]) =>
    list.map((f) => ({ key: f.properties.schluessel, geometry: planar(f.geometry, K) }));
  const geoms = planarOf(features);
  const over = planarOf(overlayFeatures);
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [origin[0] + pad, origin[1] + pad],
        [origin[0] + w - pad, origin[1] + h - pad],
      ],
      {
        type: 'FeatureCollection',
        features: [...geoms, ...over].map((g) => ({ type: 'Feature', properties: {}, geometry: g.geometry })),
      },
    );
  const path = geoPath(projection);
  return {
    shapes: geoms.map((g) => ({ key: g.key, d: path(g.geometry) ?? '' })),
    overlay: over.map((g) => ({ key: g.key, d: path(g.geometry) ?? '' })),
    project: ([lon, lat]) => projection([lon * K, lat]),
  };
}
