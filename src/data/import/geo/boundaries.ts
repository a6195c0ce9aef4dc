import { FINEST, MAP_LEVELS, type MapLevel } from '../../../domain/levels.ts';
import { packageKey } from '../../keys.ts';
import { readShapefileZip } from './shapefile.ts';
import { decodeUtf8 } from '../../text.ts';
import { multiPolygonAreaM2 } from '../../../domain/geo/area.ts';
import { collectionToWgs84, crsOfPrj, declaredCrs, guessCrs, isLonLat, normaliseCrs } from './crs.ts';
import { cleanRings, geometryOf, writeFeatureCollection } from './geojson.ts';
import { intersection, union, type MultiPolygon } from './polygon.ts';
import { dissolve, featuresOf, simplifyInterval, simplifyShare } from './topology.ts';

export interface ImportOptions {
  /** File name (decides the format: .zip = zipped Shapefile, .json/.geojson = GeoJSON) and its bytes. */
  fileName: string;
  bytes: Uint8Array;
  /** The property holding the Ortsteil key; found from the values when not given. */
  keyField?: string;
  nameField?: string;
  /**
   * CRS of the input when it carries none (a Shapefile has its .prj, a GeoJSON may name one); without
   * it the coordinate range decides (WGS84, EPSG:25832, 31467 or 3857, see crs.ts).
   */
  crs?: string;
  /** Percentage of vertices to keep (topology-preserving: shared borders are simplified once). */
  keepPercent: number;
  /** The file as readBoundaries has already read it (the Datenwerkstatt looks at it first). */
  read?: { fc: GeoJSON.FeatureCollection; crs: string };
  /** The registry: areas with their level slot (domain/levels.ts). */
  areas: { schluessel: string; ebene: string; name: string; eltern: string }[];
  /** The package's levels, finest first (the manifest's ids and German names). */
  levels: readonly { id: string; namen: { one: string; many: string } }[];
  quelle: string;
  /** Who publishes the boundaries (the manifest's first publisher); else the file is named. */
  attribution?: string | undefined;
  /**
   * Boundaries derived rather than surveyed (from address points): marked `naeherung`, with how
   * they were made, members for the collections (e.g. the accuracy) and properties per Ortsteil;
   * simplified by an interval in metres instead of a share of vertices.
   */
  derived?: {
    methode: string;
    attribution: string;
    members: Record<string, unknown>;
    properties: (key: string) => Record<string, unknown>;
    intervalM: number;
  };
}

export interface ImportResult {
  errors: string[];
  /** What was recognised: the key field, the CRS. */
  notices: string[];
  /** The boundary file per level slot (the finest imported, the coarser dissolved from it). */
  files: Partial<Record<MapLevel, string>>;
  report: { schluessel: string; name: string; flaeche_km2: number }[];
}

/** Overlap allowed between two Ortsteile, and the smallest hole counted as a gap, in km². */
export const OVERLAP_TOLERANCE_KM2 = 0.01;
const GAP_MIN_KM2 = 0.001;
/** Holes larger than this are not gaps but areas outside the city (the Bremen port area, 7.6 km²). */
const GAP_MAX_KM2 = 1;

/** Six decimals (about 0.1 m), as the shipped geometry is written. */
const rounded = (m: MultiPolygon): MultiPolygon =>
  cleanRings(
    m.map((p) => p.map((r) => r.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]))),
  );
const multi = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiPolygon;
const km2 = (m: MultiPolygon) => multiPolygonAreaM2(m) / 1e6;

const isPosition = (p: unknown) =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const isRing = (r: unknown) => Array.isArray(r) && r.every(isPosition);
const isPolygon = (p: unknown) => Array.isArray(p) && p.length > 0 && p.every(isRing);
/** Coordinates that are arrays of finite number pairs all the way down (no null, no strings). */
const wellFormed = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) =>
  g.type === 'Polygon'
    ? isPolygon(g.coordinates)
    : Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon);

/**
 * Import the city's official Ortsteil boundaries: reproject to WGS84, simplify without breaking
 * shared borders (topojson works on shared arcs), validate keys, rings, overlaps and gaps, derive
 * Stadtteile and Stadtbezirke by dissolving, and write the files marked `amtlich`.
 */
export async function importOfficial(o: ImportOptions): Promise<ImportResult> {
  const errors: string[] = [];
  let fc: GeoJSON.FeatureCollection;
  const notices: string[] = [];
  const failed = (message: string): ImportResult => ({ errors: [message], notices, files: {}, report: [] });
  try {
    const read = o.read ?? (await readBoundaries(o));
    fc = read.fc;
    notices.push(`Koordinatensystem: ${read.crs}`);
  } catch (e) {
    return failed(`${o.fileName}: kann nicht gelesen werden (${(e as Error).message})`);
  }
  if (fc.features.length === 0) return failed(`${o.fileName}: die Datei enthält keine Features`);
  const registry = new Map(o.areas.map((a) => [a.schluessel, a]));
  const finest = o.levels[0]?.namen ?? { one: 'Gebiet', many: 'Gebiete' };
  const finestKeys = new Set(o.areas.filter((a) => a.ebene === FINEST).map((a) => a.schluessel));
  const normaliseKey = (v: unknown) => packageKey(String(v ?? ''), finestKeys) ?? String(v ?? '').trim();
  const keyField = o.keyField ?? detectKeyField(fc, finestKeys);
  if (!keyField)
    return failed(
      `${o.fileName}: kein Feld mit Schlüsseln der ${finest.many} gefunden (vorhanden: ${Object.keys(fc.features[0]?.properties ?? {}).join(', ')})`,
    );
  notices.push(`Schlüsselfeld: ${keyField}`);
  const ortsteile = new Map<string, { name: string; geom: MultiPolygon }>();
  fc.features.forEach((f, i) => {
    const where = `${o.fileName}, Feature ${i + 1}`;
    if (!f.properties || !Object.hasOwn(f.properties, keyField)) {
      errors.push(
        `${where}: Schlüsselfeld „${keyField}“ fehlt (vorhanden: ${Object.keys(f.properties ?? {}).join(', ')})`,
      );
      return;
    }
    const key = normaliseKey(f.properties[keyField]);
    const area = registry.get(key);
    if (area?.ebene !== FINEST)
      return void errors.push(`${where}, Feld ${keyField}: „${key}“ ist kein Schlüssel der ${finest.many}`);
    if (ortsteile.has(key))
      return void errors.push(`${where}, Feld ${keyField}: ${finest.one} ${key} doppelt`);
    if (!f.geometry || !['Polygon', 'MultiPolygon'].includes(f.geometry.type))
      return void errors.push(`${where}: ${finest.one} ${key} hat keine Flächengeometrie`);
    if (!wellFormed(f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon))
      return void errors.push(
        `${where}, Feld geometry.coordinates: ${finest.one} ${key} hat fehlende oder ungültige Koordinaten`,
      );
    const geom = multi(f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon);
    if (geom.some((poly) => poly.some((ring) => ring.length < 4)) || km2(geom) <= 0)
      return void errors.push(`${where}: ${finest.one} ${key} hat ungültige Ringe`);
    const name =
      o.nameField && Object.hasOwn(f.properties, o.nameField) && f.properties[o.nameField]
        ? String(f.properties[o.nameField])
        : area.name;
    ortsteile.set(key, { name, geom });
  });
  for (const a of o.areas)
    if (a.ebene === FINEST && !ortsteile.has(a.schluessel))
      errors.push(`${o.fileName}: ${finest.one} ${a.schluessel} ${a.name} fehlt`);
  const list = [...ortsteile].sort(([a], [b]) => a.localeCompare(b));
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const overlap = km2(intersection(list[i]![1].geom, list[j]![1].geom));
      if (overlap > OVERLAP_TOLERANCE_KM2)
        errors.push(
          `${o.fileName}: ${finest.many} ${list[i]![0]} und ${list[j]![0]} überlappen um ${overlap.toFixed(3)} km²`,
        );
    }
  if (list.length > 0) {
    for (const poly of union(...list.map(([, v]) => v.geom)))
      for (const hole of poly.slice(1)) {
        const a = km2([[hole]]);
        if (a > GAP_MIN_KM2 && a < GAP_MAX_KM2)
          errors.push(
            `${o.fileName}: Lücke von ${a.toFixed(3)} km² zwischen ${finest.many} bei ${hole[0]!.map((c) => c.toFixed(4)).join(', ')}`,
          );
      }
  }
  if (errors.length > 0) return { errors, notices, files: {}, report: [] };

  // Each finest area carries its ancestor on every coarser level, so those levels are dissolved
  // from it on shared arcs: their borders are exactly the finest level's borders.
  const ancestors = (k: string): string[] => {
    const out: string[] = [];
    for (
      let up = registry.get(k)!.eltern, i = 1;
      i < o.levels.length;
      i++, up = registry.get(up)?.eltern ?? ''
    )
      out.push(up);
    return out;
  };
  const input: Parameters<typeof simplifyShare>[0] = {
    type: 'FeatureCollection',
    features: list.map(([k, v]) => ({
      type: 'Feature',
      properties: {
        schluessel: k,
        ...Object.fromEntries(ancestors(k).map((a, i) => [MAP_LEVELS[i + 1]!, a])),
      },
      geometry: geometryOf(v.geom),
    })),
  };
  const topo = o.derived
    ? simplifyInterval(input, o.derived.intervalM)
    : simplifyShare(input, o.keepPercent / 100);
  const simplified = new Map(
    featuresOf(topo).map((f) => [String(f.properties!.schluessel), rounded(multi(f.geometry))]),
  );
  const coarser = o.levels
    .slice(1)
    .map((l) => l.namen.many)
    .join(' und ');
  const members = (ebene: string) =>
    o.derived
      ? {
          ebene,
          genauigkeit: 'naeherung',
          quelle: o.quelle,
          methode: o.derived.methode,
          attribution: o.derived.attribution,
          ...o.derived.members,
        }
      : {
          ebene,
          genauigkeit: 'amtlich',
          quelle: o.quelle,
          methode: `Import der amtlichen Grenzen der ${finest.many} aus ${o.fileName} (Schlüsselfeld ${keyField}), nach WGS84 umgerechnet, topologisch auf ${o.keepPercent} % der Stützpunkte vereinfacht (gemeinsame Grenzen bleiben deckungsgleich)${coarser ? `; ${coarser} zusammengefasst` : ''}`,
          attribution: o.attribution || o.fileName,
        };
  const feature = (k: string, geom: MultiPolygon, finestLevel = false) => ({
    type: 'Feature',
    id: Number(k),
    properties: {
      schluessel: k,
      name: registry.get(k)!.name,
      eltern: registry.get(k)!.eltern,
      flaeche_km2_geometrie: Math.round(km2(geom) * 100) / 100,
      ...(finestLevel ? o.derived?.properties(k) : {}),
    },
    geometry: geometryOf(geom),
  });
  const fromDissolve = (field: string) =>
    dissolve(topo, field)
      .map((m) => feature(m.key, rounded(m.geometry.coordinates as MultiPolygon)))
      .sort((a, b) => a.id - b.id);
  const files: Partial<Record<MapLevel, string>> = {};
  o.levels.forEach((l, i) => {
    const slot = MAP_LEVELS[i]!;
    files[slot] =
      i === 0
        ? writeFeatureCollection(
            members(l.id),
            list.map(([k]) => feature(k, simplified.get(k)!, true)),
          )
        : writeFeatureCollection(members(l.id), fromDissolve(slot));
  });
  return {
    errors,
    notices,
    files,
    report: list.map(([k, v]) => ({
      schluessel: k,
      name: v.name,
      flaeche_km2: Math.round(km2(v.geom) * 100) / 100,
    })),
  };
}

/**
 * Read a zipped Shapefile (reprojected by its .prj) or a GeoJSON file into WGS84 features; a file
 * that does not say its CRS is placed by `crs`, or else by its coordinate range.
 */
export async function readBoundaries(
  o: Pick<ImportOptions, 'fileName' | 'bytes' | 'crs'>,
): Promise<{ fc: GeoJSON.FeatureCollection; crs: string }> {
  const given = o.crs === undefined ? undefined : normaliseCrs(o.crs);
  if (o.crs !== undefined && !given) throw new Error(`unbekanntes Koordinatensystem „${o.crs}“`);
  const place = (fc: GeoJSON.FeatureCollection, declared: string | undefined, how: string) => {
    if (!Array.isArray(fc.features) || fc.features.length === 0) return { fc, crs: 'EPSG:4326' };
    const crs = declared ?? given ?? guessCrs(fc);
    if (!crs)
      throw new Error(
        'Koordinatensystem nicht erkannt (weder WGS84 noch EPSG:25832, 31467 oder 3857); bitte angeben',
      );
    return {
      fc: collectionToWgs84(fc, crs),
      crs: `${crs} (${declared ? how : given ? 'angegeben' : 'aus dem Koordinatenbereich'})`,
    };
  };
  if (o.fileName.toLowerCase().endsWith('.zip')) {
    // shpjs has already reprojected a layer whose .prj it understood.
    const { fc, prj } = readShapefileZip(o.bytes);
    const named = prj ? (crsOfPrj(prj) ?? 'Koordinatensystem') : undefined;
    if (!named || given || !isLonLat(fc) || guessCrs(fc) !== 'EPSG:4326') return place(fc, undefined, '');
    return {
      fc,
      crs:
        named === 'EPSG:4326'
          ? 'EPSG:4326 (aus der .prj-Datei)'
          : `${named} (aus der .prj-Datei, nach WGS84 umgerechnet)`,
    };
  }
  // The package's text rules (UTF-8, fatal; a BOM is fine), as in the browser and data:check.
  const text = decodeUtf8(o.bytes);
  if (!text.ok) throw new Error(text.problem);
  const fc = JSON.parse(text.text) as GeoJSON.FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new Error('keine GeoJSON-FeatureCollection');
  return place(fc, declaredCrs(fc), 'in der Datei angegeben');
}

/** The property whose values are the most keys of `keys` (in any form packageKey reads). */
export function detectKeyField(fc: GeoJSON.FeatureCollection, keys: ReadonlySet<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const f of fc.features)
    for (const [k, v] of Object.entries(f.properties ?? {}))
      if (packageKey(String(v ?? ''), keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  return best;
}
