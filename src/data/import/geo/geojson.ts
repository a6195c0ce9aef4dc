import type { MultiPolygon } from './polygon.ts';

/** Remove consecutive duplicate points (after rounding) so every ring stays valid. */
export function cleanRings(m: MultiPolygon): MultiPolygon {
  return m
    .map((poly) =>
      poly
        .map((ring) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]))
        .filter((ring) => ring.length >= 4),
    )
    .filter((poly) => poly.length > 0);
}

export const geometryOf = (m: MultiPolygon) =>
  m.length === 1
    ? { type: 'Polygon' as const, coordinates: m[0]! }
    : { type: 'MultiPolygon' as const, coordinates: m };

/**
 * Deterministic GeoJSON text: top-level members first, one feature per line, so a rebuild is
 * byte-identical and a diff shows which feature changed.
 */
export function writeFeatureCollection(
  members: Record<string, unknown>,
  features: readonly unknown[],
): string {
  const head = Object.entries({ type: 'FeatureCollection', ...members })
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n');
  return `{\n${head},\n  "features": [\n${features.map((f) => '    ' + JSON.stringify(f)).join(',\n')}\n  ]\n}\n`;
}
