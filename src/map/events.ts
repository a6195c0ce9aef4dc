import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { MAP_LEVELS } from '../domain/levels.ts';
import { FACILITY_CLUSTER_LAYER, FACILITY_POINT_LAYERS, FACILITY_SOURCE, fillLayerId } from './style.ts';

/** What the page hears from the map. Read through a getter, so a handler always sees the latest props. */
export interface MapEvents {
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
  onFacilityHover: (id: string | null) => void;
  onBasemapError?: () => void;
}
type Off = () => void;

const on = (
  m: MapLibreMap,
  type: 'mousemove' | 'mouseleave' | 'click',
  layer: string,
  f: (e: MapLayerMouseEvent) => void,
): Off => {
  m.on(type, layer, f);
  return () => m.off(type, layer, f);
};

/** Hover and click on the areas of every level; the cursor says what is clickable. */
export function bindAreaEvents(m: MapLibreMap, events: () => MapEvents): Off[] {
  const keyOf = (e: MapLayerMouseEvent) => e.features?.[0]?.properties?.schluessel as string | undefined;
  return MAP_LEVELS.flatMap((l) => [
    on(m, 'mousemove', fillLayerId(l), (e) => {
      const key = keyOf(e);
      m.getCanvas().style.cursor = key ? 'pointer' : '';
      events().onHover(key ?? null);
    }),
    on(m, 'mouseleave', fillLayerId(l), () => {
      m.getCanvas().style.cursor = '';
      events().onHover(null);
    }),
    on(m, 'click', fillLayerId(l), (e) => {
      const key = keyOf(e);
      if (key) events().onSelect(key);
    }),
  ]);
}

/** Hover on facility points; a click on a cluster zooms in until it falls apart. */
export function bindFacilityEvents(m: MapLibreMap, events: () => MapEvents): Off[] {
  const offs = FACILITY_POINT_LAYERS.flatMap((layer) => [
    on(m, 'mousemove', layer, (e) => {
      m.getCanvas().style.cursor = 'pointer';
      events().onFacilityHover((e.features?.[0]?.properties?.id as string | undefined) ?? null);
    }),
    on(m, 'mouseleave', layer, () => events().onFacilityHover(null)),
  ]);
  offs.push(
    on(m, 'click', FACILITY_CLUSTER_LAYER, (e) => {
      const f = e.features?.[0];
      const src = m.getSource<GeoJSONSource>(FACILITY_SOURCE);
      if (!f || !src || f.geometry.type !== 'Point') return;
      const center = f.geometry.coordinates as [number, number];
      void src
        .getClusterExpansionZoom(f.properties?.cluster_id as number)
        .then((zoom) => m.easeTo({ center, zoom }));
    }),
  );
  return offs;
}

/** The optional online basemap failing hides its layer and tells the page; nothing else stops. */
export function bindBasemapError(m: MapLibreMap, events: () => MapEvents): Off {
  const onError = (e: unknown) => {
    if ((e as { sourceId?: string }).sourceId !== 'hintergrund') return;
    if (m.getLayer('hintergrundkarte')) m.setLayoutProperty('hintergrundkarte', 'visibility', 'none');
    events().onBasemapError?.();
  };
  m.on('error', onError);
  return () => m.off('error', onError);
}
