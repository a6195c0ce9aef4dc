import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root: Bremerhaven's package lives here (data/, public/geo/). */
export const REPO_ROOT = resolve(import.meta.dirname, '..');
/** The packages shipped beside it: pakete/<name>/ with the same layout. */
export const PACKAGES_DIR = join(REPO_ROOT, 'pakete');
/** The default package's name (PAKET=bremerhaven or no PAKET: the repository's root). */
export const DEFAULT_PACKAGE = 'bremerhaven';

/**
 * The root of the package `PAKET` names (or `name`): the repository's own for Bremerhaven, else
 * pakete/<name>/. An unknown name is an error that lists the shipped ones.
 */
export function packageRoot(name: string | undefined = process.env.PAKET): string {
  if (!name || name === DEFAULT_PACKAGE) return REPO_ROOT;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !existsSync(join(PACKAGES_DIR, name, 'data/paket.json')))
    throw new Error(
      `PAKET=${name}: kein Paket pakete/${name}/ mit data/paket.json (vorhanden: ${shippedPackages().join(', ')})`,
    );
  return join(PACKAGES_DIR, name);
}

/** The names of the shipped packages, Bremerhaven first. */
export function shippedPackages(): string[] {
  const others = existsSync(PACKAGES_DIR)
    ? readdirSync(PACKAGES_DIR).filter((d) => existsSync(join(PACKAGES_DIR, d, 'data/paket.json')))
    : [];
  return [DEFAULT_PACKAGE, ...others.sort()];
}
