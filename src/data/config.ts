import { packageFolder } from './location.ts';

/**
 * `public/config.json`, the deployment's settings: `paket`, the folder of the data package (see
 * location.ts; default the site's root), and an optional online raster basemap (e.g. basemap.de's
 * WMTS), off by default. A malformed entry is ignored with a message naming the
 * file and field; the app keeps its offline background.
 */
export interface MapConfig {
  basemap: { tiles: string[]; attribution: string } | null;
  problem: string | null;
}

export const NO_CONFIG: MapConfig = { basemap: null, problem: null };

export function parseConfig(json: unknown): MapConfig {
  const paket = (json as { paket?: unknown } | null)?.paket;
  if (packageFolder(paket) === null)
    return {
      basemap: null,
      problem: `config.json, Feld paket: „${String(paket)}“ ist kein Ordner der Website (z. B. "pakete/meine-kommune"; ohne .. und ohne https://) – das Paket der Website wird verwendet`,
    };
  const b = (json as { hintergrundkarte?: unknown } | null)?.hintergrundkarte;
  if (b === undefined || b === null) return NO_CONFIG;
  const { tiles, attribution } = b as { tiles?: unknown; attribution?: unknown };
  if (
    Array.isArray(tiles) &&
    tiles.length > 0 &&
    tiles.every((t) => typeof t === 'string' && /^https:\/\//.test(t)) &&
    typeof attribution === 'string'
  )
    return { basemap: { tiles: tiles as string[], attribution }, problem: null };
  return {
    basemap: null,
    problem:
      'config.json, Feld hintergrundkarte: erwartet {"tiles": ["https://…/{z}/{y}/{x}.png"], "attribution": "…"}',
  };
}
