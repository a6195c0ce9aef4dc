import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { runHeadless } from '../../src/data/import/headless.ts';
import type { Provenance } from '../../src/data/import/mapping.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { readPackageTexts } from '../data-check/read.ts';

const USAGE = `npm run daten:import -- <Dateien…> --ziel <Ordner> [--zuordnung <zuordnung.json>]
    [--basis <Ordner>] [--titel … --herausgeber … --stichtag JJJJ-MM-TT --lizenz … --status amtlich|sekundaer|naeherung --url …]
    [--erstellt JJJJ-MM-TT] [--zuordnung-speichern <Datei>]

Liest Tabellen (CSV, XLSX), Grenzen (GeoJSON, Shapefile als .zip), Einrichtungslisten und ein
veröffentlichtes Datenpaket wie die Datenwerkstatt im Browser, prüft alles mit denselben Regeln und
schreibt das Datenpaket (data/, geo/, AENDERUNGEN.md) nach --ziel, wenn es alle Regeln erfüllt —
dasselbe, das die Datenwerkstatt herunterladen ließe.
--basis: das Datenpaket, das geändert wird (Repository, gebaute Website oder entpacktes Paket;
Vorgabe: das eingebettete). Die Quelle kommt aus der Zuordnung oder den Angaben --titel usw.
Exit-Code 0: geschrieben, keine Probleme; 1: Probleme (je eine Zeile mit Datei, Zeile, Feld; nicht
übernommene Zellen fehlen im Paket, bei ungültigem Paket wird nichts geschrieben); 2: Aufruf falsch.`;

/** `npm run daten:import`: the Datenwerkstatt's headless twin (see src/data/import/headless.ts). */
export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      allowPositionals: true,
      options: {
        ziel: { type: 'string' },
        zuordnung: { type: 'string' },
        'zuordnung-speichern': { type: 'string' },
        basis: { type: 'string' },
        titel: { type: 'string' },
        herausgeber: { type: 'string' },
        stichtag: { type: 'string' },
        lizenz: { type: 'string' },
        status: { type: 'string' },
        url: { type: 'string' },
        erstellt: { type: 'string' },
        hilfe: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`daten:import: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const o = args.values;
  if (o.hilfe || o.help) {
    console.log(USAGE);
    return 0;
  }
  const usage = (why: string) => {
    console.error(`daten:import: ${why}\n\n${USAGE}`);
    return 2;
  };
  if (!o.ziel) return usage('--ziel fehlt');
  if (args.positionals.length === 0) return usage('keine Dateien angegeben');
  if (o.erstellt && !/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(o.erstellt))
    return usage(`--erstellt „${o.erstellt}“ ist kein Datum (JJJJ-MM-TT)`);
  for (const f of [...args.positionals, ...(o.zuordnung ? [o.zuordnung] : [])])
    if (!existsSync(f) || !statSync(f).isFile()) return usage(`Datei „${f}“ nicht gefunden`);

  const root = resolve(o.basis ?? resolve(import.meta.dirname, '../..'));
  const { texts, missing } = readPackageTexts(root);
  if (missing.length > 0) {
    for (const m of missing) console.error(`${join(root, m)}: Datei fehlt (--basis)`);
    return 1;
  }
  const quelle: Partial<Provenance> = Object.fromEntries(
    (['titel', 'herausgeber', 'stichtag', 'lizenz', 'status', 'url'] as const).flatMap((k) =>
      o[k] === undefined ? [] : [[k, o[k]]],
    ),
  );
  const result = await runHeadless({
    files: args.positionals.map((f) => ({ datei: basename(f), bytes: new Uint8Array(readFileSync(f)) })),
    base: texts,
    mapping: o.zuordnung
      ? { datei: basename(o.zuordnung), text: readFileSync(o.zuordnung, 'utf8') }
      : undefined,
    quelle,
    erstellt: o.erstellt ? new Date(o.erstellt).toISOString() : new Date().toISOString(),
  });
  for (const n of result.notes) console.log(n);
  if (o['zuordnung-speichern']) {
    writeFileSync(o['zuordnung-speichern'], JSON.stringify(result.mapping, null, 2));
    console.log(`Zuordnung gespeichert: ${o['zuordnung-speichern']}`);
  }
  for (const p of result.problems.slice(0, 200)) console.error(formatIssue(p));
  if (result.problems.length > 200) console.error(`… und ${result.problems.length - 200} weitere`);
  if (!result.published) {
    console.error(`daten:import: ${result.problems.length} Problem(e), kein Datenpaket geschrieben`);
    return 1;
  }
  const ziel = resolve(o.ziel);
  const files = unzipSync(result.published.zip);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(ziel, name)), { recursive: true });
    writeFileSync(join(ziel, name), bytes);
  }
  console.log(
    `daten:import: Datenpaket geschrieben nach ${ziel} (${Object.keys(files).length} Dateien; Änderungen in AENDERUNGEN.md)`,
  );
  if (result.problems.length > 0) {
    // As in the browser: what could not be read is not taken; the run fails so nobody deploys unaware.
    console.error(
      `daten:import: ${result.problems.length} Problem(e): diese Zellen oder Zeilen sind nicht im Datenpaket`,
    );
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  process.exitCode = await main(process.argv.slice(2));
