import type { Extras } from '../features/explorer/mapInput.ts';
import beobachtungen from '@data/beobachtungen.csv?url';
import einrichtungen from '@data/einrichtungen.geojson?url';
import gebiete from '@data/gebiete.csv?url';
import indikatoren from '@data/indikatoren.json?url';
import quellen from '@data/quellen.json?url';
import type { PackageTexts } from './package.ts';

const base = import.meta.env.BASE_URL;
const urls: Record<keyof PackageTexts, string> = {
  gebiete,
  indikatoren,
  quellen,
  beobachtungen,
  einrichtungen,
  ortsteile: `${base}geo/ortsteile.geojson`,
  stadtteile: `${base}geo/stadtteile.geojson`,
  stadtbezirke: `${base}geo/stadtbezirke.geojson`,
};

/** Fetch every package file as text; a failed request names the file. */
export async function loadPackageTexts(): Promise<PackageTexts> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([k, url]) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return [k, await res.text()] as const;
    }),
  );
  return Object.fromEntries(entries) as PackageTexts;
}

type Basemap = { tiles: string[]; attribution: string };

async function optionalJson(url: string): Promise<unknown> {
  try {
    const res = await fetch(url);
    return res.ok ? await res.json() : null;
  } catch {
    return null;
  }
}

const isCollection = (x: unknown): x is GeoJSON.FeatureCollection =>
  typeof x === 'object' &&
  x !== null &&
  (x as { type?: unknown }).type === 'FeatureCollection' &&
  Array.isArray((x as { features?: unknown }).features);

/** `public/config.json`: an optional online raster basemap; anything malformed is ignored with a warning. */
function basemapOf(config: unknown): Basemap | null {
  const b = (config as { hintergrundkarte?: unknown } | null)?.hintergrundkarte;
  if (b === undefined || b === null) return null;
  const { tiles, attribution } = b as { tiles?: unknown; attribution?: unknown };
  if (
    Array.isArray(tiles) &&
    tiles.length > 0 &&
    tiles.every((t) => typeof t === 'string' && /^https:\/\//.test(t)) &&
    typeof attribution === 'string'
  )
    return { tiles: tiles as string[], attribution };
  console.warn('config.json, Feld hintergrundkarte: erwartet {"tiles": ["https://…"], "attribution": "…"}');
  return null;
}

/** Map decoration that the app can do without: city outline, port area, optional basemap config. */
export async function loadExtras(): Promise<Extras> {
  const [outline, port, config] = await Promise.all([
    optionalJson(`${base}geo/stadtgebiet.geojson`),
    optionalJson(`${base}geo/ueberseehafen.geojson`),
    optionalJson(`${base}config.json`),
  ]);
  return {
    outline: isCollection(outline) ? outline : null,
    port: isCollection(port) ? port : null,
    basemap: basemapOf(config),
  };
}
