import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MapLevel } from '../domain/levels.ts';
import { bindAreaEvents, bindBasemapError, bindFacilityEvents, type MapEvents } from './events.ts';
import { colourMap, syncInteraction, type Interaction } from './featureState.ts';
import { attach, detach, replaceAreas, startMapSession, type MapSession } from './session.ts';
import {
  useBasemap,
  useFacilitySources,
  sendLabels,
  useLabelPoints,
  useLevelVisibility,
  type Basemap,
} from './sources.ts';

export interface MapViewProps {
  style: StyleSpecification;
  bounds: [number, number, number, number];
  level: MapLevel;
  /** Fill colour per area key of the visible level. */
  colours: ReadonlyMap<string, string>;
  interaction: Interaction;
  /** The user's own boundaries (Datenwerkstatt), sent once instead of the shipped ones; null: none. */
  ownAreas: Record<MapLevel, GeoJSON.FeatureCollection> | null;
  /** Label points per level; sent to the map once. */
  labelPoints: Record<MapLevel, GeoJSON.FeatureCollection>;
  /** Facilities to show (already filtered) and the one to ring (hovered or focused in a list). */
  facilities: { shown: GeoJSON.FeatureCollection; ringed: GeoJSON.FeatureCollection };
  basemap: Basemap | null;
  a11y: {
    label: string;
    roleDescription: string;
    /** Shown when the map cannot be drawn (no WebGL): the table remains. */
    unavailableText: string;
    describedBy: string;
  };
  events: MapEvents & {
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
    onReady?: (map: MapLibreMap) => void;
  };
}

/**
 * The map in the page: attaches the map session (session.ts), binds its events (events.ts) and
 * drives it. After the style, every change is feature state (featureState.ts, batched per frame by
 * MapLibre) or layer visibility (sources.ts).
 */
export function MapView(p: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = useRef(p);
  useEffect(() => {
    latest.current = p;
  });

  const initial = useRef(p);
  useEffect(() => {
    let disposed = false;
    let session: MapSession | undefined;
    const offs: (() => void)[] = [];
    const events = () => latest.current.events;
    startMapSession({ style: initial.current.style, bounds: initial.current.bounds })
      .then(async (s) => {
        if (disposed || !container.current) return;
        session = s;
        attach(s, container.current, initial.current.bounds);
        const m = s.map;
        offs.push(
          ...bindAreaEvents(m, events),
          ...bindFacilityEvents(m, events),
          bindBasemapError(m, events),
        );
        await s.styled;
        performance.mark('qx-stil-geladen');
        if (disposed) return;
        // Labels and colours now, before React's next render (see colourMap): the labels are part
        // of the first complete picture, and waited behind a render and the hidden levels' tiles.
        sendLabels(m, latest.current.labelPoints, latest.current.level);
        colourMap(m, latest.current.level, latest.current.colours);
        setMap(m);
        events().onReady?.(m);
      })
      // Without WebGL (or if the library fails to load) the table still shows everything.
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      disposed = true;
      offs.forEach((off) => off());
      if (session) detach(session);
    };
  }, []);

  useLabelPoints(map, p.labelPoints, p.level);
  useEffect(() => {
    if (map && p.ownAreas) replaceAreas(map, p.ownAreas);
  }, [map, p.ownAreas]);
  useFacilitySources(map, p.facilities.shown, p.facilities.ringed);
  useBasemap(map, p.basemap);
  useLevelVisibility(map, p.level);
  // Cheap on every render: only changed values are sent.
  useEffect(() => {
    if (!map) return;
    colourMap(map, p.level, p.colours);
    syncInteraction(map, p.level, p.colours.keys(), p.interaction);
  });

  return (
    <div
      ref={container}
      className="map"
      tabIndex={0}
      role="application"
      aria-roledescription={p.a11y.roleDescription}
      aria-label={p.a11y.label}
      aria-describedby={p.a11y.describedBy}
      onKeyDown={p.events.onKeyDown}
      data-ready={map ? 'true' : 'false'}
    >
      {failed && (
        <p className="map-error" role="alert">
          {p.a11y.unavailableText} ({failed})
        </p>
      )}
    </div>
  );
}
