import { zipSync } from 'fflate';
import { CATEGORY_INFO, type Category } from '../../domain/supply/categories.ts';
import { formatIssue } from '../issues.ts';
import { manifestFiles, sitePath, type PackageFileKey, type PackageTexts } from '../package.ts';
import type { ImportLayer } from './layer.ts';
import { mergeLayer } from './merge.ts';
import { ADDRESS_FILE } from '../addressFile.ts';
import { ADDRESS_POINTS_FILE } from '../addressPoints.ts';
import { checkLayer, type CheckResult } from './read.ts';

/** The changes file's name in the package zip. */
export const CHANGES_FILE = 'AENDERUNGEN.md';

const cell = (s: string | number) => String(s).replace(/[|\r\n]+/g, ' ');
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** AENDERUNGEN.md: what the package changes, from which files and source, in the diff's terms. */
export function changesText(
  layer: ImportLayer,
  report: CheckResult,
  names: ReadonlyMap<string, string>,
): string {
  const q = layer.quelle;
  const name = (id: string) =>
    names.get(id) ?? layer.neueIndikatoren.find((i) => i.id === id)?.label_de ?? id;
  const parts: string[] = [
    '# Änderungen im Datenpaket',
    '',
    `Erstellt am ${layer.erstellt.slice(0, 10)} in der Datenwerkstatt des Quartiersexplorers.`,
    '',
    `- Quelle: ${q.titel} — ${q.herausgeber}, Stichtag ${q.stichtag}, Lizenz ${q.lizenz}, Status ${q.status}${q.url ? `, ${q.url}` : ''}`,
    `- Eingelesene Dateien: ${layer.dateien.join(', ')}`,
    `- Prüfung: ${report.issueCount === 0 ? 'keine Probleme (dieselben Regeln wie npm run data:check)' : `${report.issueCount} Probleme`}`,
  ];
  if (report.diff.length > 0)
    parts.push(
      '',
      '## Kennzahlen',
      '',
      table(
        [
          'Kennzahl',
          'Jahre',
          'ersetzt Beispielwerte',
          'ersetzt belegte Werte',
          'neu',
          'Zeichen statt Wert',
          'bleibt Beispielwert',
        ],
        report.diff.map((d) => [
          name(d.indikator),
          d.jahre.join(', '),
          d.ersetztBeispiel,
          d.ersetzt,
          d.neu,
          d.entfaellt,
          d.bleibtBeispiel,
        ]),
      ),
    );
  if (layer.neueIndikatoren.length > 0)
    parts.push(
      '',
      '## Neue Kennzahlen',
      '',
      ...layer.neueIndikatoren.map(
        (i) => `- ${i.label_de} (\`${i.id}\`, ${i.einheit}, Handlungsfeld ${i.gruppe}, ${i.aggregation.art})`,
      ),
    );
  if (layer.grenzen)
    parts.push(
      '',
      `## Grenzen aus ${layer.grenzen.datei}`,
      '',
      table(
        ['Gebiet', 'bisher km²', 'neu km²'],
        report.boundaries.map((b) => [
          b.gebiet,
          b.vorherKm2?.toFixed(2) ?? '–',
          b.nachherKm2?.toFixed(2) ?? '–',
        ]),
      ),
      '',
      'Vektorkacheln (`kacheln` in paket.json) der ersetzten Ebenen werden nicht mehr genannt: sie zeigten die alten Grenzen. Für eine Ebene mit mehr als 2000 Gebieten neue erzeugen: `npm run geo:kacheln -- --root <entpacktes Paket>`.',
    );
  if (layer.einrichtungen)
    parts.push(
      '',
      `## Einrichtungen aus ${layer.einrichtungen.dateien.join(', ')}`,
      '',
      table(
        ['Kategorie', 'bisher', 'davon Beispiel', 'neu'],
        report.facilities.map((f) => [
          CATEGORY_INFO[f.kategorie as Category]?.de.many ?? f.kategorie,
          f.vorher,
          f.vorherBeispiel,
          f.nachher,
        ]),
      ),
    );
  if (report.issues.length > 0)
    parts.push('', '## Probleme', '', ...report.issues.slice(0, 100).map((i) => `- ${cell(formatIssue(i))}`));
  parts.push(
    '',
    '## Einspielen',
    '',
    'Das Archiv im Wurzelordner der gebauten Website entpacken (die Ordner `data/` und `geo/` werden ersetzt).',
    'Die App und ihr Service Worker laden die Dateien beim nächsten Aufruf neu; ein neuer Build ist nicht nötig.',
    'Prüfen vorher: `npm run data:check -- --root <entpackter Ordner>`.',
    '',
  );
  return parts.join('\n');
}

export type Published =
  { ok: true; zip: Uint8Array; changes: string; report: CheckResult } | { ok: false; report: CheckResult };

/**
 * The deployable package: the merged package files at the site's paths and AENDERUNGEN.md, in
 * one zip — only when the merged package passes every rule (as `data:check` will on the server).
 */
export function publishPackage(
  texts: PackageTexts,
  layer: ImportLayer,
  names: ReadonlyMap<string, string>,
): Published {
  const report = checkLayer(texts, layer);
  if (report.issueCount > 0) return { ok: false, report };
  const { texts: merged, adressen, adresspunkte } = mergeLayer(texts, layer);
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const paths = manifestFiles(merged.paket);
  for (const [k, text] of Object.entries(merged) as [PackageFileKey, string][]) {
    const path = paths[k];
    if (path) files[sitePath(path)] = enc.encode(text);
  }
  if (adressen) files[ADDRESS_FILE] = enc.encode(adressen);
  if (adresspunkte) files[ADDRESS_POINTS_FILE] = enc.encode(adresspunkte);
  const changes = changesText(layer, report, names);
  files[CHANGES_FILE] = enc.encode(changes);
  return { ok: true, zip: zipSync(files, { level: 6, mtime: new Date(layer.erstellt) }), changes, report };
}
