import { NO_CONFIG, parseConfig, type MapConfig } from './config.ts';
import { PACKAGE_FILES, STATIC_FILE_KEYS, type PackageFileKey, type StaticFileKey } from './files.ts';
import { packageLocation, packageUrl, siteConfig } from './location.ts';
import type { PackageTexts } from './package.ts';

/**
 * Fetch every package file as bytes (decoded by the package's own rules in the validation worker:
 * UTF-8 only, see text.ts) from the folder config.json names, the boundary files its manifest
 * lists; a failed request names the file. The package lies at stable paths beside the app
 * (tools/build/package.ts), so a published package is deployed by unpacking it into the site, and
 * the Service Worker revalidates it on every start.
 */
export async function loadPackageTexts(): Promise<PackageTexts> {
  const loc = await packageLocation();
  const keys = new Set<PackageFileKey>([
    ...STATIC_FILE_KEYS,
    ...(Object.keys(loc.files) as PackageFileKey[]),
  ]);
  const entries = await Promise.all(
    [...keys].map(async (k) => {
      const path = loc.files[k] ?? PACKAGE_FILES[k as StaticFileKey];
      const url = packageUrl(loc, path);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return [k, new Uint8Array(await res.arrayBuffer())] as const;
    }),
  );
  return Object.fromEntries(entries) as PackageTexts;
}

/** The deployment's config; a missing file means the defaults, a broken one is reported. */
export async function loadConfig(): Promise<MapConfig> {
  const { json, problem } = await siteConfig();
  return problem ? { ...NO_CONFIG, problem } : parseConfig(json);
}
