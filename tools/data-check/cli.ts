import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPackage } from '../../src/data/checks/index.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { PACKAGE_FILES, parsePackage, type PackageTexts } from '../../src/data/package.ts';

/**
 * npm run data:check [-- --root <dir>]
 * `<dir>` is the repository (data/, public/geo/), a built site or a published package (data/, geo/).
 * Validates the whole data package through the app's schemas and cross-file rules. Exits non-zero
 * with one line per problem naming the file, the row or feature, and the field.
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

const rootArg = process.argv.indexOf('--root');
const root = resolve(rootArg > 0 ? process.argv[rootArg + 1]! : resolve(import.meta.dirname, '../..'));
const started = performance.now();
const { texts, missing } = readPackageTexts(root);
if (missing.length > 0) {
  for (const m of missing) console.error(`${m}: Datei fehlt`);
  process.exit(1);
}
const { pkg, issues } = parsePackage(texts);
const all = [...issues, ...checkPackage(pkg)];
const ms = performance.now() - started;
if (all.length > 0) {
  for (const i of all.slice(0, 200)) console.error(formatIssue(i));
  if (all.length > 200) console.error(`… und ${all.length - 200} weitere`);
  console.error(`data:check: ${all.length} Problem(e) in ${ms.toFixed(0)} ms`);
  process.exit(1);
}
console.log(
  `data:check: Datenpaket gültig (${pkg.areas.length} Gebiete, ${pkg.catalogue.indikatoren.length} Indikatoren, ` +
    `${pkg.observations.length} Werte, ${pkg.facilities.length} Einrichtungen, ${pkg.sources.length} Quellen) in ${ms.toFixed(0)} ms`,
);
