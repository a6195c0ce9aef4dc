import type { AreaKey, Status } from '../ids.ts';
import type { Category } from './categories.ts';

/** A supply facility as the pure supply modules see it. */
export interface Facility {
  id: string;
  category: Category;
  name: string;
  /** Year opened; null: before the observation period or unknown. */
  opened: number | null;
  /** Year closed; null: still open. */
  closed: number | null;
  lon: number;
  lat: number;
  source: string;
  status: Status;
  /** How the point was placed: at an address, estimated within its quartier, or a sample. */
  location?: 'adresse' | 'geschaetzt' | 'beispiel';
  /** The Ortsteil of its nearest building address, where addresses are known: it decides over the approximate boundaries. */
  area?: AreaKey;
}

/** Open at the end of `year`: opened in or before it, and not closed in or before it. */
export const isOpen = (f: Facility, year: number): boolean =>
  (f.opened === null || f.opened <= year) && (f.closed === null || f.closed > year);

export interface AreaShape {
  key: AreaKey;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/**
 * Metres on a local equirectangular projection around a reference latitude: within a city of
 * 20 km the error against the great-circle distance is far below 0.1 %, and it is fast enough to
 * run for every grid cell and facility.
 */
export function localMetres(refLat: number): (lon: number, lat: number) => [number, number] {
  const R = 6_371_008.8;
  const k = Math.cos((refLat * Math.PI) / 180);
  return (lon, lat) => [((lon * Math.PI) / 180) * R * k, ((lat * Math.PI) / 180) * R];
}
