import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDRESS_FILE } from '../../src/data/addressFile.ts';
import {
  manifestFiles,
  PACKAGE_FILES,
  type PackageFileKey,
  type PackageFilesOf,
  type PackageTexts,
} from '../../src/data/package.ts';

/** A file of the package at `root` in the repository's layout (public/geo/…) or a site's (geo/…). */
function find(root: string, rel: string): string | undefined {
  return [rel, rel.replace(/^public\//, '')].map((r) => join(root, r)).find(existsSync);
}

/**
 * A package's files from `root`: the repository or a package under pakete/ (data/, public/geo/), a
 * built site or a published package (data/, geo/). The manifest names the boundary files; missing
 * files are named.
 */
export function readPackageTexts(root: string): { texts: PackageTexts; missing: string[] } {
  const missing: string[] = [];
  const manifest = find(root, PACKAGE_FILES.paket);
  const files = manifestFiles(manifest ? readFileSync(manifest, 'utf8') : undefined);
  const texts = {} as PackageTexts;
  for (const [k, rel] of Object.entries(files) as [PackageFileKey, string][]) {
    const p = find(root, rel);
    if (!p) {
      missing.push(rel);
      texts[k] = new Uint8Array();
    } else texts[k] = new Uint8Array(readFileSync(p));
  }
  return { texts, missing };
}

/** The package's files as text (tests and tools), from `root`. */
export function readPackageStrings(root: string): PackageFilesOf<string> {
  const { texts } = readPackageTexts(root);
  return Object.fromEntries(
    Object.entries(texts).map(([k, b]) => [k, new TextDecoder().decode(b as Uint8Array)]),
  ) as PackageFilesOf<string>;
}

/** A geo file only some packages have (at the site's path or in the repository's public/). */
export function readOptionalText(root: string, path: string): string | undefined {
  const p = [path, `public/${path}`].map((r) => join(root, r)).find(existsSync);
  return p ? readFileSync(p, 'utf8') : undefined;
}

/** The package's address index (geo/adressen.json), which only some packages have. */
export const readAddressText = (root: string): string | undefined => readOptionalText(root, ADDRESS_FILE);

/** A binary geo file only some packages have (vector tiles), as for readOptionalText. */
export function readOptionalBytes(root: string, path: string): Uint8Array | undefined {
  const p = [path, `public/${path}`].map((r) => join(root, r)).find(existsSync);
  return p ? new Uint8Array(readFileSync(p)) : undefined;
}
