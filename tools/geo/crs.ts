import proj4 from 'proj4';
import type { MultiPolygon, Position } from './polygon.ts';

// ETRS89 / UTM zone 32N: the metric CRS of German official geodata (and of the city's GIS).
export const EPSG_25832 = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const converter = proj4('EPSG:4326', EPSG_25832);

export const toMetric = (p: Position): Position => converter.forward([p[0], p[1]]) as Position;
export const toWgs84 = (p: Position): Position => converter.inverse([p[0], p[1]]) as Position;

export const mapMulti = (m: MultiPolygon, f: (p: Position) => Position): MultiPolygon =>
  m.map((poly) => poly.map((ring) => ring.map(f)));
