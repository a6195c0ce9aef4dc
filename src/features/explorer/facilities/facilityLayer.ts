import { LAST_YEAR } from '../../../domain/ids.ts';
import { CATEGORY_INFO } from '../../../domain/supply/categories.ts';
import { isOpen, type Facility } from '../../../domain/supply/facility.ts';
import type { ViewState } from '../../../state/url.ts';

export type FacilityState = 'offen' | 'geschlossen';

/** The year whose facilities are shown: forecast years show the last observed year. */
export const facilityYear = (jahr: number) => Math.min(jahr, LAST_YEAR);

/**
 * What the facility layer shows for a state: facilities of the chosen categories open at the end
 * of the year, and those closed between "geschlossen seit" and the year. Pure, so the map, the
 * counts next to the filter and the tests agree.
 */
export function visibleFacilities(
  facilities: readonly Facility[],
  s: Pick<ViewState, 'einrichtungen' | 'geschlossenSeit'> & { jahr: number },
): { facility: Facility; state: FacilityState }[] {
  const year = facilityYear(s.jahr);
  const cats = new Set(s.einrichtungen);
  const out: { facility: Facility; state: FacilityState }[] = [];
  for (const f of facilities) {
    if (!cats.has(f.category)) continue;
    if (isOpen(f, year)) out.push({ facility: f, state: 'offen' });
    else if (
      f.closed !== null &&
      f.closed <= year &&
      s.geschlossenSeit !== null &&
      f.closed >= s.geschlossenSeit
    )
      out.push({ facility: f, state: 'geschlossen' });
  }
  return out;
}

export function facilityCollection(
  list: readonly { facility: Facility; state: FacilityState }[],
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: list.map(({ facility: f, state }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
      properties: {
        id: f.id,
        buchstabe: CATEGORY_INFO[f.category].letter,
        zustand: state,
        geschlossen: f.closed === null ? '' : String(f.closed),
      },
    })),
  };
}
