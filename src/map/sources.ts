import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { MAP_LEVELS, type MapLevel } from '../domain/levels.ts';
import { isDeferredLayer } from './session.ts';
import { FACILITY_FOCUS_SOURCE, FACILITY_SOURCE, labelSourceId } from './style.ts';

/** The small sources besides the boundaries, and the level's visibility: each effect sends one thing. */

/** The text each source of a map last got (kept with the map, as its feature state is). */
const sentData = new WeakMap<MapLibreMap, Map<string, string>>();

/**
 * Sends a source's data only when its content differs from what the source last got: a model
 * rebuilt with the same areas (coverage merged in after the first map), or a view coming back to
 * the session's map, sends nothing again.
 */
export function sendSource(map: MapLibreMap, id: string, data: GeoJSON.FeatureCollection): void {
  let sent = sentData.get(map);
  if (!sent) sentData.set(map, (sent = new Map()));
  const text = JSON.stringify(data);
  if (sent.get(id) === text) return;
  sent.set(id, text);
  void map.getSource<GeoJSONSource>(id)?.setData(data);
}

/** Label points of every level, the visible level's first (its labels belong to the first picture). */
export function sendLabels(
  map: MapLibreMap,
  points: Record<MapLevel, GeoJSON.FeatureCollection>,
  visible: MapLevel,
): void {
  for (const l of [visible, ...MAP_LEVELS.filter((x) => x !== visible)])
    sendSource(map, labelSourceId(l), points[l]);
}

/** Label points, computed from the parsed boundaries: sent once (and when a name or number changes). */
export function useLabelPoints(
  map: MapLibreMap | null,
  points: Record<MapLevel, GeoJSON.FeatureCollection>,
  visible: MapLevel,
) {
  useEffect(() => {
    if (map) sendLabels(map, points, visible);
  }, [map, points, visible]);
}

/** Facilities: a small clustered source of its own, replaced when a filter or the year changes. */
export function useFacilitySources(
  map: MapLibreMap | null,
  facilities: GeoJSON.FeatureCollection,
  focus: GeoJSON.FeatureCollection,
) {
  useEffect(() => {
    if (map) sendSource(map, FACILITY_SOURCE, facilities);
  }, [map, facilities]);
  useEffect(() => {
    if (map) sendSource(map, FACILITY_FOCUS_SOURCE, focus);
  }, [map, focus]);
}

export interface Basemap {
  tiles: string[];
  attribution: string;
}

/** Optional online basemap, added under everything when configured. */
export function useBasemap(map: MapLibreMap | null, basemap: Basemap | null) {
  useEffect(() => {
    if (!map || !basemap || map.getSource('hintergrund')) return;
    map.addSource('hintergrund', {
      type: 'raster',
      tiles: basemap.tiles,
      tileSize: 256,
      attribution: basemap.attribution,
    });
    map.addLayer(
      { id: 'hintergrundkarte', type: 'raster', source: 'hintergrund', paint: { 'raster-opacity': 0.6 } },
      map.getStyle().layers[1]?.id,
    );
  }, [map, basemap]);
}

/** A level switch is layer visibility only: every level's geometry is already on the GPU. */
export function useLevelVisibility(map: MapLibreMap | null, level: MapLevel) {
  useEffect(() => {
    if (!map) return;
    for (const layer of map.getStyle().layers) {
      const l = MAP_LEVELS.find((x) => layer.id.endsWith(`-${x}`));
      if (l && !isDeferredLayer(map, layer.id))
        map.setLayoutProperty(layer.id, 'visibility', l === level ? 'visible' : 'none');
    }
  }, [map, level]);
}
