import type { Language } from '../../domain/format.ts';
import type { MapLevel } from '../../domain/levels.ts';
import type { Model } from '../../data/model.ts';
import type { Translate } from '../../i18n/translate.ts';
import { levelWord } from '../../state/url.ts';
import type { Choropleth } from '../choropleth.ts';
import { reportCredits } from './credits.ts';
import { dataZip } from './dataZip.ts';
import { canvasMeasure, figurePng } from './draw.ts';
import { figureSvg, type Measure } from './figure.ts';
import { valuesGeoJson, valuesShapefile } from './geoExport.ts';
import { mapFigure, type FigureFormat } from './mapFigure.ts';
import { mapTable, reportCsv } from './mapTable.ts';

export const EXPORT_KINDS = ['png', 'svg', 'csv', 'xlsx', 'geojson', 'shapefile', 'alle'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface MapExportInput {
  model: Model;
  ch: Choropleth;
  level: MapLevel;
  levelName: string;
  lang: Language;
  t: Translate;
  /** The boundary note's title ("Grenzen schematisch (Näherung)"), or null. */
  boundaryNote: string | null;
}

/** "anteil_65plus_ortsteile_2024" (a change map: "…_2014-2024"; bivariate: "…_x_<second id>"). */
export function exportStem(input: MapExportInput): string {
  const { ch } = input;
  const years = ch.since === null ? String(ch.year) : `${ch.since}-${ch.year}`;
  const second = ch.bivariate ? `_x_${ch.bivariate.y.id}` : '';
  return `${ch.base.id}${second}_${levelWord(input.level)}_${years}`.replace(/[^a-z0-9_-]/gi, '_');
}

export const hasGeometry = (input: MapExportInput): boolean =>
  (input.model.boundaries[input.level]?.features.length ?? 0) > 0;

/** The figure of the current map for a page format (also drawn on the print page). */
export function currentFigure(
  input: MapExportInput,
  format: FigureFormat,
  measure: Measure = canvasMeasure(),
) {
  return mapFigure({
    ...input,
    features: input.model.boundaries[input.level]?.features ?? [],
    measure,
    format,
  });
}

/** The table of the current map with the credits as notes (CSV, XLSX, print page 2). */
export function currentTable(input: MapExportInput) {
  const credits = reportCredits(input.model, input.ch, input.level, input.lang, input.t, input.boundaryNote);
  return mapTable(input.model, input.ch, input.levelName, input.lang, input.t, [
    ...credits.marks,
    ...credits.lines,
  ]);
}

/** A name as a file name part: "Landkreis Rostock" → "landkreis_rostock", "Lübeck" → "luebeck". */
export const fileWord = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '') || 'daten';

/** Builds one download of the current map view: its file name and contents. */
export async function buildExport(
  kind: ExportKind,
  input: MapExportInput,
  format: FigureFormat,
): Promise<{ name: string; blob: Blob }> {
  const stem = exportStem(input);
  const features = input.model.boundaries[input.level]?.features ?? [];
  switch (kind) {
    case 'png':
      return { name: `${stem}_${format}.png`, blob: await figurePng(currentFigure(input, format), 2) };
    case 'svg':
      return {
        name: `${stem}_${format}.svg`,
        blob: new Blob([figureSvg(currentFigure(input, format), input.lang)], { type: 'image/svg+xml' }),
      };
    case 'csv':
      return {
        name: `${stem}.csv`,
        blob: new Blob([reportCsv(currentTable(input))], { type: 'text/csv;charset=utf-8' }),
      };
    case 'xlsx': {
      const { reportXlsx } = await import('./xlsx.ts');
      return {
        name: `${stem}.xlsx`,
        blob: await reportXlsx([{ name: input.levelName, table: currentTable(input) }]),
      };
    }
    case 'geojson':
      return {
        name: `${stem}.geojson`,
        blob: new Blob([valuesGeoJson(input.model, input.ch, currentTable(input), features, input.lang)], {
          type: 'application/geo+json',
        }),
      };
    case 'shapefile':
      return {
        name: `${stem}_epsg25832.zip`,
        blob: new Blob([valuesShapefile(currentTable(input), features, stem) as BlobPart], {
          type: 'application/zip',
        }),
      };
    case 'alle':
      return {
        name: `${fileWord(input.model.manifest.gebiet.de.name)}_alle_daten.zip`,
        blob: new Blob([dataZip(input.model, input.t, new Date()) as BlobPart], { type: 'application/zip' }),
      };
  }
}
