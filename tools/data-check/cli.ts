import { resolve } from 'node:path';
import { FINEST } from '../../src/domain/levels.ts';
import { readAddressText, readPackageTexts } from './read.ts';
import { ADDRESS_FILE, parseAddressFile } from '../../src/data/addressFile.ts';
import { checkPackage } from '../../src/data/checks/index.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { parsePackage } from '../../src/data/package.ts';
import { packageRoot } from '../paket.ts';

/**
 * npm run data:check [-- --root <dir>]
 * `<dir>` is the repository (data/, public/geo/), a package under pakete/, a built site or a
 * published package (data/, geo/); without it, the package PAKET names (default Bremerhaven).
 * Validates the whole data package through the app's schemas and cross-file rules. Exits non-zero
 * with one line per problem naming the file, the row or feature, and the field.
 */
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? resolve(process.argv[rootArg + 1]!) : packageRoot();
const started = performance.now();
const { texts, missing } = readPackageTexts(root);
if (missing.length > 0) {
  for (const m of missing) console.error(`${m}: Datei fehlt`);
  process.exit(1);
}
const { pkg, issues } = parsePackage(texts);
const all = [...issues, ...checkPackage(pkg)];
// The address index, where the finest level's boundaries say the package has one.
const addresses = pkg.boundaries.ebene1?.adressen;
if (addresses !== undefined) {
  const text = readAddressText(root);
  if (text === undefined)
    all.push({
      datei: ADDRESS_FILE,
      meldung: `Datei fehlt (${pkg.files.ebene1} nennt ${addresses} Adressen)`,
    });
  else {
    const ortsteile = new Set<string>(pkg.areas.filter((a) => a.ebene === FINEST).map((a) => a.schluessel));
    all.push(...parseAddressFile(text, ortsteile, addresses).issues);
  }
}
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
