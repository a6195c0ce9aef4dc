import write from '@mapbox/shp-write/src/write.js';
import { zipSync } from 'fflate';
import { toMetric } from '../import/geo/crs.ts';
import type { Position } from '../import/geo/polygon.ts';

/** The .prj the Land Bremen's GIS writes for ETRS89 / UTM 32N (ESRI WKT, no EPSG code). */
export const PRJ_25832_ESRI =
  'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/**
 * The .prj the app writes: EPSG's own WKT 1 for ETRS89 / UTM zone 32N with its authority codes,
 * so a GIS (QGIS, ArcGIS, GDAL) and a reader of the file see "EPSG 25832" itself.
 */
export const PRJ_25832 =
  'PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6258"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4258"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","25832"]]';

/** The .dbf's code page: the writer stores one byte per character (Latin-1), named in the .cpg. */
export const CPG = 'ISO-8859-1';

type Ring = number[][];
const signedArea = (r: Ring) =>
  r.reduce((s, p, i) => (i === 0 ? s : s + r[i - 1]![0]! * p[1]! - p[0]! * r[i - 1]![1]!), 0);
/** Shapefile rings: outer rings clockwise, holes counter-clockwise (the reverse of RFC 7946). */
const oriented = (r: Ring, outer: boolean) => (signedArea(r) < 0 === outer ? r : [...r].reverse());

/** A text the Latin-1 .dbf can hold: dashes and quotes simplified, anything else outside it as "?". */
export function latin1(s: string): string {
  return (
    s
      .replace(/[\u2012-\u2015]/g, '-')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .replace(/\u2026/g, '...')
      // eslint-disable-next-line no-control-regex -- the whole Latin-1 range, control characters included
      .replace(/[^\u0000-\u00ff]/g, '?')
  );
}

export type Attributes = Record<string, string | number | null>;
const clean = (row: Attributes): Attributes =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k.slice(0, 10), typeof v === 'string' ? latin1(v) : v]),
  );

/**
 * A zipped polygon Shapefile (.shp, .shx, .dbf, .prj, .cpg) in EPSG:25832: the features
 * reprojected from WGS84 with proj4, attribute names of at most 10 characters.
 */
export function polygonShapefileZip(
  name: string,
  features: { properties: Attributes; geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon }[],
  options: { prj?: boolean | 'esri'; cpg?: boolean } = {},
): Uint8Array {
  const to = (p: number[]) => toMetric([p[0]!, p[1]!] as Position) as number[];
  const rings = features.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polys.flatMap((poly) => poly.map((ring, i) => oriented(ring.map(to), i === 0)));
  });
  return zipped(
    name,
    'POLYGON',
    features.map((f) => clean(f.properties)),
    rings,
    {
      prj: options.prj === false ? null : options.prj === 'esri' ? PRJ_25832_ESRI : PRJ_25832,
      cpg: options.cpg !== false,
    },
  );
}

/** A zipped point Shapefile in EPSG:25832 with a .prj. */
export function pointShapefileZip(
  name: string,
  points: { properties: Attributes; lonLat: [number, number] }[],
  options: { cpg?: boolean; prj?: 'esri' } = {},
): Uint8Array {
  return zipped(
    name,
    'POINT',
    points.map((p) => clean(p.properties)),
    points.map((p) => toMetric(p.lonLat)),
    { prj: options.prj === 'esri' ? PRJ_25832_ESRI : PRJ_25832, cpg: options.cpg !== false },
  );
}

function zipped(
  name: string,
  type: 'POLYGON' | 'POINT',
  rows: Attributes[],
  geometries: object[],
  with_: { prj: string | null; cpg: boolean },
): Uint8Array {
  let out: { shp: DataView; shx: DataView; dbf: DataView } | undefined;
  write(rows, type, geometries, (err, files) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    out = files;
  });
  if (!out) throw new Error('Shapefile nicht geschrieben');
  const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  const text = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    [`${name}.shp`]: bytes(out.shp),
    [`${name}.shx`]: bytes(out.shx),
    [`${name}.dbf`]: bytes(out.dbf),
    ...(with_.cpg ? { [`${name}.cpg`]: text(CPG) } : {}),
    ...(with_.prj ? { [`${name}.prj`]: text(with_.prj) } : {}),
  });
}
