import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { MapLevel } from '../../src/domain/levels.ts';
import { importOfficial } from '../../src/data/import/geo/boundaries.ts';
import { parsePackage } from '../../src/data/package.ts';
import { readPackageTexts } from '../data-check/read.ts';
import { packageRoot } from '../paket.ts';

const USAGE = `npm run geo:import -- <datei.geojson|datei.zip> [--schluessel FELD (sonst erkannt)] [--name FELD] [--crs EPSG:25832] [--behalten 20] [--ziel public/geo]

  datei         amtliche Grenzen der feinsten Ebene (Bremerhaven: Ortsteile) als GeoJSON oder gezipptes Shapefile (.shp, .shx, .dbf, .prj)
  --schluessel  Feld mit dem Gebietsschlüssel (wie im Paket, z. B. 215, oder in amtlicher Form, z. B. 2150); sonst erkannt
  --name        Feld mit dem Gebietsnamen (sonst aus data/gebiete.csv)
  --crs         Koordinatensystem, falls die Datei keines angibt (z. B. EPSG:25832); sonst aus dem Koordinatenbereich erkannt
  --behalten    Prozent der Stützpunkte, die die Vereinfachung behält (Standard 20)
  --ziel        Zielordner (Standard: public/geo des Pakets; PAKET=<name> wählt ein Paket unter pakete/)`;

const root = packageRoot();
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) {
  console.error(USAGE);
  process.exit(2);
}
const { pkg } = parsePackage(readPackageTexts(root).texts);
const result = await importOfficial({
  fileName: basename(file),
  bytes: readFileSync(file),
  ...(opt('--schluessel') ? { keyField: opt('--schluessel')! } : {}),
  ...(opt('--name') ? { nameField: opt('--name')! } : {}),
  ...(opt('--crs') ? { crs: opt('--crs')! } : {}),
  keepPercent: Number(opt('--behalten') ?? 20),
  areas: pkg.areas,
  levels: pkg.manifest.ebenen.map((e) => ({ id: e.id, namen: e.namen.de })),
  quelle: 'amtliche-grenzen',
  ...(pkg.manifest.herausgeber[0] ? { attribution: pkg.manifest.herausgeber[0] } : {}),
});
for (const n of result.notices) console.log(n);
if (result.errors.length > 0) {
  for (const e of result.errors) console.error(e);
  console.error('Import abgebrochen: public/geo bleibt unverändert.');
  process.exit(1);
}
const out = resolve(opt('--ziel') ?? join(root, 'public/geo'));
const written: string[] = [];
for (const [slot, text] of Object.entries(result.files) as [MapLevel, string][]) {
  const name = basename(pkg.files[slot]!);
  writeFileSync(join(out, name), text);
  written.push(name);
}
console.log(`Importiert nach ${out}: ${written.join(', ')}`);
for (const r of result.report) console.log(`  ${r.schluessel} ${r.name}: ${r.flaeche_km2.toFixed(2)} km²`);
console.log('Jetzt npm run data:check ausführen.');
