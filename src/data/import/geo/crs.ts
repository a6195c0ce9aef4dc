import proj4 from 'proj4';
import type { MultiPolygon, Position } from './polygon.ts';

// ETRS89 / UTM zone 32N: the metric CRS of German official geodata (and of the city's GIS).
export const EPSG_25832 = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const converter = proj4('EPSG:4326', EPSG_25832);

export const toMetric = (p: Position): Position => converter.forward<Position>([p[0], p[1]]);
export const toWgs84 = (p: Position): Position => converter.inverse<Position>([p[0], p[1]]);

export const mapMulti = (m: MultiPolygon, f: (p: Position) => Position): MultiPolygon =>
  m.map((poly) => poly.map((ring) => ring.map(f)));

/**
 * The coordinate systems official German boundary files come in. proj4 knows EPSG:4326 and 3857;
 * the Land Bremen publishes in ETRS89 / UTM 32N (EPSG:25832), older files use Gauß-Krüger zone 3
 * (EPSG:31467, DHDN with the BKG's 7-parameter shift).
 */
const DEFS: Record<string, string> = {
  'EPSG:25832': EPSG_25832,
  'EPSG:31467':
    '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
};
for (const [code, def] of Object.entries(DEFS)) proj4.defs(code, def);

/** Accepts `EPSG:25832`, `epsg:25832` or `25832`; unknown codes are `undefined`. */
export function normaliseCrs(crs: string): string | undefined {
  const m = /^(?:epsg:)?(\d{4,5})$/i.exec(crs.trim());
  const code = m ? `EPSG:${m[1]}` : undefined;
  return code && (code === 'EPSG:4326' || code === 'EPSG:3857' || code in DEFS) ? code : undefined;
}

type Coords = number[] | Coords[];

/** A function from `crs` to WGS84 (lon, lat) for single positions (coordinate columns of a table). */
export function positionToWgs84(crs: string): (p: Position) => Position {
  if (crs === 'EPSG:4326') return (p) => p;
  const forward = proj4(crs, 'EPSG:4326').forward;
  return (p) => forward<Position>([p[0], p[1]]);
}

/** A copy of a FeatureCollection with every position reprojected from `crs` to WGS84 (lon, lat). */
export function collectionToWgs84(fc: GeoJSON.FeatureCollection, crs: string): GeoJSON.FeatureCollection {
  if (crs === 'EPSG:4326') return fc;
  const forward = proj4(crs, 'EPSG:4326').forward;
  // Anything that is not a coordinate array is left as it is, for the import's checks to name.
  const map = (c: Coords): Coords =>
    !Array.isArray(c)
      ? c
      : typeof c[0] === 'number'
        ? forward([c[0], c[1] as number])
        : (c as Coords[]).map(map);
  return {
    ...fc,
    features: fc.features.map((f) =>
      f.geometry && 'coordinates' in f.geometry
        ? {
            ...f,
            geometry: {
              ...f.geometry,
              coordinates: map(f.geometry.coordinates as Coords),
            } as GeoJSON.Geometry,
          }
        : f,
    ),
  };
}

/** True when the first position of the collection lies within longitude/latitude bounds. */
export function isLonLat(fc: GeoJSON.FeatureCollection): boolean {
  for (const f of fc.features) {
    let c: unknown = f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : undefined;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c)) return Math.abs(c[0] as number) <= 180 && Math.abs(c[1] as number) <= 90;
  }
  return true;
}

/** The CRS a GeoJSON file declares in its (pre-RFC 7946) `crs` member, e.g. `urn:ogc:def:crs:EPSG::25832`. */
export function declaredCrs(fc: unknown): string | undefined {
  const name = (fc as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof name !== 'string') return undefined;
  if (/CRS84$/i.test(name)) return 'EPSG:4326';
  const m = /EPSG:{1,2}(\d{4,5})$/i.exec(name);
  return m ? normaliseCrs(m[1]!) : undefined;
}

/**
 * The CRS of German boundary coordinates from their range, for files that do not say: WGS84
 * (degrees), ETRS89/UTM 32N (EPSG:25832, x 0–1,000 km, y 5,200–6,200 km), Gauß-Krüger zone 3
 * (EPSG:31467, x 3,000–4,000 km) or Web Mercator (EPSG:3857, y above 6,200 km). Undefined: none fits.
 */
export function guessCrs(fc: GeoJSON.FeatureCollection): string | undefined {
  for (const f of fc.features) {
    let c: unknown = f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : undefined;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') continue;
    const [x, y] = c as [number, number];
    if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'EPSG:4326';
    if (y >= 6.2e6 && y <= 7.6e6 && x >= 0 && x <= 2.2e6) return 'EPSG:3857';
    if (y >= 5.2e6 && y < 6.2e6 && x >= 0 && x <= 1e6) return 'EPSG:25832';
    if (y >= 5.2e6 && y < 6.2e6 && x >= 3e6 && x <= 4e6) return 'EPSG:31467';
    return undefined;
  }
  return undefined;
}

/** The EPSG code an ESRI or OGC WKT (.prj) describes, for the notes; undefined if not one of ours. */
export function crsOfPrj(prj: string): string | undefined {
  const w = prj.toUpperCase().replace(/[\s_"]/g, '');
  if (/UTM.*ZONE32N|ETRS1989UTMZONE32N|ETRS89\/UTMZONE32N/.test(w) && /ETRS|GRS1980/.test(w))
    return 'EPSG:25832';
  if (/GAUSS.*ZONE3|GK3|3DEGREEGAUSSZONE3|GAUSS-KRUGERZONE3/.test(w)) return 'EPSG:31467';
  if (/PSEUDO-?MERCATOR|MERCATORAUXILIARYSPHERE|WEBMERCATOR/.test(w)) return 'EPSG:3857';
  if (/^GEOGCS\[.*(WGS1984|WGS84)/.test(w)) return 'EPSG:4326';
  return undefined;
}
