import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadMapLibre } from '../../map/maplibre.ts';
import { areaFeature } from '../../map/featureState.ts';
import { replaceAreas } from '../../map/session.ts';
import { labelSourceId, outlineSourceId, sourceId } from '../../map/style.ts';
import type { MapTheme } from '../../map/theme.ts';
import { initialMapStyle } from '../../view/mapInput.ts';
import { knownLocation } from '../../data/location.ts';
import { MAP_LEVELS, type MapLevel } from '../../domain/levels.ts';

export interface PresentMapView {
  level: MapLevel;
  colours: ReadonlyMap<string, string>;
  /** Label points of the visible level, each with its value text (`wert`). */
  labels: GeoJSON.FeatureCollection;
  /** Areas in the spotlight (all others dimmed); null: no spotlight. */
  spotlight: ReadonlySet<string> | null;
  selected: string | null;
  bounds: [number, number, number, number];
  /** Identifies the slide; reported back once it is fully drawn. */
  token: string;
}

/** Camera moves between slides last at most this long (the issue allows 1 s). */
export const CAMERA_MS = 600;

/**
 * The presentation's own map, in the big-screen theme (see map/theme.ts). Created once per
 * presentation and kept while non-map slides are shown; each slide changes feature state, the
 * label values and the camera only, and reports its token once the map is idle again.
 */
export function PresentMap(props: {
  view: PresentMapView | null;
  /** The big-screen theme (map/theme.ts), read once: it is part of the style. */
  theme: MapTheme;
  label: string;
  /** The user's own boundaries (Datenwerkstatt), sent once instead of the shipped ones. */
  ownAreas: Record<MapLevel, GeoJSON.FeatureCollection> | null;
  onDrawn: (token: string) => void;
  onFailed: (message: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const first = useRef(props.view);
  useEffect(() => {
    if (map && props.ownAreas) replaceAreas(map, props.ownAreas);
  }, [map, props.ownAreas]);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    let disposed = false;
    let created: MapLibreMap | undefined;
    const v = first.current;
    loadMapLibre()
      .then((lib) => {
        if (disposed || !container.current) return;
        const m = new lib.Map({
          container: container.current,
          style: initialMapStyle(props.theme, v?.level ?? 'ebene1'),
          bounds: v?.bounds ?? knownLocation().ausschnitt,
          fitBoundsOptions: { padding: 40 },
          interactive: false,
          // Labels appear at once instead of fading in: the slide is complete sooner.
          fadeDuration: 0,
          attributionControl: { compact: true },
          maxZoom: 16,
        });
        created = m;
        m.getCanvas().setAttribute('aria-hidden', 'true');
        (window as unknown as { __qxPresentMap?: MapLibreMap }).__qxPresentMap = m;
        m.once('style.load', () => !disposed && setMap(m));
      })
      .catch((e: unknown) => callbacks.current.onFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      disposed = true;
      created?.remove();
    };
    // The theme is read once: it is part of the style the map is created with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Feature state sent per key only when it changes.
  const sent = useRef(new Map<string, unknown>());
  /**
   * The extent the camera was last fitted to, and the map panel's size then: the camera is fitted
   * again whenever either changes — a slide reached by link is framed for the panel's final size
   * (the side column takes its width after the map is made), not for the size it was created at.
   */
  const fitted = useRef<{ extent: string; w: number; h: number } | null>(null);
  const view = props.view;
  const current = useRef(view);
  useEffect(() => {
    current.current = view;
  });
  const fit = useCallback((m: MapLibreMap, v: PresentMapView, animate: boolean) => {
    const el = container.current;
    if (!el) return;
    const w = el.clientWidth;
    const h = el.clientHeight;
    const extent = v.bounds.join(',');
    const f = fitted.current;
    const moved = f === null || f.extent !== extent;
    if (!moved && Math.abs(f.w - w) <= 2 && Math.abs(f.h - h) <= 2) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // Only a change of extent between slides is animated; a first framing or a resize is not.
    const duration = animate && moved && f !== null && !reduced ? CAMERA_MS : 0;
    fitted.current = { extent, w, h };
    m.fitBounds(v.bounds, { padding: 40, duration, essential: false });
  }, []);
  // The panel's size settles after the map is made (fonts, the side column): resize and frame again.
  useEffect(() => {
    const el = container.current;
    if (!map || !el || typeof ResizeObserver === 'undefined') return;
    const obs = new ResizeObserver(() => {
      map.resize();
      if (current.current) fit(map, current.current, false);
    });
    obs.observe(el);
    return () => obs.disconnect();
  }, [map, fit]);
  useEffect(() => {
    if (!map || !view) return;
    map.resize();
    const put = (source: string, key: string, name: string, value: unknown) => {
      const k = `${source}|${key}|${name}`;
      if (sent.current.get(k) === value) return;
      sent.current.set(k, value);
      map.setFeatureState(areaFeature(map, source, key), { [name]: value });
    };
    for (const layer of map.getStyle().layers) {
      const l = MAP_LEVELS.find((x) => layer.id.endsWith(`-${x}`));
      if (l) map.setLayoutProperty(layer.id, 'visibility', l === view.level ? 'visible' : 'none');
    }
    void map.getSource<GeoJSONSource>(labelSourceId(view.level))?.setData(view.labels);
    for (const [key, colour] of view.colours) {
      const lit = view.spotlight?.has(key) ?? false;
      put(sourceId(view.level), key, 'farbe', colour);
      put(sourceId(view.level), key, 'gedimmt', view.spotlight !== null && !lit);
      put(outlineSourceId(view.level), key, 'markiert', lit);
      put(outlineSourceId(view.level), key, 'auswahl', key === view.selected);
    }
    // The camera moves when the slide's extent differs from the last one, or the panel's size does.
    fit(map, view, true);
    const token = view.token;
    let done = false;
    const report = () => {
      if (done) return;
      // Idle can come before the camera has started; only a map at rest with its tiles counts.
      if (map.isMoving() || !map.isSourceLoaded(sourceId(view.level))) return;
      done = true;
      map.off('idle', report);
      callbacks.current.onDrawn(token);
    };
    map.on('idle', report);
    map.triggerRepaint();
    return () => {
      done = true;
      map.off('idle', report);
    };
  }, [map, view, fit]);

  return (
    <div
      ref={container}
      className="present-map"
      role="img"
      aria-label={props.label}
      data-ready={map ? 'true' : 'false'}
    />
  );
}
