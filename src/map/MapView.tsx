import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { attach, completeDeferred, detach, startMapSession, type MapSession } from './session.ts';
import {
  fillLayerId,
  FILL_STATES,
  labelSourceId,
  type OUTLINE_STATES,
  outlineSourceId,
  sourceId,
  FACILITY_CLUSTER_LAYER,
  FACILITY_FOCUS_SOURCE,
  FACILITY_POINT_LAYERS,
  FACILITY_SOURCE,
} from './style.ts';
import { MAP_LEVELS, type MapLevel } from '../domain/levels.ts';

export interface MapViewProps {
  style: StyleSpecification;
  bounds: [number, number, number, number];
  level: MapLevel;
  /** Fill colour per area key of the visible level. */
  colours: ReadonlyMap<string, string>;
  /** Label points per level; sent to the map once. */
  labelPoints: Record<MapLevel, GeoJSON.FeatureCollection>;
  hovered: string | null;
  selected: string | null;
  /** Areas of a highlighted legend class; the others are dimmed. Null: no highlight. */
  highlighted: ReadonlySet<string> | null;
  basemap: { tiles: string[]; attribution: string } | null;
  label: string;
  roleDescription: string;
  /** Shown when the map cannot be drawn (no WebGL): the table remains. */
  unavailableText: string;
  describedBy: string;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  /** Facilities to show (already filtered) and the one to ring (hovered or focused in a list). */
  facilities: GeoJSON.FeatureCollection;
  facilityFocus: GeoJSON.FeatureCollection;
  onFacilityHover: (id: string | null) => void;
  onBasemapError?: () => void;
  onReady?: (map: MapLibreMap) => void;
}

type StateKey = (typeof FILL_STATES)[number] | (typeof OUTLINE_STATES)[number];
const isFillState = (k: StateKey) => (FILL_STATES as readonly string[]).includes(k);

/**
 * The map in the page: attaches the map session (see session.ts) and drives it. After the style,
 * every change is feature state (batched per frame by MapLibre) or layer visibility.
 */
export function MapView(p: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const callbacks = useRef(p);
  useEffect(() => {
    callbacks.current = p;
  });

  const initial = useRef(p);
  // Feature state: the last value sent per key is remembered so only changes are sent.
  const sent = useRef(new Map<string, unknown>());
  const marked = useRef(false);
  useEffect(() => {
    let disposed = false;
    let session: MapSession | undefined;
    const offs: (() => void)[] = [];
    startMapSession({ style: initial.current.style, bounds: initial.current.bounds })
      .then(async (s) => {
        if (disposed || !container.current) return;
        session = s;
        attach(s, container.current, initial.current.bounds);
        const m = s.map;
        for (const l of MAP_LEVELS) {
          const move = (e: MapLayerMouseEvent) => {
            const key = e.features?.[0]?.properties?.schluessel as string | undefined;
            m.getCanvas().style.cursor = key ? 'pointer' : '';
            callbacks.current.onHover(key ?? null);
          };
          const leave = () => {
            m.getCanvas().style.cursor = '';
            callbacks.current.onHover(null);
          };
          const click = (e: MapLayerMouseEvent) => {
            const key = e.features?.[0]?.properties?.schluessel as string | undefined;
            if (key) callbacks.current.onSelect(key);
          };
          m.on('mousemove', fillLayerId(l), move);
          m.on('mouseleave', fillLayerId(l), leave);
          m.on('click', fillLayerId(l), click);
          offs.push(() => {
            m.off('mousemove', fillLayerId(l), move);
            m.off('mouseleave', fillLayerId(l), leave);
            m.off('click', fillLayerId(l), click);
          });
        }
        for (const layer of FACILITY_POINT_LAYERS) {
          const over = (e: MapLayerMouseEvent) => {
            m.getCanvas().style.cursor = 'pointer';
            callbacks.current.onFacilityHover(
              (e.features?.[0]?.properties?.id as string | undefined) ?? null,
            );
          };
          const out = () => callbacks.current.onFacilityHover(null);
          m.on('mousemove', layer, over);
          m.on('mouseleave', layer, out);
          offs.push(() => {
            m.off('mousemove', layer, over);
            m.off('mouseleave', layer, out);
          });
        }
        // A click on a group of facilities zooms in until it falls apart.
        const expand = (e: MapLayerMouseEvent) => {
          const f = e.features?.[0];
          const src = m.getSource<GeoJSONSource>(FACILITY_SOURCE);
          if (!f || !src || f.geometry.type !== 'Point') return;
          const center = f.geometry.coordinates as [number, number];
          void src
            .getClusterExpansionZoom(f.properties?.cluster_id as number)
            .then((zoom) => m.easeTo({ center, zoom }));
        };
        m.on('click', FACILITY_CLUSTER_LAYER, expand);
        offs.push(() => m.off('click', FACILITY_CLUSTER_LAYER, expand));
        const onError = (e: unknown) => {
          if ((e as { sourceId?: string }).sourceId !== 'hintergrund') return;
          if (m.getLayer('hintergrundkarte')) m.setLayoutProperty('hintergrundkarte', 'visibility', 'none');
          callbacks.current.onBasemapError?.();
        };
        m.on('error', onError);
        offs.push(() => m.off('error', onError));
        await s.styled;
        performance.mark('qx-stil-geladen');
        if (disposed) return;
        // Colour now, before React's next render (see colourMap).
        colourMap(m, callbacks.current, sent.current, marked);
        setMap(m);
        callbacks.current.onReady?.(m);
      })
      // Without WebGL (or if the library fails to load) the table still shows everything.
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      disposed = true;
      offs.forEach((off) => off());
      if (session) detach(session);
    };
  }, []);

  // Label points: computed from the parsed boundaries, sent once.
  useEffect(() => {
    if (!map) return;
    for (const l of MAP_LEVELS)
      void map.getSource<GeoJSONSource>(labelSourceId(l))?.setData(p.labelPoints[l]);
  }, [map, p.labelPoints]);

  // Facilities: a small clustered source of its own, replaced when a filter or the year changes.
  useEffect(() => {
    void map?.getSource<GeoJSONSource>(FACILITY_SOURCE)?.setData(p.facilities);
  }, [map, p.facilities]);
  useEffect(() => {
    void map?.getSource<GeoJSONSource>(FACILITY_FOCUS_SOURCE)?.setData(p.facilityFocus);
  }, [map, p.facilityFocus]);

  // Optional online basemap, added under everything when configured.
  useEffect(() => {
    if (!map || !p.basemap || map.getSource('hintergrund')) return;
    map.addSource('hintergrund', {
      type: 'raster',
      tiles: p.basemap.tiles,
      tileSize: 256,
      attribution: p.basemap.attribution,
    });
    map.addLayer(
      { id: 'hintergrundkarte', type: 'raster', source: 'hintergrund', paint: { 'raster-opacity': 0.6 } },
      map.getStyle().layers[1]?.id,
    );
  }, [map, p.basemap]);

  // Level: visibility only.
  useEffect(() => {
    if (!map) return;
    for (const layer of map.getStyle().layers) {
      const l = MAP_LEVELS.find((x) => layer.id.endsWith(`-${x}`));
      if (l) map.setLayoutProperty(layer.id, 'visibility', l === p.level ? 'visible' : 'none');
    }
  }, [map, p.level]);

  const put = (m: MapLibreMap, key: string, name: StateKey, value: unknown) =>
    putState(m, p.level, sent.current, key, name, value);
  useEffect(() => {
    if (map) colourMap(map, p, sent.current, marked);
  });
  useEffect(() => {
    if (!map) return;
    for (const key of p.colours.keys()) {
      put(map, key, 'hover', key === p.hovered);
      put(map, key, 'auswahl', key === p.selected);
      put(map, key, 'markiert', p.highlighted?.has(key) ?? false);
      put(map, key, 'gedimmt', p.highlighted !== null && !p.highlighted.has(key));
    }
  });

  return (
    <div
      ref={container}
      className="map"
      tabIndex={0}
      role="application"
      aria-roledescription={p.roleDescription}
      aria-label={p.label}
      aria-describedby={p.describedBy}
      onKeyDown={p.onKeyDown}
      data-ready={map ? 'true' : 'false'}
    >
      {failed && (
        <p className="map-error" role="alert">
          {p.unavailableText} ({failed})
        </p>
      )}
    </div>
  );
}

function putState(
  m: MapLibreMap,
  level: MapLevel,
  sent: Map<string, unknown>,
  key: string,
  name: StateKey,
  value: unknown,
): void {
  const k = `${level}|${key}|${name}`;
  if (sent.get(k) === value) return;
  sent.set(k, value);
  const source = isFillState(name) ? sourceId(level) : outlineSourceId(level);
  if (value && !isFillState(name)) completeDeferred(m);
  m.setFeatureState({ source, id: key }, { [name]: value });
}

/**
 * Fill colours as feature state. Also called the moment the style is ready, in the same task:
 * waiting for React's next render let MapLibre draw two uncoloured frames first (~250 ms each under
 * SwiftShader, seen in a trace of the bench).
 */
function colourMap(
  m: MapLibreMap,
  p: Pick<MapViewProps, 'level' | 'colours'>,
  sent: Map<string, unknown>,
  marked: { current: boolean },
): void {
  for (const [key, c] of p.colours) putState(m, p.level, sent, key, 'farbe', c);
  if (marked.current || p.colours.size === 0) return;
  marked.current = true;
  performance.mark('qx-farben');
  // The bench's end mark: the first frame drawn with the colours and the complete boundaries of
  // the visible level (labels may still be on their way: the floor page has none). Deferred hover
  // and selection outlines (empty until now, so loaded at once) get their data then.
  const level = p.level;
  const onRender = () => {
    if (!m.isSourceLoaded(sourceId(level)) || !m.isSourceLoaded(outlineSourceId(level))) return;
    m.off('render', onRender);
    performance.mark('qx-karte-fertig');
    completeDeferred(m);
  };
  m.on('render', onRender);
  m.triggerRepaint();
}
