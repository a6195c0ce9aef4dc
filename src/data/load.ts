import * as z from 'zod/mini';
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

const featureCollection = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});
const configSchema = z.object({
  /** Optional online raster basemap (e.g. basemap.de); null or missing = offline background only. */
  hintergrundkarte: z.optional(
    z.nullable(z.object({ tiles: z.array(z.url()).check(z.minLength(1)), attribution: z.string() })),
  ),
});

async function optionalJson<T>(url: string, schema: z.ZodMiniType<T>): Promise<T | null> {
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    const parsed = schema.safeParse(await res.json());
    if (!parsed.success) console.warn(`${url}: ${parsed.error.issues[0]?.message ?? 'ungültig'}`);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Map decoration that the app can do without: city outline, port area, optional basemap config. */
export async function loadExtras(): Promise<Extras> {
  const [outline, port, config] = await Promise.all([
    optionalJson(`${base}geo/stadtgebiet.geojson`, featureCollection),
    optionalJson(`${base}geo/ueberseehafen.geojson`, featureCollection),
    optionalJson(`${base}config.json`, configSchema),
  ]);
  return {
    outline: outline as GeoJSON.FeatureCollection | null,
    port: port as GeoJSON.FeatureCollection | null,
    basemap: config?.hintergrundkarte ?? null,
  };
}
