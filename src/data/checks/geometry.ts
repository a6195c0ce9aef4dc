import { aggregate } from '../../domain/aggregate.ts';
import { LAST_YEAR, POPULATION } from '../../domain/ids.ts';
import { MAP_LEVELS } from '../../domain/levels.ts';
import { levelId, obsKey, PACKAGE_FILES as F } from '../package.ts';
import type { ValueContext } from './context.ts';

/** Facilities: every facility names a known source. */
export function checkFacilities({ pkg, issues, sources }: ValueContext): void {
  for (const fac of pkg.facilities)
    if (!sources.has(fac.properties.quelle))
      issues.add(
        F.einrichtungen,
        `unbekannte Quelle „${fac.properties.quelle}“`,
        `Einrichtung ${fac.id}`,
        'properties.quelle',
      );
}

/**
 * Geometry ↔ registry ↔ data: per level of the manifest its file, each key once and of that level,
 * with population data, closed rings, and a geometry for every area of the level.
 */
export function checkGeometry({ pkg, issues, areas, sources, values, agg: ctx }: ValueContext): void {
  const withheld = new Set(pkg.symbols.map((o) => obsKey(o.gebiet, o.indikator, o.jahr)));
  for (const level of MAP_LEVELS) {
    const file = pkg.files[level];
    const layer = pkg.boundaries[level];
    if (!layer || !file) continue;
    const id = levelId(pkg.manifest, level);
    if (!sources.has(layer.quelle))
      issues.add(file, `unbekannte Quelle „${layer.quelle}“`, undefined, 'quelle');
    if (layer.ebene !== id)
      issues.add(file, `Ebene „${layer.ebene}“, laut paket.json „${id}“`, undefined, 'ebene');
    const seen = new Set<string>();
    for (const feat of layer.features) {
      const k = feat.properties.schluessel;
      if (seen.has(k)) issues.add(file, `Schlüssel ${k} doppelt`, `Feature ${k}`, 'properties.schluessel');
      seen.add(k);
      if (areas.get(k)?.ebene !== level)
        issues.add(
          file,
          `Schlüssel ${k} ist kein(e) ${id} im Gebietsverzeichnis`,
          `Feature ${k}`,
          'properties.schluessel',
        );
      else if (
        !values.has(obsKey(k, POPULATION, LAST_YEAR)) &&
        aggregate(ctx, POPULATION, k, LAST_YEAR) === undefined &&
        // A value withheld with a symbol (– . x / …) is data too: the source says why it is missing.
        ![k, ...ctx.ortsteile(k)].some((o) => withheld.has(obsKey(o, POPULATION, LAST_YEAR)))
      )
        issues.add(
          file,
          `keine Einwohnerdaten für ${k} (${LAST_YEAR})`,
          `Feature ${k}`,
          'properties.schluessel',
        );
      for (const poly of feat.geometry.type === 'Polygon'
        ? [feat.geometry.coordinates]
        : feat.geometry.coordinates)
        poly.forEach((ring, r) => {
          const a = ring[0]!;
          const b = ring.at(-1)!;
          if (a[0] !== b[0] || a[1] !== b[1])
            issues.add(file, `Ring ${r + 1} ist nicht geschlossen`, `Feature ${k}`, 'geometry.coordinates');
        });
    }
    for (const a of pkg.areas)
      if (a.ebene === level && !seen.has(a.schluessel))
        issues.add(file, `keine Geometrie für ${a.schluessel} ${a.name}`, `Gebiet ${a.schluessel}`);
  }
}
