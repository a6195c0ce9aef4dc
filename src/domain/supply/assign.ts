import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '../geo/bbox.ts';
import type { AreaKey } from '../ids.ts';
import type { AreaShape, Facility } from './facility.ts';

export interface Assignment {
  /** Area key per facility id. */
  areaOf: Map<string, AreaKey>;
  /** Facilities inside no area (outside the city or in a gap), reported, not counted. */
  outside: Facility[];
}

/**
 * Which area each facility lies in (turf point-in-polygon). A point exactly on a border shared by
 * two areas lies in both; it is counted once, in the area with the lowest key, so every facility
 * is counted exactly once whatever the boundaries. Points in no area are returned in `outside`.
 */
export function assignFacilities(facilities: readonly Facility[], areas: readonly AreaShape[]): Assignment {
  const sorted = [...areas]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((a) => ({ ...a, box: bbox([a.geometry]) }));
  const areaOf = new Map<string, AreaKey>();
  const outside: Facility[] = [];
  const known = new Set(areas.map((a) => a.key));
  for (const f of facilities) {
    if (f.area && known.has(f.area)) {
      areaOf.set(f.id, f.area);
      continue;
    }
    const pt: [number, number] = [f.lon, f.lat];
    const hit = sorted.find(
      (a) =>
        f.lon >= a.box[0] &&
        f.lon <= a.box[2] &&
        f.lat >= a.box[1] &&
        f.lat <= a.box[3] &&
        booleanPointInPolygon(pt, a.geometry),
    );
    if (hit) areaOf.set(f.id, hit.key);
    else outside.push(f);
  }
  return { areaOf, outside };
}
