import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataPackage } from './build.ts';
import { buildFacilities } from './facilities.ts';

/**
 * npm run data:generate [-- --check]
 * Rebuilds data/ from ../shared/data (sourced facts) and the seeded sample generator.
 * With --check, writes nothing and fails if a committed file differs.
 */
const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared/data');
if (!existsSync(shared)) {
  console.error(`Fehlt: ${shared} (die Quelldaten liegen im Ordner ../shared neben dem Projekt).`);
  process.exit(1);
}
const check = process.argv.includes('--check');
const files: Record<string, string> = { ...buildDataPackage(shared) };
const geo = join(root, 'public/geo/ortsteile.geojson');
if (existsSync(geo)) files['einrichtungen.geojson'] = buildFacilities(shared, readFileSync(geo, 'utf8'));
else console.warn('public/geo/ortsteile.geojson fehlt: erst npm run geo:build, dann erneut data:generate.');
let differs = 0;
for (const [name, text] of Object.entries(files)) {
  const path = join(root, 'data', name);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`data/${name} weicht von der Erzeugung ab.`);
      differs++;
    }
  } else writeFileSync(path, text);
}
if (check && differs > 0) process.exit(1);
console.log(check ? 'data/ ist reproduzierbar.' : `data/ geschrieben: ${Object.keys(files).join(', ')}`);
