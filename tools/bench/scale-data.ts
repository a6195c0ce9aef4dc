import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTLINE_PACKAGE, packageFile } from '../geo/outline.ts';
import { featuresOf, simplifyInterval } from '../../src/data/import/geo/topology.ts';
import { defaultMaxZoom, levelTiles } from '../geo/pmtiles.ts';

/**
 * All German municipalities (VG250 land parts, GF 4) for the bench's scale case, from the same
 * npm package the city outline comes from, simplified on shared arcs (topojson) to the resolution
 * of the view they are shown at: Germany fills the bench's 768 px height at about 1.1 km per
 * pixel. Plain Visvalingam with an interval of 1.5 km (√ of a vertex's effective area) keeps about
 * as many vertices as mapshaper's weighted Visvalingam did at 1 km (3.3 MB instead of 6.6 MB),
 * and every municipality (a national overview, not a cadastral map). Cached in .cache/bench.
 */
export function scaleGeoJson(cacheDir: string): string {
  const out = join(cacheDir, 'gemeinden-1500m.geojson');
  if (existsSync(out)) return out;
  mkdirSync(cacheDir, { recursive: true });
  console.log(`Lade ${OUTLINE_PACKAGE} für den Skalierungsfall …`);
  const raw = JSON.parse(packageFile(cacheDir, 'package/gemeinden.geo.json')) as unknown;
  const features: GeoJSON.Feature[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if ((x as { type?: string }).type === 'FeatureCollection')
      visit((x as { features: unknown[] }).features);
    else {
      const f = x as { properties: { AGS: string; GF: number; GEN: string }; geometry: GeoJSON.Geometry };
      if (f.properties.GF === 4)
        features.push({
          type: 'Feature',
          properties: { schluessel: f.properties.AGS, name: f.properties.GEN },
          geometry: f.geometry,
        });
    }
  };
  visit(raw);
  const r4 = (c: unknown): unknown =>
    typeof c === 'number' ? Math.round(c * 1e4) / 1e4 : (c as unknown[]).map(r4);
  const simplified = featuresOf(
    simplifyInterval(
      { type: 'FeatureCollection', features: features as GeoJSON.Feature<GeoJSON.Polygon>[] },
      1500,
    ),
  ).map((f) => ({ ...f, geometry: { ...f.geometry, coordinates: r4(f.geometry.coordinates) } }));
  writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features: simplified }));
  return out;
}

/**
 * The same municipalities as vector tiles (PMTiles), written by the package tool's writer with its
 * default zoom range: what a national package with `kacheln` ships. Cached beside the GeoJSON.
 */
export function scaleTiles(cacheDir: string): { file: string; ms: number; maxZoom: number } {
  const geojson = scaleGeoJson(cacheDir);
  const out = join(cacheDir, 'gemeinden-1500m.pmtiles');
  const fc = JSON.parse(readFileSync(geojson, 'utf8')) as GeoJSON.FeatureCollection;
  const maxZoom = defaultMaxZoom(fc);
  if (existsSync(out)) return { file: out, ms: NaN, maxZoom };
  const started = performance.now();
  const bytes = levelTiles(fc, 'gemeinde', 'geo/gemeinden.geojson', maxZoom);
  writeFileSync(out, bytes);
  return { file: out, ms: performance.now() - started, maxZoom };
}
