import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTLINE_PACKAGE } from '../geo/outline.ts';

/**
 * All German municipalities (VG250 land parts, GF 4) for the bench's scale case, from the same
 * npm package the city outline comes from, simplified with mapshaper to 10 % of the vertices
 * (a national overview map, not a cadastral one). Cached in .cache/bench.
 */
export function scaleGeoJson(cacheDir: string): string {
  const out = join(cacheDir, 'gemeinden.geojson');
  if (existsSync(out)) return out;
  mkdirSync(cacheDir, { recursive: true });
  console.log(`Lade ${OUTLINE_PACKAGE} für den Skalierungsfall …`);
  const tgz = execFileSync('npm', ['pack', OUTLINE_PACKAGE, '--silent', '--pack-destination', cacheDir], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('tar', ['-xzf', join(cacheDir, tgz), '-C', cacheDir, 'package/gemeinden.geo.json']);
  const raw = JSON.parse(readFileSync(join(cacheDir, 'package/gemeinden.geo.json'), 'utf8')) as unknown;
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
  const tmp = join(cacheDir, 'roh.geojson');
  writeFileSync(tmp, JSON.stringify({ type: 'FeatureCollection', features }));
  execFileSync(
    join('node_modules', '.bin', 'mapshaper'),
    [tmp, '-simplify', '10%', 'keep-shapes', '-o', out, 'precision=0.00001', 'format=geojson'],
    { stdio: 'inherit' },
  );
  rmSync(tmp);
  rmSync(join(cacheDir, 'package'), { recursive: true });
  rmSync(join(cacheDir, tgz));
  return out;
}
