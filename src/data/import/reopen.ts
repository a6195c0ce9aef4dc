import { unzipSync } from 'fflate';
import { CATEGORIES, type Category } from '../../domain/supply/categories.ts';
import { parseCsv } from '../csv.ts';
import { MAP_LEVELS, type MapLevel } from '../../domain/levels.ts';
import { manifestFiles, PACKAGE_FILES, sitePath, type PackageFileKey } from '../files.ts';
import { indicatorSchema, type Indicator } from '../schemas.ts';
import type { ImportedFacility } from './facilityMapping.ts';
import { LAYER_SOURCE_ID, type ImportLayer } from './layer.ts';
import { provenanceSchema, type ImportedValue, type MappingContext, type Provenance } from './mapping.ts';
import { STAT_SYMBOLS } from '../../domain/symbols.ts';
import type { AreaKey } from '../../domain/ids.ts';
import { ADDRESS_FILE, addressFileSchema, entriesOfAddressFile, type AddressEntry } from '../addressFile.ts';
import { ADDRESS_POINTS_FILE, parseAddressPoints } from '../addressPoints.ts';

/** What a published package (the Datenwerkstatt's zip) brings back: the layer it was made from. */
export interface Reopened {
  quelle?: Provenance | undefined;
  werte: ImportedValue[];
  neueIndikatoren: Indicator[];
  grenzen?: ImportLayer['grenzen'];
  einrichtungen?: ImportLayer['einrichtungen'];
  adressen?: ImportLayer['adressen'];
  hinweise: string[];
}

/** A package file's key in a zip, or the address index (which not every package has). */
type ZipFileKey = PackageFileKey | 'adressen' | 'adresspunkte';

/** The package files in a zip, by key, if it is a package (site or repository layout). */
export function packageInZip(bytes: Uint8Array): Partial<Record<ZipFileKey, string>> | undefined {
  const inside = (name: string) => name.replace(/^[^/]+\/(?=data\/|geo\/|public\/)/, '');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => /^(public\/)?(data|geo)\/[^/]+$/.test(inside(f.name)),
    });
  } catch {
    return undefined;
  }
  const byPath = new Map(
    Object.entries(files).map(([name, b]) => [inside(name), new TextDecoder().decode(b)]),
  );
  const text = (path: string) => byPath.get(sitePath(path)) ?? byPath.get(path);
  // The manifest names the boundary files; then every file by its key.
  const wanted = manifestFiles(text(PACKAGE_FILES.paket));
  const out: Partial<Record<ZipFileKey, string>> = {};
  for (const [k, path] of Object.entries(wanted) as [PackageFileKey, string][]) {
    const t = text(path);
    if (t !== undefined) out[k] = t;
  }
  const addresses = text(`public/${ADDRESS_FILE}`);
  if (addresses !== undefined) out.adressen = addresses;
  const points = text(`public/${ADDRESS_POINTS_FILE}`);
  if (points !== undefined) out.adresspunkte = points;
  return out.beobachtungen === undefined ? undefined : out;
}

const json = (text: string | undefined): unknown => {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * The Datenwerkstatt's own part of a published package, to work on again: values, symbols,
 * facilities and boundaries with the source `eigene-daten`, that source as the provenance, and the
 * catalogue entries the current package lacks. Rows that do not fit are named, not guessed.
 */
export function reopenPackage(
  datei: string,
  files: Partial<Record<ZipFileKey, string>>,
  ctx: MappingContext,
): Reopened {
  const out: Reopened = { werte: [], neueIndikatoren: [], hinweise: [] };
  const areas = new Map(ctx.areas.map((a) => [a.key as string, a.key]));
  const sources = (json(files.quellen) as { quellen?: unknown[] } | undefined)?.quellen ?? [];
  const own = sources.find((s) => (s as { id?: unknown }).id === LAYER_SOURCE_ID);
  const p = provenanceSchema.safeParse(own);
  if (p.success) out.quelle = p.data;
  else
    out.hinweise.push(
      `${datei}: keine vollständige Quelle „${LAYER_SOURCE_ID}“ in quellen.json — bitte die Herkunft angeben`,
    );
  const table = parseCsv(files.beobachtungen ?? '');
  const obs = sitePath(PACKAGE_FILES.beobachtungen);
  table.rows.forEach((r, i) => {
    if (r.quelle !== LAYER_SOURCE_ID) return;
    const herkunft = { datei, ort: `${obs}, Zeile ${table.lines[i]}`, feld: 'wert' };
    const jahr = Number(r.jahr);
    const zeichen = STAT_SYMBOLS.find((z) => z === r.zeichen);
    const wert = r.wert !== undefined && /^-?\d+(\.\d+)?$/.test(r.wert) ? Number(r.wert) : undefined;
    const gebiet = areas.get(r.gebiet ?? '');
    if (
      !gebiet ||
      !r.indikator ||
      !Number.isInteger(jahr) ||
      (wert === undefined) === (zeichen === undefined)
    ) {
      out.hinweise.push(`${datei}, ${herkunft.ort}: Zeile nicht lesbar, übergangen`);
      return;
    }
    out.werte.push({
      gebiet,
      indikator: r.indikator,
      jahr,
      ...(wert !== undefined ? { wert } : zeichen ? { zeichen } : {}),
      herkunft,
    });
  });
  const cat = (json(files.indikatoren) as { indikatoren?: unknown[] } | undefined)?.indikatoren ?? [];
  for (const raw of cat) {
    const i = indicatorSchema.safeParse(raw);
    if (i.success && !ctx.indicators.has(i.data.id)) out.neueIndikatoren.push(i.data);
  }
  const levels = MAP_LEVELS.filter((l) => files[l] !== undefined);
  const ownLayer = (l: MapLevel) =>
    (json(files[l]) as { quelle?: unknown } | undefined)?.quelle === LAYER_SOURCE_ID;
  if (levels.length > 0 && levels.every(ownLayer))
    out.grenzen = { datei, ebenen: Object.fromEntries(levels.map((l) => [l, files[l]!])) };
  const facilities = (json(files.einrichtungen) as { features?: unknown[] } | undefined)?.features ?? [];
  const mine: ImportedFacility[] = [];
  facilities.forEach((f, n) => {
    const feat = f as { geometry?: { coordinates?: unknown }; properties?: Record<string, unknown> } | null;
    const props = feat?.properties;
    const c = feat?.geometry?.coordinates;
    if (props?.quelle !== LAYER_SOURCE_ID || !Array.isArray(c)) return;
    const kategorie = props.kategorie as Category;
    if (!CATEGORIES.includes(kategorie) || typeof props.name !== 'string') return;
    mine.push({
      kategorie,
      name: props.name,
      lon: Number(c[0]),
      lat: Number(c[1]),
      eroeffnet: typeof props.eroeffnet === 'number' ? props.eroeffnet : null,
      geschlossen: typeof props.geschlossen === 'number' ? props.geschlossen : null,
      lage: props.lage === 'geschaetzt' ? 'geschaetzt' : 'adresse',
      herkunft: {
        datei,
        ort: `${sitePath(PACKAGE_FILES.einrichtungen)}, Einrichtung ${n + 1}`,
        feld: 'name',
      },
    });
  });
  if (files.adressen !== undefined) {
    const a = addressFileSchema.safeParse(json(files.adressen));
    if (a.success && a.data.quelle === LAYER_SOURCE_ID)
      out.adressen = withPositions(
        datei,
        entriesOfAddressFile(a.data),
        files.adresspunkte,
        areas,
        out.hinweise,
      );
    else if (!a.success)
      out.hinweise.push(`${datei}, ${ADDRESS_FILE}: Adressverzeichnis nicht lesbar, übergangen`);
  }
  if (mine.length > 0)
    out.einrichtungen = {
      dateien: [datei],
      kategorien: [...new Set(mine.map((f) => f.kategorie))],
      features: mine,
    };
  return out;
}

/**
 * The addresses with their positions again, where the package has geo/adresspunkte.json with as
 * many per area as the index: the two files pair an address with a position per area only (the
 * finder needs no positions, coverage and the facilities' areas no street), so the entries are
 * grouped by area in the order of the positions.
 */
function withPositions(
  datei: string,
  entries: AddressEntry[],
  pointsText: string | undefined,
  areas: ReadonlyMap<string, AreaKey>,
  hinweise: string[],
): NonNullable<ImportLayer['adressen']> {
  if (pointsText === undefined) return { datei, eintraege: entries };
  const { points } = parseAddressPoints(pointsText, areas, entries.length, undefined);
  const byKey = new Map<string, AddressEntry[]>();
  for (const e of entries) {
    let list = byKey.get(e[0]);
    if (!list) byKey.set(e[0], (list = []));
    list.push(e);
  }
  const counts = new Map<string, number>();
  for (const p of points ?? []) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  if (!points || [...byKey].some(([k, list]) => counts.get(k) !== list.length)) {
    hinweise.push(
      `${datei}, ${ADDRESS_POINTS_FILE}: Adresslagen passen nicht zum Adressverzeichnis, übergangen`,
    );
    return { datei, eintraege: entries };
  }
  const next = new Map<string, number>();
  const eintraege = points.map((p) => {
    const i = next.get(p.key) ?? 0;
    next.set(p.key, i + 1);
    return byKey.get(p.key)![i]!;
  });
  return { datei, eintraege, lagen: points.map((p): [number, number] => [p.lon, p.lat]) };
}
