import { NO_CONFIG, parseConfig, type MapConfig } from './config.ts';
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
  stadtgebiet: `${base}geo/stadtgebiet.geojson`,
};

/**
 * Fetch every package file as bytes (decoded by the package's own rules in the validation worker:
 * UTF-8 only, see text.ts); a failed request names the file.
 */
export async function loadPackageTexts(): Promise<PackageTexts> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([k, url]) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return [k, new Uint8Array(await res.arrayBuffer())] as const;
    }),
  );
  return Object.fromEntries(entries) as PackageTexts;
}

/** The deployment's config; a missing file means the defaults, a broken one is reported. */
export async function loadConfig(): Promise<MapConfig> {
  try {
    const res = await fetch(`${base}config.json`);
    if (!res.ok) return NO_CONFIG;
    const text = await res.text();
    try {
      return parseConfig(JSON.parse(text));
    } catch (e) {
      return { basemap: null, problem: `config.json: kein gültiges JSON: ${(e as Error).message}` };
    }
  } catch {
    return NO_CONFIG;
  }
}
