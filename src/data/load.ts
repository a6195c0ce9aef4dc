import { NO_CONFIG, parseConfig, type MapConfig } from './config.ts';
import { PACKAGE_FILES, sitePath, type PackageFileKey } from './files.ts';
import type { PackageTexts } from './package.ts';

const base = import.meta.env.BASE_URL;
// The package at stable paths beside the app (tools/build/package.ts), so a published package is
// deployed by unpacking it into the site, and the Service Worker revalidates it on every start.
const urls = Object.fromEntries(
  (Object.keys(PACKAGE_FILES) as PackageFileKey[]).map((k) => [k, `${base}${sitePath(k)}`]),
) as Record<PackageFileKey, string>;

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
