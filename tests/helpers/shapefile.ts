import { write } from '@mapbox/shp-write';
import { zipSync } from 'fflate';
import proj4 from 'proj4';
import { EPSG_25832 } from '../../src/data/import/geo/crs.ts';

/** The .prj the Land Bremen's GIS writes for ETRS89 / UTM 32N (ESRI WKT). */
export const PRJ_25832 =
  'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

type Ring = number[][];
const signedArea = (r: Ring) =>
  r.reduce((s, p, i) => (i === 0 ? s : s + r[i - 1]![0]! * p[1]! - p[0]! * r[i - 1]![1]!), 0);
/** Shapefile rings: outer rings clockwise, holes counter-clockwise (the reverse of RFC 7946). */
const oriented = (r: Ring, outer: boolean) => (signedArea(r) < 0 === outer ? r : [...r].reverse());

/**
 * A zipped polygon Shapefile as a GIS office delivers it: the features reprojected from WGS84 to
 * EPSG:25832, with a .prj, and attributes in the .dbf (written by @mapbox/shp-write).
 */
export function polygonShapefileZip(
  name: string,
  features: {
    properties: Record<string, string | number>;
    geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  }[],
  options: { prj?: boolean } = {},
): Uint8Array {
  const to = proj4('EPSG:4326', EPSG_25832).forward;
  const rings = features.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polys.flatMap((poly) =>
      poly.map((ring, i) =>
        oriented(
          ring.map((p) => to([p[0]!, p[1]!])),
          i === 0,
        ),
      ),
    );
  });
  let out: { shp: DataView; shx: DataView; dbf: DataView } | undefined;
  write(
    features.map((f) => f.properties),
    'POLYGON',
    rings,
    (err, files) => {
      if (err) throw err as Error;
      out = files;
    },
  );
  const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return zipSync({
    [`${name}.shp`]: bytes(out!.shp),
    [`${name}.shx`]: bytes(out!.shx),
    [`${name}.dbf`]: bytes(out!.dbf),
    ...(options.prj === false ? {} : { [`${name}.prj`]: new TextEncoder().encode(PRJ_25832) }),
  });
}

/** A zipped point Shapefile (facilities) in EPSG:25832 with a .prj, as the GIS office exports one. */
export function pointShapefileZip(
  name: string,
  points: { properties: Record<string, string | number>; lonLat: [number, number] }[],
): Uint8Array {
  const to = proj4('EPSG:4326', EPSG_25832).forward;
  let out: { shp: DataView; shx: DataView; dbf: DataView } | undefined;
  write(
    points.map((p) => p.properties),
    'POINT',
    points.map((p) => to(p.lonLat)),
    (err, files) => {
      if (err) throw err as Error;
      out = files;
    },
  );
  const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return zipSync({
    [`${name}.shp`]: bytes(out!.shp),
    [`${name}.shx`]: bytes(out!.shx),
    [`${name}.dbf`]: bytes(out!.dbf),
    [`${name}.prj`]: new TextEncoder().encode(PRJ_25832),
  });
}
