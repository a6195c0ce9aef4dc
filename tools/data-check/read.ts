import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDRESS_FILE } from '../../src/data/addressFile.ts';
import { PACKAGE_FILES, type PackageTexts } from '../../src/data/package.ts';

/**
 * A package's files from `root`: the repository (data/, public/geo/), a built site or a published
 * package (data/, geo/). Missing files are named.
 */
export function readPackageTexts(root: string): { texts: PackageTexts; missing: string[] } {
  const missing: string[] = [];
  const texts = Object.fromEntries(
    Object.entries(PACKAGE_FILES).map(([k, rel]) => {
      // The repository's layout (public/geo/…) or a built site's and a published package's (geo/…).
      const p =
        [rel, rel.replace(/^public\//, '')].map((r) => join(root, r)).find(existsSync) ?? join(root, rel);
      if (!existsSync(p)) {
        missing.push(rel);
        return [k, new Uint8Array()];
      }
      return [k, new Uint8Array(readFileSync(p))];
    }),
  ) as PackageTexts;
  return { texts, missing };
}

/** The package's address index (geo/adressen.json), which only some packages have. */
export function readAddressText(root: string): string | undefined {
  const p = [ADDRESS_FILE, `public/${ADDRESS_FILE}`].map((r) => join(root, r)).find(existsSync);
  return p ? readFileSync(p, 'utf8') : undefined;
}
