import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseCsv } from '../../src/data/csv.ts';
import { importOfficial } from '../../src/data/import/geo/boundaries.ts';

const USAGE = `npm run geo:import -- <datei.geojson|datei.zip> [--schluessel FELD (sonst erkannt)] [--name FELD] [--crs EPSG:25832] [--behalten 20] [--ziel public/geo]

  datei         amtliche Ortsteilgrenzen als GeoJSON oder gezipptes Shapefile (.shp, .shx, .dbf, .prj)
  --schluessel  Feld mit dem Ortsteilschlüssel (3-stellig, z. B. 215, oder 4-stellig, z. B. 2150); Standard: schluessel
  --name        Feld mit dem Ortsteilnamen (sonst aus data/gebiete.csv)
  --crs         Koordinatensystem, falls die Datei keines angibt (z. B. EPSG:25832); sonst aus dem Koordinatenbereich erkannt
  --behalten    Prozent der Stützpunkte, die die Vereinfachung behält (Standard 20)
  --ziel        Zielordner (Standard public/geo)`;

const root = resolve(import.meta.dirname, '../..');
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
const areas = parseCsv(readFileSync(join(root, 'data/gebiete.csv'), 'utf8')).rows as {
  schluessel: string;
  ebene: string;
  name: string;
  eltern: string;
}[];
const result = await importOfficial({
  fileName: basename(file),
  bytes: readFileSync(file),
  ...(opt('--schluessel') ? { keyField: opt('--schluessel')! } : {}),
  ...(opt('--name') ? { nameField: opt('--name')! } : {}),
  ...(opt('--crs') ? { crs: opt('--crs')! } : {}),
  keepPercent: Number(opt('--behalten') ?? 20),
  areas,
  quelle: 'amtliche-grenzen',
  attribution: (JSON.parse(readFileSync(join(root, 'data/paket.json'), 'utf8')) as { herausgeber?: string[] })
    .herausgeber?.[0],
});
for (const n of result.notices) console.log(n);
if (result.errors.length > 0) {
  for (const e of result.errors) console.error(e);
  console.error('Import abgebrochen: public/geo bleibt unverändert.');
  process.exit(1);
}
const out = resolve(opt('--ziel') ?? join(root, 'public/geo'));
for (const [name, text] of Object.entries(result.files)) writeFileSync(join(out, name), text);
console.log(`Importiert nach ${out}: ${Object.keys(result.files).join(', ')}`);
for (const r of result.report) console.log(`  ${r.schluessel} ${r.name}: ${r.flaeche_km2.toFixed(2)} km²`);
console.log('Jetzt npm run data:check ausführen.');
