import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../paket.ts';
import { buildRostock } from './landkreis-rostock/build.ts';
import { loadRostock } from './landkreis-rostock/vg250.ts';
import { buildMiniature } from './test-miniatur/build.ts';

/**
 * npm run paket:erzeugen -- <name>|--alle [--check]
 * Builds a shipped package under pakete/<name>/ from its sources (tools/pakete/<name>/): today the
 * Landkreis Rostock and the tiny test package. With --check, writes nothing and fails if a committed file differs.
 */
const BUILDERS: Record<string, () => Promise<Record<string, string | Uint8Array>>> = {
  'test-miniatur': () => Promise.resolve(buildMiniature()),
  'landkreis-rostock': () =>
    buildRostock(
      loadRostock(join(REPO_ROOT, '.cache/geo')),
      join(REPO_ROOT, 'tools/pakete/landkreis-rostock'),
    ),
};
const names = process.argv.includes('--alle')
  ? Object.keys(BUILDERS)
  : process.argv.slice(2).filter((a) => !a.startsWith('--'));
const check = process.argv.includes('--check');
if (names.length === 0 || names.some((n) => !BUILDERS[n])) {
  console.error(
    `npm run paket:erzeugen -- <name>|--alle [--check]; Pakete: ${Object.keys(BUILDERS).join(', ')}`,
  );
  process.exit(2);
}
let differs = 0;
for (const name of names) {
  const started = performance.now();
  const files = await BUILDERS[name]!();
  const root = join(REPO_ROOT, 'pakete', name);
  for (const [rel, text] of Object.entries(files)) {
    const path = join(root, rel);
    if (check) {
      // Text compared as text, binary files (vector tiles) byte for byte.
      const same =
        existsSync(path) &&
        (typeof text === 'string'
          ? readFileSync(path, 'utf8') === text
          : Buffer.compare(readFileSync(path), Buffer.from(text)) === 0);
      if (!same) {
        console.error(`pakete/${name}/${rel} weicht von der Erzeugung ab.`);
        differs++;
      }
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  const s = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    check
      ? `pakete/${name} geprüft (${s} s).`
      : `pakete/${name} geschrieben in ${s} s: ${Object.keys(files).join(', ')}`,
  );
}
if (check && differs > 0) process.exit(1);
