import { CATEGORIES, CATEGORY_INFO, type Category } from '../../domain/supply/categories.ts';
import type { Issue } from '../issues.ts';
import type { FacilityMapping, ImportedFacility } from './facilityMapping.ts';
import { normaliseName } from './areas.ts';
import { cellText, readCell, type Decimal, type Raw } from './cells.ts';
import { rowPlace, type TableLayout } from './structure.ts';
import { guessCrs, normaliseCrs, positionToWgs84 } from './geo/crs.ts';

/**
 * Facilities from the city's own lists: a table with coordinates (CSV, XLSX) or points (GeoJSON,
 * zipped Shapefile). Each row or feature becomes a record with its place in the file; the mapping
 * names the columns and maps the file's category words to the supply categories.
 */
export interface FacilityRecords {
  /** Column labels (a table) or property names (points). */
  columns: string[];
  rows: {
    ort: string;
    cells: Raw[];
    /** WGS84 position of a point feature; tables give coordinates in columns. */
    point?: [number, number] | undefined;
  }[];
  /** Points read from a geometry file (no coordinate columns to ask for). */
  fromGeometry: boolean;
}

/** Words offices use for each category (normalised), besides its German names. */
const WORDS: Record<Category, readonly string[]> = {
  lebensmittelmarkt: ['supermarkt', 'discounter', 'lebensmittel', 'nahversorger', 'vollsortimenter'],
  apotheke: ['apotheke'],
  hausarztpraxis: ['hausarzt', 'allgemeinmedizin', 'allgemeinarzt', 'arztpraxis'],
  kita: ['kita', 'kindertagesstaette', 'kindergarten', 'krippe', 'kindertagesheim'],
  grundschule: ['grundschule', 'primarschule'],
  begegnungsstaette: ['begegnungsstaette', 'seniorentreff', 'begegnungszentrum', 'nachbarschaftstreff'],
  jugendtreff: ['jugendtreff', 'jugendzentrum', 'jugendfreizeit', 'jugendhaus', 'jugendclub'],
  bank: ['bank', 'sparkasse', 'volksbank', 'bankfiliale'],
  post: ['post', 'postfiliale', 'postagentur', 'postbank', 'paketshop'],
};

/** The category a word of the file names: an id, a German name, or a usual word it contains. */
export function categoryOfWord(word: string): Category | undefined {
  const n = normaliseName(word);
  if (n === '') return undefined;
  const names = (c: Category) => [
    c,
    normaliseName(CATEGORY_INFO[c].de.one),
    normaliseName(CATEGORY_INFO[c].de.many),
    ...WORDS[c],
  ];
  for (const c of CATEGORIES) if (names(c).includes(n)) return c;
  let best: { c: Category; len: number } | undefined;
  for (const c of CATEGORIES)
    for (const w of names(c))
      if (w.length >= 4 && n.includes(w) && (!best || w.length > best.len)) best = { c, len: w.length };
  return best?.c;
}

const find = (columns: string[], re: RegExp) => columns.find((c) => re.test(normaliseName(c)));
/** Coordinate column labels, normalised (see areas.ts): "Rechtswert (m)", "X", "Längengrad" … */
const X_COLUMN = /^(x|xkoord\w*|rechtswert\w*|ostwert\w*|easting|east|lon|lng|longitude|laenge(ngrad)?)$/;
const Y_COLUMN = /^(y|ykoord\w*|hochwert\w*|nordwert\w*|northing|north|lat|latitude|breite(ngrad)?)$/;

/** The distinct words of a column with their counts, in order of first appearance. */
export function wordsOf(records: FacilityRecords, column: string): { word: string; count: number }[] {
  const c = records.columns.indexOf(column);
  const counts = new Map<string, number>();
  if (c < 0) return [];
  for (const r of records.rows) {
    const w = cellText(r.cells[c]);
    if (w !== '') counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].map(([word, count]) => ({ word, count }));
}

/** A first answer to the mapping questions from the file alone; every answer is shown to confirm. */
export function proposeFacilityMapping(records: FacilityRecords): FacilityMapping {
  const cols = records.columns;
  const scored = cols.map((col) => ({
    col,
    hits: wordsOf(records, col).filter((w) => categoryOfWord(w.word)).length,
  }));
  const best = scored.reduce((a, b) => (b.hits > a.hits ? b : a), { col: cols[0] ?? '', hits: -1 });
  const kategorie = find(cols, /^(kategorie|art|typ|einrichtungsart|category)/) ?? best.col;
  const name =
    find(cols, /^(name|bezeichnung|einrichtung|titel)/) ?? cols.find((c) => c !== kategorie) ?? kategorie;
  const m: FacilityMapping = {
    kategorie,
    kategorien: Object.fromEntries(
      wordsOf(records, kategorie).map((w) => [w.word, categoryOfWord(w.word) ?? '']),
    ),
    name,
    lage: 'adresse',
  };
  const opened = find(cols, /^(eroeffnet|eroeffnung|seit|gruendung|oeffnungsjahr|baujahr)/);
  const closed = find(cols, /^(geschlossen|schliessung|bis$|aufgegeben)/);
  if (opened) m.eroeffnet = opened;
  if (closed) m.geschlossen = closed;
  if (!records.fromGeometry) {
    const x = find(cols, X_COLUMN);
    const y = find(cols, Y_COLUMN);
    if (x) m.x = x;
    if (y) m.y = y;
    m.crs = 'auto';
  }
  return m;
}

export interface AppliedFacilities {
  facilities: ImportedFacility[];
  issues: Issue[];
  /** Rows skipped because their category word is mapped to nothing. */
  skipped: number;
  /** The CRS the coordinates were read in, and how it was found. */
  crs?: string;
}

const YEAR_MIN = 1800;
const YEAR_MAX = 2050;

/** Apply the mapping: every row becomes a facility, a skipped row, or a problem with its place. */
export function applyFacilityMapping(
  datei: string,
  records: FacilityRecords,
  m: FacilityMapping,
  decimal: Decimal,
): AppliedFacilities {
  const out: AppliedFacilities = { facilities: [], issues: [], skipped: 0 };
  const col = (label: string | undefined) => (label ? records.columns.indexOf(label) : -1);
  const problem = (ort: string, feld: string, meldung: string) =>
    out.issues.push({ datei, ort, feld, meldung });
  const catCol = col(m.kategorie);
  const nameCol = col(m.name);
  for (const [label, c] of [
    [m.kategorie, catCol],
    [m.name, nameCol],
  ] as const)
    if (c < 0) problem('Kopfzeile', label, 'Spalte fehlt in der Datei');
  if (catCol < 0 || nameCol < 0) return out;
  type Row = FacilityRecords['rows'][number];
  const reader = pointReader(records, m, decimal);
  if ('problem' in reader) {
    problem('Kopfzeile', reader.feld, reader.problem);
    return out;
  }
  if (reader.crs) out.crs = reader.crs;
  const { pointOf, field: pointField } = reader;
  const year = (r: Row, label: string | undefined): number | null | false => {
    const c = col(label);
    if (c < 0) return null;
    const v = readCell(r.cells[c], '.');
    if (v.kind === 'leer' || v.kind === 'zeichen') return null;
    if (v.kind !== 'wert' || !Number.isInteger(v.value) || v.value < YEAR_MIN || v.value > YEAR_MAX) {
      problem(
        r.ort,
        label!,
        `kein Jahr zwischen ${YEAR_MIN} und ${YEAR_MAX} (Wert „${cellText(r.cells[c])}“)`,
      );
      return false;
    }
    return v.value;
  };
  for (const r of records.rows) {
    const word = cellText(r.cells[catCol]);
    if (word === '') {
      problem(r.ort, m.kategorie, 'Kategorie fehlt (leere Zelle)');
      continue;
    }
    const kategorie = m.kategorien[word];
    if (kategorie === undefined) {
      problem(r.ort, m.kategorie, `Kategorie „${word}“ ist nicht zugeordnet`);
      continue;
    }
    if (kategorie === '') {
      out.skipped++;
      continue;
    }
    const name = cellText(r.cells[nameCol]);
    if (name === '') {
      problem(r.ort, m.name, 'Name fehlt (leere Zelle)');
      continue;
    }
    const at = pointOf(r);
    if (typeof at === 'string') {
      problem(r.ort, pointField, at);
      continue;
    }
    const eroeffnet = year(r, m.eroeffnet);
    const geschlossen = year(r, m.geschlossen);
    if (eroeffnet === false || geschlossen === false) continue;
    if (eroeffnet !== null && geschlossen !== null && geschlossen < eroeffnet) {
      problem(r.ort, m.geschlossen!, `geschlossen (${geschlossen}) vor eröffnet (${eroeffnet})`);
      continue;
    }
    out.facilities.push({
      kategorie,
      name: name.slice(0, 300),
      lon: Math.round(at[0] * 1e6) / 1e6,
      lat: Math.round(at[1] * 1e6) / 1e6,
      eroeffnet,
      geschlossen,
      lage: m.lage,
      herkunft: { datei, ort: r.ort, feld: m.name },
    });
  }
  return out;
}

export interface PointReader {
  /** A record's WGS84 position, or why it has none. */
  pointOf: (r: FacilityRecords['rows'][number]) => [number, number] | string;
  /** The field(s) a problem with the position names. */
  field: string;
  /** The CRS coordinate columns were read in, and how it was found. */
  crs?: string;
}

/**
 * How a record's position is read: a point of a geometry file, or coordinate columns in the CRS
 * given or the one their range fits (WGS84, EPSG:25832, 31467, 3857) — shared by facility lists
 * and address points.
 */
export function pointReader(
  records: FacilityRecords,
  m: { x?: string | undefined; y?: string | undefined; crs?: string | undefined },
  decimal: Decimal,
): PointReader | { feld: string; problem: string } {
  const onEarth = (at: [number, number] | string) =>
    typeof at !== 'string' && (Math.abs(at[0]) > 180 || Math.abs(at[1]) > 90)
      ? `Koordinate ${at[0]} / ${at[1]} liegt nicht auf der Erde (Koordinatensystem falsch angegeben?)`
      : at;
  if (records.fromGeometry)
    return { pointOf: (r) => onEarth(r.point ?? 'kein Punkt (erwartet Point)'), field: 'Geometrie' };
  const xc = m.x ? records.columns.indexOf(m.x) : -1;
  const yc = m.y ? records.columns.indexOf(m.y) : -1;
  if (xc < 0 || yc < 0)
    return { feld: xc < 0 ? (m.x ?? 'x') : (m.y ?? 'y'), problem: 'Koordinatenspalte nicht zugeordnet' };
  const num = (raw: Raw) => {
    const v = readCell(raw, decimal);
    return v.kind === 'wert' ? v.value : undefined;
  };
  const first = records.rows
    .map((r) => [num(r.cells[xc]), num(r.cells[yc])])
    .find((p): p is [number, number] => p[0] !== undefined && p[1] !== undefined);
  const given = m.crs && m.crs !== 'auto' ? normaliseCrs(m.crs) : undefined;
  const point = (coordinates: [number, number]): GeoJSON.Feature => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates },
  });
  const crs =
    given ?? (first ? guessCrs({ type: 'FeatureCollection', features: [point(first)] }) : undefined);
  if (!crs)
    return {
      feld: `${m.x} / ${m.y}`,
      problem: 'Koordinatensystem nicht erkannt (WGS84, EPSG:25832, 31467 oder 3857); bitte angeben',
    };
  const toWgs84 = positionToWgs84(crs);
  return {
    crs: `${crs} (${given ? 'angegeben' : 'aus dem Koordinatenbereich'})`,
    field: `${m.x} / ${m.y}`,
    pointOf: (r) => {
      const x = num(r.cells[xc]);
      const y = num(r.cells[yc]);
      if (x === undefined || y === undefined)
        return `keine Koordinate (Werte „${cellText(r.cells[xc])}“ / „${cellText(r.cells[yc])}“)`;
      const c = toWgs84([x, y]);
      return Number.isFinite(c[0]) && Number.isFinite(c[1])
        ? onEarth([c[0], c[1]])
        : `Koordinate ${x} / ${y} nicht umrechenbar`;
    },
  };
}

/** Point features (GeoJSON or Shapefile, already in WGS84) as records: properties become columns. */
export function recordsOfPoints(fc: GeoJSON.FeatureCollection): FacilityRecords {
  const columns: string[] = [];
  for (const f of fc.features)
    for (const k of Object.keys(f.properties ?? {})) if (!columns.includes(k)) columns.push(k);
  return {
    columns,
    fromGeometry: true,
    rows: fc.features.map((f, i) => {
      const g = f.geometry;
      const c =
        g?.type === 'Point'
          ? g.coordinates
          : g?.type === 'MultiPoint' && g.coordinates.length === 1
            ? g.coordinates[0]
            : undefined;
      const ok = c && Number.isFinite(c[0]) && Number.isFinite(c[1]);
      const props = (f.properties ?? {}) as Record<string, unknown>;
      return {
        ort: `Objekt ${i + 1}`,
        cells: columns.map((k) => {
          const v = props[k];
          return v === null ||
            v === undefined ||
            typeof v === 'string' ||
            typeof v === 'number' ||
            typeof v === 'boolean'
            ? v
            : JSON.stringify(v);
        }),
        point: ok ? [c[0]!, c[1]!] : undefined,
      };
    }),
  };
}

/** A table's body rows as records, numbered as the spreadsheet shows them. */
export function recordsOfTable(layout: TableLayout, datei: string): FacilityRecords {
  return {
    columns: layout.columns,
    fromGeometry: false,
    rows: layout.body.map((r) => ({ ort: rowPlace(layout.sheet, datei, r.row), cells: r.cells })),
  };
}

/** True when a geometry file holds points (facilities) rather than polygons (boundaries). */
export const holdsPoints = (fc: GeoJSON.FeatureCollection): boolean =>
  fc.features.some((f) => f.geometry?.type === 'Point' || f.geometry?.type === 'MultiPoint');

/** The columns holding the x (east, longitude) and y (north, latitude) coordinate, if any. */
export const coordinateColumns = (columns: string[]): [string | undefined, string | undefined] => [
  find(columns, X_COLUMN),
  find(columns, Y_COLUMN),
];

/** True when a table's columns look like a facility list: coordinate columns and a name. */
export function looksLikeFacilities(columns: string[]): boolean {
  const [x, y] = coordinateColumns(columns);
  return x !== undefined && y !== undefined;
}
