import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../paket.ts';
import { buildRostock } from './landkreis-rostock/build.ts';
import { loadRostock } from './landkreis-rostock/vg250.ts';

/**
 * npm run paket:erzeugen -- <name> [--check]
 * Builds a shipped package under pakete/<name>/ from its sources (tools/pakete/<name>/): today the
 * Landkreis Rostock. With --check, writes nothing and fails if a committed file differs.
 */
const BUILDERS: Record<string, () => Promise<Record<string, string>>> = {
  'landkreis-rostock': () =>
    buildRostock(
      loadRostock(join(REPO_ROOT, '.cache/geo')),
      join(REPO_ROOT, 'tools/pakete/landkreis-rostock'),
    ),
};
const name = process.argv.slice(2).find((a) => !a.startsWith('--'));
const check = process.argv.includes('--check');
if (!name || !BUILDERS[name]) {
  console.error(`npm run paket:erzeugen -- <name> [--check]; Pakete: ${Object.keys(BUILDERS).join(', ')}`);
  process.exit(2);
}
const started = performance.now();
const files = await BUILDERS[name]();
const root = join(REPO_ROOT, 'pakete', name);
let differs = 0;
for (const [rel, text] of Object.entries(files)) {
  const path = join(root, rel);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`pakete/${name}/${rel} weicht von der Erzeugung ab.`);
      differs++;
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
const s = ((performance.now() - started) / 1000).toFixed(1);
if (check && differs > 0) process.exit(1);
console.log(
  check
    ? `pakete/${name} ist reproduzierbar (${s} s).`
    : `pakete/${name} geschrieben in ${s} s: ${Object.keys(files).join(', ')}`,
);
