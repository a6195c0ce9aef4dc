import { resolve } from 'node:path';
import { readAddressText, readOptionalBytes, readOptionalText, readPackageTexts } from './read.ts';
import { FINEST } from '../../src/domain/levels.ts';
import { ADDRESS_FILE, parseAddressFile } from '../../src/data/addressFile.ts';
import { ADDRESS_POINTS_FILE, parseAddressPoints } from '../../src/data/addressPoints.ts';
import { bbox } from '../../src/domain/geo/bbox.ts';
import { checkPackage } from '../../src/data/checks/index.ts';
import { formatIssue, type Issue } from '../../src/data/issues.ts';
import { parsePackage } from '../../src/data/package.ts';
import { packageRoot, shippedPackages } from '../paket.ts';
import { MAP_LEVELS } from '../../src/domain/levels.ts';
import { checkTiles } from '../../src/data/tiles.ts';

/**
 * npm run data:check [-- --root <dir> | --alle]
 * `<dir>` is the repository (data/, public/geo/), a package under pakete/, a built site or a
 * published package (data/, geo/); without it, the package PAKET names (default Bremerhaven);
 * `--alle` checks every shipped package. Validates the whole data package through the app's
 * schemas and cross-file rules. Exits non-zero with one line per problem naming the file, the row
 * or feature, and the field.
 */
function check(root: string): { issues: Issue[]; summary: string } {
  const started = performance.now();
  const { texts, missing } = readPackageTexts(root);
  if (missing.length > 0)
    return { issues: missing.map((m) => ({ datei: m, meldung: 'Datei fehlt' })), summary: '' };
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
      const finest = new Set<string>(pkg.areas.filter((a) => a.ebene === FINEST).map((a) => a.schluessel));
      all.push(...parseAddressFile(text, finest, addresses).issues);
    }
  }
  // The addresses' positions (coverage counts residents there), where the boundaries name them.
  const finestLayer = pkg.boundaries.ebene1;
  const points = finestLayer?.adresspunkte;
  if (finestLayer && points !== undefined) {
    const text = readOptionalText(root, ADDRESS_POINTS_FILE);
    if (text === undefined)
      all.push({
        datei: ADDRESS_POINTS_FILE,
        meldung: `Datei fehlt (${pkg.files.ebene1} nennt ${points} Adresslagen)`,
      });
    else {
      const finest = new Map(
        pkg.areas.filter((a) => a.ebene === FINEST).map((a) => [a.schluessel as string, a.schluessel]),
      );
      const bounds = bbox(finestLayer.features.map((f) => f.geometry));
      all.push(...parseAddressPoints(text, finest, points, bounds).issues);
    }
  }
  // Vector tiles of a level (manifest `kacheln`): readable, and made from this GeoJSON's keys.
  pkg.manifest.ebenen.forEach((e, i) => {
    if (!e.kacheln) return;
    const bytes = readOptionalBytes(root, e.kacheln);
    const layer = pkg.boundaries[MAP_LEVELS[i]!];
    if (bytes === undefined)
      all.push({ datei: e.kacheln, meldung: 'Datei fehlt (paket.json nennt sie als Kacheln)' });
    else if (layer)
      all.push(
        ...checkTiles(
          bytes,
          e.kacheln,
          e.id,
          layer.features.map((f) => f.properties.schluessel),
        ),
      );
  });
  const ms = performance.now() - started;
  return {
    issues: all,
    summary:
      all.length > 0
        ? `${all.length} Problem(e) in ${ms.toFixed(0)} ms`
        : `Datenpaket gültig (${pkg.areas.length} Gebiete, ${pkg.catalogue.indikatoren.length} Indikatoren, ` +
          `${pkg.observations.length} Werte, ${pkg.facilities.length} Einrichtungen, ${pkg.sources.length} Quellen) in ${ms.toFixed(0)} ms`,
  };
}

const rootArg = process.argv.indexOf('--root');
const roots = process.argv.includes('--alle')
  ? shippedPackages().map((name) => ({ name, root: packageRoot(name) }))
  : [{ name: '', root: rootArg > 0 ? resolve(process.argv[rootArg + 1]!) : packageRoot() }];
let failed = false;
for (const { name, root } of roots) {
  const { issues, summary } = check(root);
  const label = name ? `data:check ${name}` : 'data:check';
  if (issues.length > 0) {
    failed = true;
    for (const i of issues.slice(0, 200)) console.error(formatIssue(i));
    if (issues.length > 200) console.error(`… und ${issues.length - 200} weitere`);
    console.error(`${label}: ${summary || 'Dateien fehlen'}`);
  } else console.log(`${label}: ${summary}`);
}
if (failed) process.exit(1);
