import { unzipSync } from 'fflate';
import { combine, parseDbf, parseShp } from 'shpjs';

/** The largest part of a zipped Shapefile unpacked (a zip bomb is refused before it is inflated). */
const MAX_PART_BYTES = 200_000_000;
const PART = /\.(shp|dbf|prj|cpg)$/i;

/**
 * A zipped Shapefile read into GeoJSON (reprojected to WGS84 by shpjs when its .prj is one proj4
 * knows). The archive is unpacked by fflate, which refuses a damaged zip with an error (shpjs's own
 * unzip loops forever on one); only the Shapefile's parts are inflated, each within a size limit.
 */
export function readShapefileZip(bytes: Uint8Array): { fc: GeoJSON.FeatureCollection; prj?: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!PART.test(f.name) || f.name.includes('__MACOSX')) return false;
        if (f.originalSize > MAX_PART_BYTES)
          throw new Error(`${f.name}: entpackt ${Math.round(f.originalSize / 1e6)} MB, erlaubt 200 MB`);
        return true;
      },
    });
  } catch (e) {
    throw new Error(`kein lesbares ZIP-Archiv (${(e as Error).message})`);
  }
  const base = (name: string) => name.replace(/\.[^.]+$/, '');
  const layers = [
    ...new Set(
      Object.keys(files)
        .filter((n) => /\.shp$/i.test(n))
        .map(base),
    ),
  ];
  if (layers.length === 0) throw new Error('keine .shp-Datei im Archiv');
  if (layers.length > 1) throw new Error(`${layers.length} Shapefiles im Archiv, erwartet eines`);
  const name = layers[0]!;
  const part = (ext: string) =>
    Object.entries(files).find(([n]) => base(n) === name && n.toLowerCase().endsWith(ext))?.[1];
  const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);
  const dbf = part('.dbf');
  const prj = text(part('.prj'));
  const fc = combine([parseShp(part('.shp')!, prj), dbf ? parseDbf(dbf, text(part('.cpg'))) : undefined]);
  return prj ? { fc, prj } : { fc };
}
