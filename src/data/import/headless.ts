import type { Issue } from '../issues.ts';
import { parsePackage, type PackageTexts } from '../package.ts';
import type { Indicator } from '../schemas.ts';
import { packageContext } from './context.ts';
import { applyFacilityMapping } from './facilities.ts';
import {
  applyMapping,
  mappingFileSchema,
  mappingFor,
  provenanceSchema,
  withShares,
  ZUORDNUNG_FORMAT,
  type MappingFile,
  type Provenance,
} from './mapping.ts';
import { publishPackage, type Published } from './publish.ts';
import { readImportFile } from './read.ts';
import { sessionLayer, sessionMapping, type Session } from './session.ts';

/**
 * The Datenwerkstatt without the page (`npm run daten:import`): the same reading, detection,
 * mapping, checks and package as in the browser, with the answers taken from a saved Zuordnung
 * (or the proposals where it has none). Where the page would ask — a name matched only nearly, a
 * column without an indicator, a missing source — this reports a problem instead of guessing.
 */
export interface HeadlessInput {
  files: { datei: string; bytes: Uint8Array }[];
  /** The package the files change (the app's embedded one, or a deployed site's). */
  base: PackageTexts;
  /** A Zuordnung file's text as the page saves it, with the name it has. */
  mapping?: { datei: string; text: string } | undefined;
  /** The source, where the Zuordnung names none or differs. */
  quelle?: Partial<Provenance> | undefined;
  erstellt: string;
}

export interface HeadlessResult {
  /** Per file, what was recognised (the page shows the same notes). */
  notes: string[];
  problems: Issue[];
  /**
   * The package, whenever the merged package passes every rule — as the page would let it be
   * downloaded, even where cells were not taken (those are among `problems`, and the run fails).
   */
  published?: Extract<Published, { ok: true }>;
  /** The Zuordnung this run used (the saved one with this year's columns). */
  mapping: MappingFile;
}

const TABLE_KINDS = /\.(csv|txt|tsv|xlsx|xls|zip|geojson|json)$/i;

export async function runHeadless(input: HeadlessInput): Promise<HeadlessResult> {
  const problems: Issue[] = [];
  const notes: string[] = [];
  let saved: MappingFile | undefined;
  if (input.mapping) {
    const { datei, text } = input.mapping;
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      problems.push({ datei, meldung: `kein gültiges JSON (${(e as Error).message})` });
    }
    if (raw !== undefined) {
      const r = mappingFileSchema.safeParse(raw);
      if (r.success) saved = r.data;
      else
        for (const i of r.error.issues.slice(0, 20))
          problems.push({ datei, ...(i.path.length ? { feld: i.path.join('.') } : {}), meldung: i.message });
    }
  }
  const empty: MappingFile = { format: ZUORDNUNG_FORMAT, tabellen: {} };
  if (problems.length > 0) return { notes, problems, mapping: empty };

  const base = parsePackage(input.base).pkg;
  const known = new Set<string>(base.catalogue.indikatoren.map((i) => i.id));
  const created: Indicator[] = (saved?.neueIndikatoren ?? []).filter((i) => !known.has(i.id));
  const ctx = packageContext(base, created);
  const session: {
    tables: Session['tables'][number][];
    lists: Session['lists'][number][];
    boundaries: Session['boundaries'][number][];
    reopened?: Session['reopened'];
    addresses?: Session['addresses'];
    hinweise: string[];
  } = { tables: [], lists: [], boundaries: [], hinweise: [] };
  // Boundaries derived from addresses count only where no boundary file was given.
  const derived: Session['boundaries'][number][] = [];

  for (const { datei, bytes } of input.files) {
    if (!TABLE_KINDS.test(datei)) {
      problems.push({ datei, meldung: 'unbekannter Dateityp (erwartet .csv, .xlsx, .geojson oder .zip)' });
      continue;
    }
    const result = await readImportFile(datei, bytes, ctx);
    if (result.art === 'fehler') {
      problems.push({ datei, meldung: result.problem });
      continue;
    }
    notes.push(`${datei}: ${result.hinweise.join('; ') || 'gelesen'}`);
    session.hinweise.push(...result.hinweise);
    if (result.art === 'paket') session.reopened = { datei, reopened: result.reopened };
    else if (result.art === 'adressen') {
      problems.push(...result.issues);
      if (result.issueCount > result.issues.length)
        problems.push({
          datei,
          meldung: `… und ${result.issueCount - result.issues.length} weitere Probleme`,
        });
      if (result.issueCount === 0) session.addresses = { datei, addresses: result.addresses };
      if (result.result?.errors.length)
        problems.push(...result.result.errors.map((meldung) => ({ datei, meldung })));
      else if (result.result) derived.push({ datei, files: result.result.files });
    } else if (result.art === 'grenzen') {
      if (result.result.errors.length > 0)
        problems.push(...result.result.errors.map((meldung) => ({ datei, meldung })));
      else session.boundaries.push({ datei, files: result.result.files });
    } else if (result.art === 'einrichtungen') {
      const mapping = saved?.einrichtungen?.[datei] ?? result.proposal;
      const applied = applyFacilityMapping(datei, result.records, mapping, result.decimal);
      problems.push(...applied.issues);
      notes.push(`${datei}: ${applied.facilities.length} Einrichtungen (${applied.skipped} übersprungen)`);
      session.lists.push({ datei, mapping, applied });
    } else {
      problems.push(...result.problems);
      for (const { layout, proposal } of result.tables) {
        const m = withShares(
          (saved && mappingFor(saved, datei, layout)) ?? proposal,
          layout,
          ctx,
          result.decimal,
        );
        const applied = applyMapping(datei, layout, m, ctx, result.decimal);
        const sheet = layout.sheet !== datei ? `Blatt ${layout.sheet}` : undefined;
        if (Object.keys(m.spalten).length === 0)
          problems.push({
            datei,
            ...(sheet ? { ort: sheet } : {}),
            meldung: 'keine Wertespalte erkannt: die Zuordnung im Browser festlegen und als Datei speichern',
          });
        problems.push(...applied.issues);
        if (applied.more.issues > 0)
          problems.push({
            datei,
            meldung: `… und ${applied.more.issues} weitere Probleme in dieser Tabelle`,
          });
        for (const u of applied.unmatched)
          problems.push({ datei, ort: u.ort, feld: m.gebiet, meldung: `Gebiet „${u.text}“ nicht gefunden` });
        if (applied.more.unmatched > 0)
          problems.push({
            datei,
            meldung: `… und ${applied.more.unmatched} weitere nicht gefundene Gebiete`,
          });
        for (const u of applied.unsure) {
          const a = ctx.areas.find((x) => x.key === u.key);
          problems.push({
            datei,
            feld: m.gebiet,
            meldung: `„${u.text}“ ist vermutlich ${a?.name ?? u.key} (${u.key}): in der Zuordnung bestätigen (namen)`,
          });
        }
        notes.push(
          `${datei}${sheet ? `, ${sheet}` : ''}: ${applied.values.length} Werte, ${applied.empty} leere Zellen übergangen`,
        );
        session.tables.push({ datei, mapping: m, applied });
      }
    }
  }

  const q = provenanceSchema.safeParse({
    ...(saved?.quelle ?? session.reopened?.reopened.quelle ?? {}),
    ...input.quelle,
  });
  const full: Session = {
    ...session,
    boundaries: [...session.boundaries, ...derived],
    created,
    quelle: q.success ? q.data : undefined,
  };
  const mapping = sessionMapping(full);
  if (!q.success)
    for (const i of q.error.issues) {
      const k = i.path.join('.');
      const given = { ...saved?.quelle, ...input.quelle } as Record<string, unknown>;
      problems.push({
        datei: 'Quelle',
        feld: k,
        meldung:
          given[k] === undefined
            ? `fehlt: „quelle.${k}“ in der Zuordnung oder --${k} angeben`
            : `${i.message} (--${k} oder „quelle.${k}“ in der Zuordnung)`,
      });
    }
  const layer = sessionLayer(full, input.erstellt);
  if (!layer) return { notes, problems, mapping };
  if (layer.werte.length === 0 && !layer.grenzen && !layer.einrichtungen)
    return {
      notes,
      problems: [
        ...problems,
        { datei: 'Eingabe', meldung: 'keine Werte, Grenzen oder Einrichtungen gelesen' },
      ],
      mapping,
    };
  const names = new Map(base.catalogue.indikatoren.map((i) => [i.id as string, i.label_de]));
  const published = publishPackage(input.base, layer, names);
  if (!published.ok) {
    const { issues, issueCount } = published.report;
    const more = issueCount - issues.length;
    problems.push(...issues);
    if (more > 0) problems.push({ datei: 'Prüfung', meldung: `… und ${more} weitere Probleme` });
    return { notes, problems, mapping };
  }
  return { notes, problems, published, mapping };
}
