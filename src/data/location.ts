import { isMapLevel, MAP_LEVELS, type MapLevel } from '../domain/levels.ts';
import { manifestFiles, TILE_FILE, type PackageFileKey } from './files.ts';

type Bounds = [number, number, number, number];
const WORLD: Bounds = [-180, -85, 180, 85];
const base = import.meta.env.BASE_URL;

/**
 * Where the page's data package lives and what the first map needs of it before it is validated:
 * the folder (`public/config.json`, `paket`), the boundary files, the first extent and the levels'
 * URL words. The build writes this for the package it was built with into the page
 * (`<meta name="qx-paket">`, tools/build/package.ts); a deployment that names another folder in
 * config.json gets it from that package's manifest instead, read loosely (the validator reports a
 * broken manifest).
 */
export interface PackageLocation {
  /** '' (the site's root) or a relative folder ending in '/'. */
  folder: string;
  /** Site paths of the package's files, relative to the folder. */
  files: Partial<Record<PackageFileKey, string>>;
  ausschnitt: Bounds;
  /** Every URL word for `ebene=`, with its slot. */
  ebenen: Record<string, MapLevel>;
  /** Levels the map draws from vector tiles (PMTiles), with the file's site path. */
  kacheln: Partial<Record<MapLevel, string>>;
  /** A file of areas the territory surrounds but that are not its own (shown hatched), if any. */
  aussparung: string | undefined;
}

/** A config.json `paket` value as a folder: relative, no `..`, no scheme; '' for the root. */
export function packageFolder(v: unknown): string | null {
  if (v === undefined || v === null || v === '' || v === '.' || v === './') return '';
  if (typeof v !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*\/?$/.test(v))
    return null;
  if (v.split('/').some((p) => p === '..' || p === '.')) return null;
  return v.endsWith('/') ? v : `${v}/`;
}

const bounds = (a: unknown): Bounds =>
  Array.isArray(a) && a.length === 4 && a.every((x) => typeof x === 'number' && Number.isFinite(x))
    ? (a as Bounds)
    : WORLD;
const geoPath = (v: unknown) =>
  typeof v === 'string' && /^geo\/[a-z0-9][a-z0-9_-]{0,60}\.geojson$/.test(v) ? v : undefined;
const tilePath = (v: unknown) => (typeof v === 'string' && TILE_FILE.test(v) ? v : undefined);
/** The tile files of the levels, by slot: from the manifest's `ebenen` (a list) or a hint (a record). */
function tilesOf(v: unknown): Partial<Record<MapLevel, string>> {
  const out: Partial<Record<MapLevel, string>> = {};
  if (Array.isArray(v))
    v.slice(0, MAP_LEVELS.length).forEach((e: unknown, i) => {
      const p = tilePath((e as { kacheln?: unknown } | null)?.kacheln);
      if (p) out[MAP_LEVELS[i]!] = p;
    });
  else if (v && typeof v === 'object')
    for (const [l, p] of Object.entries(v)) if (isMapLevel(l) && tilePath(p)) out[l] = p as string;
  return out;
}

/** The location from a manifest's text (loosely) in `folder`. */
export function locationFromManifest(text: string | undefined, folder: string): PackageLocation {
  let m: { ausschnitt?: unknown; ebenen?: unknown; aussparung?: unknown } = {};
  try {
    m = (JSON.parse((text ?? '').replace(/^\uFEFF/, '')) as typeof m | null) ?? {};
  } catch {
    // reported by the validator
  }
  const ebenen: Record<string, MapLevel> = {};
  if (Array.isArray(m.ebenen))
    m.ebenen.slice(0, MAP_LEVELS.length).forEach((e: unknown, i) => {
      const { id, urlAuch } = (e ?? {}) as { id?: unknown; urlAuch?: unknown };
      for (const w of [id, ...(Array.isArray(urlAuch) ? urlAuch : [])])
        if (typeof w === 'string') ebenen[w] = MAP_LEVELS[i]!;
    });
  const files = Object.fromEntries(
    Object.entries(manifestFiles(text)).map(([k, p]) => [k, p.replace(/^public\//, '')]),
  );
  return {
    folder,
    files,
    ausschnitt: bounds(m.ausschnitt),
    ebenen,
    kacheln: tilesOf(m.ebenen),
    aussparung: geoPath(m.aussparung),
  };
}

/** What the build wrote into the page, or undefined (a page without it: tests, a broken build). */
export function pageHint(): (PackageLocation & { titel?: string }) | undefined {
  try {
    const raw = document.querySelector('meta[name="qx-paket"]')?.getAttribute('content');
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Record<string, unknown>;
    const folder = packageFolder(v.paket) ?? '';
    const ebenen: Record<string, MapLevel> = {};
    if (v.ebenen && typeof v.ebenen === 'object')
      for (const [w, l] of Object.entries(v.ebenen))
        if (typeof l === 'string' && isMapLevel(l)) ebenen[w] = l;
    const files: Partial<Record<PackageFileKey, string>> = {};
    if (v.dateien && typeof v.dateien === 'object')
      for (const [k, p] of Object.entries(v.dateien))
        if (typeof p === 'string' && /^(data|geo)\/[a-z0-9][a-z0-9_.-]*$/.test(p))
          files[k as PackageFileKey] = p;
    return {
      folder,
      files,
      ausschnitt: bounds(v.ausschnitt),
      ebenen,
      kacheln: tilesOf(v.kacheln),
      aussparung: geoPath(v.aussparung),
    };
  } catch {
    return undefined;
  }
}

export interface SiteConfig {
  json: unknown;
  /** The text's problem (not JSON), if any. */
  problem: string | null;
}

let config: Promise<SiteConfig> | undefined;
/** The deployment's config.json (once per page); a missing file means the defaults. */
export function siteConfig(): Promise<SiteConfig> {
  config ??= (async () => {
    try {
      const res = await fetch(`${base}config.json`);
      if (!res.ok) return { json: {}, problem: null };
      const text = await res.text();
      try {
        return { json: JSON.parse(text) as unknown, problem: null };
      } catch (e) {
        return { json: {}, problem: `config.json: kein gültiges JSON: ${(e as Error).message}` };
      }
    } catch {
      return { json: {}, problem: null };
    }
  })();
  return config;
}

let located: Promise<PackageLocation> | undefined;
let current: PackageLocation | undefined;
/**
 * The package's location (once per page): config.json's folder, described by the page's hint when
 * it is the folder the build used, else by that folder's manifest.
 */
export function packageLocation(): Promise<PackageLocation> {
  located ??= (async () => {
    const hint = pageHint();
    const { json } = await siteConfig();
    const wanted = (json as { paket?: unknown } | null)?.paket;
    const folder = packageFolder(wanted) ?? hint?.folder ?? '';
    if (hint && hint.folder === folder && hint.files.paket) return (current = hint);
    let text: string | undefined;
    try {
      const res = await fetch(`${base}${folder}data/paket.json`);
      if (res.ok) text = await res.text();
    } catch {
      // the loader names the file that cannot be fetched
    }
    return (current = locationFromManifest(text, folder));
  })();
  return located;
}

/** The location once known (the app renders after the package has loaded), else the page's hint. */
export const knownLocation = (): PackageLocation =>
  current ?? pageHint() ?? locationFromManifest(undefined, '');

/** A package file's URL relative to the page (`<base><folder><site path>`). */
export const packageUrl = (loc: PackageLocation, sitePath: string): string =>
  `${base}${loc.folder}${sitePath}`;
