import { useMemo, useState } from 'react';
import type { Model } from '../../../data/model.ts';
import type { ViewState } from '../../../state/url.ts';
import { facilityCollection, facilityYear, visibleFacilities } from './facilityLayer.ts';

/**
 * The facility overlay's state: the filtered points (rebuilt only when a filter or the shown year
 * changes, never on an indicator switch: the state keeps unchanged lists' identity), the facility
 * under the pointer or focused in a list, and a tooltip dismissed with Esc.
 */
export function useFacilityOverlay(model: Model, state: ViewState) {
  const [pointer, setPointer] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const year = facilityYear(state.jahr);
  const { einrichtungen, geschlossenSeit } = state;
  const shown = useMemo(
    () =>
      facilityCollection(visibleFacilities(model.facilities, { einrichtungen, geschlossenSeit, jahr: year })),
    [model.facilities, einrichtungen, geschlossenSeit, year],
  );
  const ringedId = pointer ?? focus;
  const ringed = ringedId ? model.facilities.find((f) => f.id === ringedId) : undefined;
  const ringedData = useMemo<GeoJSON.FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: ringed
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [ringed.lon, ringed.lat] },
              properties: {},
            },
          ]
        : [],
    }),
    [ringed],
  );
  return {
    layer: { shown, ringed: ringedData },
    /** The facility whose tooltip shows: under the pointer and not dismissed. */
    tooltipFor: pointer && ringed && dismissed !== pointer ? ringed : undefined,
    setPointer,
    setFocus,
    dismiss: () => setDismissed(pointer),
  };
}
