import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataPackage } from './build.ts';
import { buildFacilities } from './facilities.ts';

/**
 * npm run data:generate [-- --check]
 * Rebuilds data/ from tools/data/facts (the sourced facts, copied into the repository with their
 * provenance) and the seeded sample generator.
 * With --check, writes nothing and fails if a committed file differs.
 */
const root = resolve(import.meta.dirname, '../..');
const facts = join(root, 'tools/data/facts');
const check = process.argv.includes('--check');
const files: Record<string, string> = { ...buildDataPackage(facts) };
const geo = join(root, 'public/geo/ortsteile.geojson');
if (existsSync(geo)) files['einrichtungen.geojson'] = buildFacilities(facts, readFileSync(geo, 'utf8'));
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
