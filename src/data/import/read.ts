import { checkPackage } from '../checks/index.ts';
import type { Issue } from '../issues.ts';
import { parsePackage, type PackageTexts } from '../package.ts';
import type { Decimal } from './cells.ts';
import { decodeOfficeText } from './decode.ts';
import { diffBoundaries, diffLayer, type BoundaryDiff, type IndicatorDiff } from './diff.ts';
import { importOfficial, type ImportResult } from './geo/boundaries.ts';
import { csvSheet, type Sheet } from './grid.ts';
import type { ImportLayer } from './layer.ts';
import { proposeMapping, type MappingContext, type TableMapping } from './mapping.ts';
import { mergeLayer, toOrigin } from './merge.ts';
import { detectLayout, type TableLayout } from './structure.ts';

/** Largest file the Datenwerkstatt reads (a Statistikamt workbook is well below). */
export const MAX_IMPORT_BYTES = 50_000_000;

export type ReadResult =
  | {
      art: 'tabelle';
      datei: string;
      hinweise: string[];
      decimal: Decimal;
      tables: { layout: TableLayout; proposal: TableMapping }[];
      problems: Issue[];
    }
  | { art: 'grenzen'; datei: string; hinweise: string[]; result: ImportResult }
  | { art: 'fehler'; datei: string; problem: string };

export interface ReadContext extends MappingContext {
  areaRows: { schluessel: string; ebene: string; name: string; eltern: string }[];
}

const ext = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Read one dropped file: a table (CSV, XLSX) with its layout and a proposed mapping per sheet, or
 * boundaries (GeoJSON, zipped Shapefile) through the boundary import's checks. Never throws: an
 * unreadable file is a problem naming it.
 */
export async function readImportFile(
  datei: string,
  bytes: Uint8Array,
  ctx: ReadContext,
  progress: (share: number, step: string) => void = () => undefined,
): Promise<ReadResult> {
  try {
    if (bytes.byteLength > MAX_IMPORT_BYTES)
      return {
        art: 'fehler',
        datei,
        problem: `Datei zu groß (${Math.round(bytes.byteLength / 1e6)} MB, erlaubt 50 MB)`,
      };
    const e = ext(datei);
    if (e === 'zip' || e === 'geojson' || (e === 'json' && looksLikeGeoJson(bytes))) {
      progress(0.2, 'Geometrie lesen');
      const result = await importOfficial({
        fileName: datei,
        bytes,
        keepPercent: 100,
        areas: ctx.areaRows,
        quelle: 'eigene-daten',
      });
      return { art: 'grenzen', datei, hinweise: result.notices, result };
    }
    let sheets: Sheet[];
    const hinweise: string[] = [];
    let decimal: Decimal = ',';
    if (e === 'xlsx') {
      progress(0.2, 'Arbeitsmappe entpacken');
      const { readWorkbook } = await import('./xlsx.ts');
      sheets = await readWorkbook(bytes);
    } else if (e === 'csv' || e === 'txt' || e === 'tsv') {
      const text = decodeOfficeText(bytes);
      if (text.notice) hinweise.push(text.notice);
      const { sheet, delimiter } = csvSheet(datei, text.text);
      // German Excel writes `;` with a decimal comma; a comma-separated file uses a decimal point.
      decimal = delimiter === ',' ? '.' : ',';
      hinweise.push(
        `Trennzeichen „${delimiter === '\t' ? 'Tab' : delimiter}“, Dezimal${decimal === ',' ? 'komma' : 'punkt'}, ${text.encoding}`,
      );
      sheets = [sheet];
    } else if (e === 'xls')
      return {
        art: 'fehler',
        datei,
        problem: 'altes Excel-Format (.xls): bitte in Excel als .xlsx speichern',
      };
    else
      return {
        art: 'fehler',
        datei,
        problem: 'unbekannter Dateityp (erwartet .csv, .xlsx, .geojson oder .zip mit Shapefile)',
      };
    progress(0.6, 'Tabelle erkennen');
    const tables: { layout: TableLayout; proposal: TableMapping }[] = [];
    const problems: Issue[] = [];
    for (const s of sheets) {
      const layout = detectLayout(s, decimal);
      if ('problem' in layout) {
        if (sheets.length === 1) problems.push({ datei, ort: `Blatt ${s.name}`, meldung: layout.problem });
        continue;
      }
      tables.push({ layout, proposal: proposeMapping(layout, ctx, decimal) });
    }
    progress(1, 'fertig');
    return { art: 'tabelle', datei, hinweise, decimal, tables, problems };
  } catch (err) {
    return {
      art: 'fehler',
      datei,
      problem: `kann nicht gelesen werden (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}

function looksLikeGeoJson(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2000));
  return /"FeatureCollection"/.test(head);
}

export interface CheckResult {
  /** Problems of the merged package, told with the user's file, row and column where they came from. */
  issues: Issue[];
  diff: IndicatorDiff[];
  boundaries: BoundaryDiff[];
}

/** The merged package judged by the package's own parser and checks (as `data:check`), and the diff. */
export function checkLayer(texts: PackageTexts, layer: ImportLayer): CheckResult {
  const base = parsePackage(texts).pkg;
  const merged = mergeLayer(texts, layer);
  const { pkg, issues } = parsePackage(merged.texts);
  return {
    issues: [...merged.problems, ...issues, ...checkPackage(pkg)].map((i) => toOrigin(i, merged.origins)),
    diff: diffLayer(base, layer),
    boundaries: diffBoundaries(base, layer),
  };
}
