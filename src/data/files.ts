/**
 * The data package's files and where they live (no dependencies beyond the level slots: the first
 * view's loader imports this without the schemas and parsers, which run in the validation worker).
 */
import { MAP_LEVELS, type MapLevel } from '../domain/levels.ts';

/** A level's vector tiles (PMTiles) as a site path: `geo/<name>.pmtiles`. */
export const TILE_FILE = /^geo\/[a-z0-9][a-z0-9_-]{0,60}\.pmtiles$/;

/** The files every package has, by path relative to the package root. */
export const PACKAGE_FILES = {
  /** The manifest: the territory, its levels, their boundary files and defaults (see manifest.ts). */
  paket: 'data/paket.json',
  gebiete: 'data/gebiete.csv',
  indikatoren: 'data/indikatoren.json',
  quellen: 'data/quellen.json',
  beobachtungen: 'data/beobachtungen.csv',
  einrichtungen: 'data/einrichtungen.geojson',
} as const;
export type StaticFileKey = keyof typeof PACKAGE_FILES;
/** The boundary files: one per level the manifest names, and the territory's outline. */
export type GeoFileKey = MapLevel | 'umriss';
export type PackageFileKey = StaticFileKey | GeoFileKey;
export const STATIC_FILE_KEYS = Object.keys(PACKAGE_FILES) as StaticFileKey[];

/** What the file list needs of a manifest: each level's boundary file and the outline (site paths). */
export interface FileManifest {
  ebenen: readonly { datei: string }[];
  umriss: string;
}

/** Site path (`geo/…`) → path in the package (`public/geo/…`: the build copies public/ to the root). */
const inPackage = (site: string) => `public/${site}`;

/** The package's files by key, as paths relative to its root: the fixed ones and the manifest's. */
export function packageFiles(
  m: FileManifest,
): Partial<Record<PackageFileKey, string>> & typeof PACKAGE_FILES {
  const out: Partial<Record<PackageFileKey, string>> & typeof PACKAGE_FILES = { ...PACKAGE_FILES };
  m.ebenen.forEach((e, i) => (out[MAP_LEVELS[i]!] = inPackage(e.datei)));
  out.umriss = inPackage(m.umriss);
  return out;
}

/**
 * Where a package file lives on the built site: `data/…` as in the package, the geometry at `geo/…`
 * (the package's `public/geo/`). A published package has the same layout, so it is deployed by
 * unpacking it into the site (or into the folder `public/config.json` names).
 */
export const sitePath = (path: string): string => path.replace(/^public\//, '');

/**
 * The file list from a manifest's text, read loosely (the loaders need it before the manifest is
 * validated; the validator reports what is wrong with it): a level whose `datei` is not a plain
 * `geo/….geojson` path is left out.
 */
export function manifestFiles(
  text: string | undefined,
): Partial<Record<PackageFileKey, string>> & typeof PACKAGE_FILES {
  const geo = (v: unknown) =>
    typeof v === 'string' && /^geo\/[a-z0-9][a-z0-9_-]{0,60}\.geojson$/.test(v) ? v : undefined;
  let m: { ebenen?: unknown; umriss?: unknown } = {};
  try {
    m = (JSON.parse((text ?? '').replace(/^\uFEFF/, '')) as typeof m | null) ?? {};
  } catch {
    // reported by the validator
  }
  const out: Partial<Record<PackageFileKey, string>> & typeof PACKAGE_FILES = { ...PACKAGE_FILES };
  if (Array.isArray(m.ebenen))
    m.ebenen.slice(0, MAP_LEVELS.length).forEach((e: unknown, i) => {
      const d = geo((e as { datei?: unknown } | null)?.datei);
      if (d) out[MAP_LEVELS[i]!] = inPackage(d);
    });
  const u = geo(m.umriss);
  if (u) out.umriss = inPackage(u);
  return out;
}
