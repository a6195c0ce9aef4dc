import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../paket.ts';
import { defaultMaxZoom, levelTiles } from './pmtiles.ts';

/**
 * npm run geo:kacheln [-- --root <dir>] [--ab <n>] [--ebene <id>] [--maxzoom <z>]
 * Writes vector tiles (PMTiles) for each level of a package with at least `--ab` areas (default
 * 2,000; `--ebene <id>` for one level regardless of its size) next to its GeoJSON
 * (`geo/<id>.pmtiles`) and names them in paket.json (`kacheln`), so the map draws that level from
 * tiles read by range requests instead of one GeoJSON file. The GeoJSON stays: the table, the
 * labels, keyboard navigation and the checks read it. Levels below the threshold lose their tiles
 * from the manifest (a small level draws faster from GeoJSON). Run again after the boundaries change:
 * data:check compares the tiles' keys with the GeoJSON's.
 */
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
export const TILE_THRESHOLD = 2000;
const root = arg('--root') ? resolve(arg('--root')!) : packageRoot();
const threshold = Number(arg('--ab') ?? TILE_THRESHOLD);
const only = arg('--ebene');
const zoomArg = arg('--maxzoom');
const inRoot = (site: string) =>
  [join(root, 'public', site), join(root, site)].find(existsSync) ?? join(root, 'public', site);

const manifestPath = join(root, 'data/paket.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  ebenen: { id: string; datei: string; kacheln?: string }[];
};
for (const e of manifest.ebenen) {
  const fc = JSON.parse(readFileSync(inRoot(e.datei), 'utf8')) as GeoJSON.FeatureCollection;
  const wanted = only ? e.id === only : fc.features.length >= threshold;
  if (!wanted) {
    if (e.kacheln) console.log(`${e.id}: ${fc.features.length} Gebiete, keine Kacheln (unter ${threshold})`);
    delete e.kacheln;
    continue;
  }
  const started = performance.now();
  const maxZoom = zoomArg ? Number(zoomArg) : defaultMaxZoom(fc);
  const bytes = levelTiles(fc, e.id, e.datei, maxZoom);
  e.kacheln = e.datei.replace(/\.geojson$/, '.pmtiles');
  writeFileSync(inRoot(e.datei).replace(/\.geojson$/, '.pmtiles'), bytes);
  console.log(
    `${e.id}: ${fc.features.length} Gebiete → ${e.kacheln} (Zoom 0–${maxZoom}, ${(bytes.length / 1024).toFixed(0)} KiB) in ${(performance.now() - started).toFixed(0)} ms`,
  );
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
