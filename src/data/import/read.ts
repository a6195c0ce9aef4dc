import { checkPackage } from '../checks/index.ts';
import type { Issue } from '../issues.ts';
import type { BoundaryFeature } from '../schemas.ts';
import { PACKAGE_FILES, parsePackage, type PackageTexts } from '../package.ts';
import type { Decimal } from './cells.ts';
import { decodeOfficeText } from './decode.ts';
import {
  diffAreas,
  diffBoundaries,
  diffFacilities,
  diffLayer,
  type AreaDiff,
  type BoundaryDiff,
  type FacilityDiff,
  type IndicatorDiff,
} from './diff.ts';
import { deriveSupply } from '../supply.ts';
import { importOfficial, readBoundaries, type ImportResult } from './geo/boundaries.ts';
import {
  holdsPoints,
  looksLikeFacilities,
  proposeFacilityMapping,
  recordsOfPoints,
  recordsOfTable,
  type FacilityRecords,
} from './facilities.ts';
import type { FacilityMapping } from './facilityMapping.ts';
import { csvSheet, type Sheet } from './grid.ts';
import type { ImportLayer } from './layer.ts';
import type { ReadContext } from './context.ts';
import { LISTED, proposeMapping, type TableMapping } from './mapping.ts';
import { mergeLayer, toOrigin } from './merge.ts';
import { packageInZip, reopenPackage, type Reopened } from './reopen.ts';
import { looksLikeAddresses, readAddresses, type Address } from './addresses.ts';
import { boundariesFromAddresses, type DerivedBoundaries } from './geo/fromAddresses.ts';
import { mapMulti, toMetric } from './geo/crs.ts';
import type { AreaKey } from '../../domain/ids.ts';
import { detectLayout, type TableLayout } from './structure.ts';

/** Largest file the Datenwerkstatt reads (a Statistikamt workbook is well below). */
export const MAX_IMPORT_BYTES = 50_000_000;

/** What reading a file gives; `L` is the table as the reader holds it (the page: a summary). */
export type ReadResult<L = TableLayout> =
  | {
      art: 'tabelle';
      datei: string;
      hinweise: string[];
      decimal: Decimal;
      tables: { layout: L; proposal: TableMapping }[];
      problems: Issue[];
    }
  | { art: 'grenzen'; datei: string; hinweise: string[]; result: ImportResult }
  | {
      art: 'einrichtungen';
      datei: string;
      hinweise: string[];
      decimal: Decimal;
      records: FacilityRecords;
      proposal: FacilityMapping;
    }
  | { art: 'paket'; datei: string; hinweise: string[]; reopened: Reopened }
  | {
      art: 'adressen';
      datei: string;
      hinweise: string[];
      addresses: Address[];
      /** Problems of the file (listed up to LISTED) and their number: with any, no boundaries are derived. */
      issues: Issue[];
      issueCount: number;
      /** The boundaries derived from the addresses (their errors, if the derivation failed a check). */
      result?: DerivedBoundaries;
    }
  | { art: 'fehler'; datei: string; problem: string };

export type { ReadContext } from './context.ts';

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
    if (e === 'zip') {
      // A published package (the Datenwerkstatt's own zip): its part comes back to work on.
      const files = packageInZip(bytes);
      if (files) {
        const reopened = reopenPackage(datei, files, ctx);
        progress(1, 'fertig');
        return { art: 'paket', datei, hinweise: reopened.hinweise, reopened };
      }
    }
    if (e === 'zip' || e === 'geojson' || (e === 'json' && looksLikeGeoJson(bytes))) {
      progress(0.2, 'Geometrie lesen');
      let read: { fc: GeoJSON.FeatureCollection; crs: string } | undefined;
      try {
        read = await readBoundaries({ fileName: datei, bytes });
      } catch {
        // importOfficial reads it again and names the problem.
      }
      if (read && holdsPoints(read.fc)) {
        const records = recordsOfPoints(read.fc);
        if (looksLikeAddresses(records.columns))
          return await addressesOf(datei, records, '.', [`Koordinatensystem: ${read.crs}`], ctx, progress);
        progress(1, 'fertig');
        return {
          art: 'einrichtungen',
          datei,
          hinweise: [`Koordinatensystem: ${read.crs}`, `${records.rows.length} Punkte`],
          decimal: '.',
          records,
          proposal: proposeFacilityMapping(records),
        };
      }
      const result = await importOfficial({
        fileName: datei,
        bytes,
        keepPercent: 100,
        areas: ctx.areaRows,
        levels: ctx.levels,
        quelle: 'eigene-daten',
        attribution: ctx.herausgeber,
        ...(read ? { read } : {}),
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
      // Building addresses with an Ortsteil key: boundaries and the address finder come from them.
      if (looksLikeAddresses(layout.columns) && looksLikeFacilities(layout.columns))
        return await addressesOf(datei, recordsOfTable(layout, datei), decimal, hinweise, ctx, progress);
      // A list with coordinate columns is a list of facilities, not of indicator values.
      if (looksLikeFacilities(layout.columns)) {
        const records = recordsOfTable(layout, datei);
        progress(1, 'fertig');
        return {
          art: 'einrichtungen',
          datei,
          hinweise: [...hinweise, `${records.rows.length} Zeilen`],
          decimal,
          records,
          proposal: proposeFacilityMapping(records),
        };
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

/** Address points read and checked; without problems, the boundaries derived from them. */
async function addressesOf(
  datei: string,
  records: FacilityRecords,
  decimal: Decimal,
  hinweise: string[],
  ctx: ReadContext,
  progress: (share: number, step: string) => void,
): Promise<ReadResult> {
  progress(0.4, 'Adressen prüfen');
  const level = new Set(ctx.areaRows.filter((a) => a.ebene === 'ebene1').map((a) => a.schluessel));
  const ortsteile = new Map<string, AreaKey>(
    ctx.areas.filter((a) => level.has(a.key)).map((a) => [a.key, a.key]),
  );
  const territory = ctx.outline ? mapMulti(ctx.outline, toMetric) : undefined;
  const read = readAddresses(datei, records, decimal, ortsteile, territory);
  const base = {
    art: 'adressen' as const,
    datei,
    hinweise: [...hinweise, ...read.notes],
    addresses: read.addresses,
  };
  const issues = read.issues;
  if (!ctx.outline)
    issues.push({
      datei,
      meldung: `das Datenpaket hat keinen Umriss des Gebiets (${ctx.umriss}): keine Grenzen ableitbar`,
    });
  if (issues.length > 0 || read.addresses.length === 0) {
    progress(1, 'fertig');
    return { ...base, issues, issueCount: read.issueCount + (ctx.outline ? 0 : 1) };
  }
  progress(0.6, 'Grenzen ableiten');
  const result = await boundariesFromAddresses({
    datei,
    addresses: read.addresses,
    outline: ctx.outline!,
    areas: ctx.areaRows,
    levels: ctx.levels,
    quelle: 'eigene-daten',
  });
  progress(1, 'fertig');
  return { ...base, hinweise: [...base.hinweise, ...result.notices], issues, issueCount: 0, result };
}

function looksLikeGeoJson(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2000));
  return /"FeatureCollection"/.test(head);
}

export interface CheckResult {
  /** Problems of the merged package, told with the user's file, row and column where they came from. */
  issues: Issue[];
  /** All problems found (more than are listed in `issues`). */
  issueCount: number;
  diff: IndicatorDiff[];
  boundaries: BoundaryDiff[];
  facilities: FacilityDiff[];
  /** Per Ortsteil: the map of what changes. */
  areas: AreaDiff[];
  /** The new Ortsteil boundaries, where the layer brings some (the change map draws them). */
  ortsteileNeu?: BoundaryFeature[];
}

/** The merged package judged by the package's own parser and checks (as `data:check`), and the diff. */
export function checkLayer(texts: PackageTexts, layer: ImportLayer): CheckResult {
  const base = parsePackage(texts).pkg;
  const merged = mergeLayer(texts, layer);
  const { pkg, issues } = parsePackage(merged.texts);
  // A facility that lies in no Ortsteil is not counted: swapped coordinates or a wrong CRS.
  const supply = deriveSupply(pkg);
  const outside: Issue[] = pkg.facilities
    .filter((f) => !supply.areaOf[f.id])
    .map((f) => ({
      datei: PACKAGE_FILES.einrichtungen,
      ort: `Einrichtung ${f.id}`,
      feld: 'geometry',
      meldung: `„${f.properties.name}“ liegt in keinem Gebiet (${f.geometry.coordinates.join(', ')}): Koordinaten vertauscht oder Koordinatensystem falsch?`,
    }));
  const boundaries = diffBoundaries(base, layer);
  const all = [...merged.problems, ...issues, ...checkPackage(pkg), ...outside];
  return {
    // The first are listed with their origin, the rest counted: the page need not hold 10,000 of them.
    issues: all.slice(0, LISTED).map((i) => toOrigin(i, merged.origins)),
    issueCount: all.length,
    diff: diffLayer(base, layer),
    boundaries,
    areas: diffAreas(base, layer, boundaries),
    facilities: diffFacilities(base, pkg, layer),
    ...(layer.grenzen ? { ortsteileNeu: pkg.boundaries.ebene1?.features ?? [] } : {}),
  };
}
