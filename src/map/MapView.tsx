import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { loadMapLibre } from './maplibre.ts';
import { fillLayerId, MAP_LEVELS, sourceId, type MapLevel } from './style.ts';

export interface MapViewProps {
  style: StyleSpecification;
  bounds: [number, number, number, number];
  level: MapLevel;
  /** Fill colour per area key of the visible level. */
  colours: ReadonlyMap<string, string>;
  /** Text under each area's name (value with unit, "k. A." or "·"). */
  labels: Readonly<Record<string, string>>;
  hovered: string | null;
  selected: string | null;
  /** Areas of a highlighted legend class; the others are dimmed. Null: no highlight. */
  highlighted: ReadonlySet<string> | null;
  label: string;
  roleDescription: string;
  /** Shown when the map cannot be drawn (no WebGL): the table remains. */
  unavailableText: string;
  describedBy: string;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onBasemapError?: () => void;
  onReady?: (map: MapLibreMap) => void;
}

type StateKey = 'farbe' | 'hover' | 'auswahl' | 'markiert' | 'gedimmt';

/**
 * The MapLibre canvas. Geometry is given once with the style; every later change is feature
 * state (batched per frame by MapLibre) or a global-state value for the labels.
 */
export function MapView(p: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const callbacks = useRef(p);
  useEffect(() => {
    callbacks.current = p;
  });

  // Create the map once; the style carries all geometry.
  const initial = useRef({ style: p.style, bounds: p.bounds });
  useEffect(() => {
    let disposed = false;
    let instance: MapLibreMap | undefined;
    void loadMapLibre()
      .then(({ Map: MapClass }) => {
        if (disposed || !container.current) return;
        const m = new MapClass({
          container: container.current,
          style: initial.current.style,
          bounds: initial.current.bounds,
          fitBoundsOptions: { padding: 24 },
          keyboard: false,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          attributionControl: { compact: true },
          maxZoom: 16,
          minZoom: 9,
        });
        instance = m;
        m.getCanvas().setAttribute('tabindex', '-1');
        m.getCanvas().setAttribute('aria-hidden', 'true');
        m.on('error', (e) => {
          if ((e as { sourceId?: string }).sourceId === 'hintergrund') {
            if (m.getLayer('hintergrundkarte')) m.setLayoutProperty('hintergrundkarte', 'visibility', 'none');
            callbacks.current.onBasemapError?.();
          }
        });
        for (const l of MAP_LEVELS) {
          m.on('mousemove', fillLayerId(l), (e) => {
            const key = e.features?.[0]?.properties?.schluessel as string | undefined;
            m.getCanvas().style.cursor = key ? 'pointer' : '';
            callbacks.current.onHover(key ?? null);
          });
          m.on('mouseleave', fillLayerId(l), () => {
            m.getCanvas().style.cursor = '';
            callbacks.current.onHover(null);
          });
          m.on('click', fillLayerId(l), (e) => {
            const key = e.features?.[0]?.properties?.schluessel as string | undefined;
            if (key) callbacks.current.onSelect(key);
          });
        }
        m.once('load', () => {
          if (disposed) return;
          setMap(m);
          // Hook for the end-to-end tests and the bench: they wait for this map's `idle` event.
          (window as unknown as { __qxMap?: MapLibreMap }).__qxMap = m;
          // The first idle after load comes after the first colours were applied: the bench's end mark.
          m.once('idle', () => performance.mark('qx-karte-fertig'));
          callbacks.current.onReady?.(m);
        });
      })
      // Without WebGL (or if the library fails to load) the table still shows everything.
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      disposed = true;
      instance?.remove();
    };
  }, []);

  // Level: visibility only.
  useEffect(() => {
    if (!map) return;
    for (const layer of map.getStyle().layers) {
      const l = MAP_LEVELS.find((x) => layer.id.endsWith(`-${x}`));
      if (l) map.setLayoutProperty(layer.id, 'visibility', l === p.level ? 'visible' : 'none');
    }
  }, [map, p.level]);

  // Feature state: the previous value per key is remembered so only changes are sent.
  const sent = useRef(new Map<string, unknown>());
  const put = (m: MapLibreMap, key: string, name: StateKey, value: unknown) => {
    const k = `${p.level}|${key}|${name}`;
    if (sent.current.get(k) === value) return;
    sent.current.set(k, value);
    m.setFeatureState({ source: sourceId(p.level), id: key }, { [name]: value });
  };
  useEffect(() => {
    if (!map) return;
    for (const [key, colour] of p.colours) put(map, key, 'farbe', colour);
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
  useEffect(() => {
    if (map) map.setGlobalStateProperty('werte', p.labels);
  }, [map, p.labels]);

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
