import type { GeoJSONSource, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { MAP_LEVELS, type MapLevel } from '../domain/levels.ts';
import { loadMapLibre } from './maplibre.ts';
import { forgetStates } from './featureState.ts';
import { fillLayerId, outlineSourceId, sourceId } from './style.ts';

/**
 * One map per page, started before React has the data: main.tsx starts it as soon as the script
 * runs, so MapLibre's worker fetches and tiles the boundaries while the main thread parses the data
 * package. The map lives in its own element, which the MapView moves into place when it mounts (a
 * WebGL canvas keeps its context when moved) and takes out again when the view changes, so coming
 * back to the map costs nothing.
 */
export interface MapSession {
  map: MapLibreMap;
  element: HTMLDivElement;
  /**
   * Resolves once the style is parsed and its sources exist: from then on feature state can be
   * set, and MapLibre applies it to each tile as the tile arrives, so the first frame with tiles
   * is already coloured (waiting for `load` cost one extra frame of ~150 ms, measured).
   */
  styled: Promise<void>;
}

export interface SessionInput {
  style: StyleSpecification;
  bounds: [number, number, number, number];
  /** Sources the style starts empty, with the URL each gets from `completeDeferred` (source id → URL). */
  deferred?: Record<string, string>;
  /** Layers the style starts hidden (outlines of tiled levels), shown by `completeDeferred`. */
  deferredLayers?: string[];
}

const pending = new WeakMap<MapLibreMap, Record<string, string>>();
const pendingLayers = new WeakMap<MapLibreMap, Set<string>>();

/** Layers hidden until `completeDeferred` (SessionInput.deferredLayers). */
export function registerDeferredLayers(map: MapLibreMap, ids: readonly string[]): void {
  if (ids.length) pendingLayers.set(map, new Set(ids));
}

/** Whether a layer waits for `completeDeferred` (a level switch leaves it hidden until then). */
export const isDeferredLayer = (map: MapLibreMap, id: string): boolean =>
  pendingLayers.get(map)?.has(id) ?? false;

/**
 * Give the deferred sources their data, once: called when the first map is complete, or earlier
 * when one of them is first needed. Each gets its geometry once, as every other source.
 */
export function completeDeferred(map: MapLibreMap): void {
  const urls = pending.get(map);
  const layers = pendingLayers.get(map);
  if (!urls && !layers) return;
  pending.delete(map);
  pendingLayers.delete(map);
  for (const [id, url] of Object.entries(urls ?? {})) void map.getSource<GeoJSONSource>(id)?.setData(url);
  // A deferred outline layer shows where its level's areas show.
  for (const id of layers ?? []) {
    const level = MAP_LEVELS.find((l) => id.endsWith(`-${l}`));
    const shown = level && map.getLayoutProperty(fillLayerId(level), 'visibility') !== 'none';
    map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
  }
  performance.mark('qx-grenzen-geladen');
}

/**
 * The user's own boundaries (Datenwerkstatt) replace the shipped ones on every level, once: the
 * deferred outline copies take the same data instead of the shipped files.
 */
export function replaceAreas(map: MapLibreMap, areas: Record<MapLevel, GeoJSON.FeatureCollection>): void {
  pending.delete(map);
  completeDeferred(map);
  const ids = MAP_LEVELS.flatMap((l) => [sourceId(l), outlineSourceId(l)]);
  if (ids.some((id) => map.getSource(id)?.type === 'vector')) {
    replaceTiles(map, areas);
    return;
  }
  for (const l of MAP_LEVELS)
    for (const id of [sourceId(l), outlineSourceId(l)])
      void map.getSource<GeoJSONSource>(id)?.setData(areas[l]);
}

/**
 * Vector tiles cannot take the user's GeoJSON: their sources become GeoJSON sources (the style is
 * diffed, so only those sources and their layers are rebuilt) and lose their feature state, which
 * the next colouring sends again.
 */
function replaceTiles(map: MapLibreMap, areas: Record<MapLevel, GeoJSON.FeatureCollection>): void {
  const style = map.getStyle();
  const sources: Record<string, SourceSpecification> = { ...style.sources };
  for (const l of MAP_LEVELS)
    for (const id of [sourceId(l), outlineSourceId(l)])
      if (sources[id]) sources[id] = { type: 'geojson', data: areas[l], promoteId: 'schluessel' };
  const layers = style.layers.map((layer) => {
    if (!('source-layer' in layer)) return layer;
    const copy = { ...layer };
    delete copy['source-layer'];
    return copy;
  });
  forgetStates(map);
  map.setStyle({ ...style, sources, layers }, { diff: true });
}

/**
 * How far out the map may zoom: a city stops at zoom 8 (its region), a larger territory one step
 * beyond the zoom that shows all of it (Germany's municipalities: 4).
 */
export function minZoomFor([w, , e]: [number, number, number, number]): number {
  const fits = Math.floor(Math.log2(360 / Math.max(e - w, 1e-6)));
  return Math.max(0, Math.min(8, fits - 1));
}

let current: Promise<MapSession> | undefined;

/**
 * Whether the map is in the page (attached by a view) rather than waiting off screen: the first
 * complete picture counts only once the user can see it.
 */
export const isOnScreen = (map: MapLibreMap): boolean => {
  const el = map.getContainer();
  return el.isConnected && el.style.visibility !== 'hidden';
};

export function startMapSession(input: SessionInput): Promise<MapSession> {
  current ??= loadMapLibre().then((lib) => {
    const element = document.createElement('div');
    element.className = 'map-canvas';
    // Until the view mounts it, the map renders off screen at about the size it will have, hidden:
    // a hidden canvas is not composited, so its frames cost no read-back of the drawing buffer
    // (under software rendering each read-back blocked the main thread 25–290 ms; the bench's
    // first map went from 1.56–1.58× to 1.43–1.44× the floor, two runs each).
    Object.assign(element.style, {
      position: 'absolute',
      left: '-10000px',
      top: '0',
      width: `${Math.max(320, window.innerWidth - 360)}px`,
      height: `${Math.max(300, window.innerHeight - 150)}px`,
      visibility: 'hidden',
    });
    document.body.appendChild(element);
    performance.mark('qx-karte-start');
    const map = new lib.Map({
      container: element,
      style: input.style,
      bounds: input.bounds,
      fitBoundsOptions: { padding: 24 },
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: { compact: true },
      maxZoom: 16,
      minZoom: minZoomFor(input.bounds),
      // Labels appear at once instead of fading in: a fade repaints for 300 ms, and under software
      // rendering each of those frames costs ~50 ms of CPU.
      fadeDuration: 0,
    });
    if (input.deferred) pending.set(map, input.deferred);
    registerDeferredLayers(map, input.deferredLayers ?? []);
    map.getCanvas().setAttribute('tabindex', '-1');
    map.getCanvas().setAttribute('aria-hidden', 'true');
    const styled = new Promise<void>((ok) => {
      if (map.isStyleLoaded()) ok();
      else map.once('style.load', () => ok());
    });
    // Hook for the end-to-end tests and the bench.
    (window as unknown as { __qxMap?: MapLibreMap }).__qxMap = map;
    return { map, element, styled };
  });
  return current;
}

/** Place the session's element into a container and fit the map to it. */
export function attach(
  s: MapSession,
  container: HTMLElement,
  bounds: [number, number, number, number],
): void {
  Object.assign(s.element.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    width: '100%',
    height: '100%',
    visibility: '',
  });
  container.appendChild(s.element);
  s.map.resize();
  s.map.fitBounds(bounds, { padding: 24, duration: 0 });
}

export function detach(s: MapSession): void {
  s.element.remove();
}
