import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { MapTheme } from './theme.ts';
import { MAP_LEVELS, type MapLevel } from '../domain/levels.ts';

/**
 * The map style as typed code built from a theme. Each level (Ortsteil, Stadtteil, Stadtbezirk)
 * gets its own GeoJSON source, loaded once (by URL, so MapLibre's worker fetches and tiles it off
 * the main thread); switching indicator or year changes feature state only (`farbe`, `hover`,
 * `auswahl`, `markiert`, `gedimmt`), switching level changes visibility. Labels show names only:
 * they never change with the indicator, because re-laying out text costs MapLibre hundreds of
 * milliseconds (measured), while values are in the tooltip, legend and table.
 */
export const FONT = 'Noto Sans SemiBold';

export const sourceId = (l: MapLevel) => `gebiete-${l}`;
/**
 * The same boundaries a second time, for the state-dependent outlines. MapLibre re-evaluates every
 * state-dependent layer of a source for each feature whose state changes; with the hover and
 * selection outlines on the colour source, a recolour rewrote the (much larger) line buffers of
 * every area too: 11,299 municipalities took ~450 ms per switch, ~60 ms without (measured).
 * Colour and dimming live on `sourceId` (with the plain boundary lines, which depend on no state),
 * hover, selection and class marking on `outlineSourceId`. Nothing shows on the latter until an
 * area is hovered, selected or marked, so it may get its data after the first map is complete
 * (`StyleInput.stateOutlines`).
 */
export const outlineSourceId = (l: MapLevel) => `grenzen-${l}`;
export const FILL_STATES = ['farbe', 'gedimmt'] as const;
export const OUTLINE_STATES = ['hover', 'auswahl', 'markiert'] as const;
export const labelSourceId = (l: MapLevel) => `beschriftung-${l}`;
export const fillLayerId = (l: MapLevel) => `flaeche-${l}`;
/** The hover/selection/marking layers of a level (on its outline source). */
export const stateOutlineLayers = (l: MapLevel) => [`markierung-${l}`, `auswahl-innen-${l}`];

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

type Data = GeoJSON.FeatureCollection | string;
/**
 * A level's boundaries as vector tiles: a PMTiles file (absolute URL) read by range requests
 * through the `pmtiles` protocol (map/maplibre.ts). Its one layer is AREA_TILE_LAYER, each area
 * with `schluessel` and `name` (tools/geo/pmtiles.ts writes it).
 */
export interface TiledAreas {
  kacheln: string;
}
export const AREA_TILE_LAYER = 'gebiete';
export const isTiled = (d: Data | TiledAreas): d is TiledAreas => typeof d === 'object' && 'kacheln' in d;
export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface StyleInput {
  theme: MapTheme;
  fontUrl: string;
  /** Boundaries per level, as data, as an absolute URL, or as vector tiles. */
  areas: Record<MapLevel, Data | TiledAreas>;
  /**
   * The data of the hover/selection/marking outline sources, if not `areas`: EMPTY defers them
   * (the caller sets `areas` later), so the first map waits for one copy of the boundaries only.
   */
  stateOutlines?: Record<MapLevel, Data>;
  /** Label points per level (filled in once the data package is parsed); null: no labels. */
  labels: Record<MapLevel, Data> | null;
  outline: Data | null;
  port: Data | null;
  visible: MapLevel;
}

export function levelLayers(
  l: MapLevel,
  t: MapTheme,
  visible: boolean,
  labels: boolean,
  tiled = false,
  outlinesDeferred = false,
): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  // A tiled outline source loads its tiles only while one of its layers is shown: deferred, its
  // layers start hidden (map/session.ts shows them after the first complete map).
  const outlineVisibility = outlinesDeferred ? 'none' : visibility;
  const src = sourceId(l);
  const lines = outlineSourceId(l);
  // Vector tiles name the layer in the file; GeoJSON sources have only one.
  const tileLayer = tiled ? { 'source-layer': AREA_TILE_LAYER } : {};
  // Lines keep MapLibre's default miter join: round joins multiplied the line vertices, and
  // software rendering pays per vertex (scale case: a third less GPU time for the first map).
  const layers: LayerSpecification[] = [
    {
      id: fillLayerId(l),
      type: 'fill',
      source: src,
      ...tileLayer,
      layout: { visibility },
      paint: {
        // The outline layers draw every edge anyway; MapLibre's own antialiasing pass would draw
        // them once more as GL lines, which cost software rendering a third of its frame (measured).
        'fill-antialias': false,
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'farbe'], t.noData]],
        'fill-opacity': ['case', state('gedimmt'), t.dimmedOpacity, 1],
      },
    },
    ...(t.areaCasing
      ? [
          {
            id: `grenze-aussen-${l}`,
            type: 'line',
            source: src,
            ...tileLayer,
            layout: { visibility },
            paint: { 'line-color': t.areaCasing, 'line-width': t.areaCasingWidth },
          } satisfies LayerSpecification,
        ]
      : []),
    {
      id: `grenze-${l}`,
      type: 'line',
      source: src,
      ...tileLayer,
      layout: { visibility },
      paint: { 'line-color': t.areaOutline, 'line-width': t.areaOutlineWidth },
    },
    {
      id: `markierung-${l}`,
      type: 'line',
      source: lines,
      ...tileLayer,
      layout: { visibility: outlineVisibility },
      paint: {
        'line-color': [
          'case',
          state('auswahl'),
          t.selectedColour,
          state('hover'),
          t.hoverColour,
          t.highlightColour,
        ],
        'line-width': [
          'case',
          state('auswahl'),
          t.selectedWidth,
          state('hover'),
          t.hoverWidth,
          state('markiert'),
          t.highlightWidth,
          0,
        ],
      },
    },
    {
      id: `auswahl-innen-${l}`,
      type: 'line',
      source: lines,
      ...tileLayer,
      layout: { visibility: outlineVisibility },
      paint: {
        'line-color': t.selectedInner,
        'line-width': ['case', state('auswahl'), 1.5, 0],
        'line-dasharray': [2, 2],
      },
    },
  ];
  if (labels)
    layers.push({
      id: `name-${l}`,
      type: 'symbol',
      source: labelSourceId(l),
      layout: {
        visibility,
        'text-field': t.labelValues
          ? [
              'format',
              ['get', 'name'],
              {},
              '\n',
              {},
              ['coalesce', ['get', 'wert'], ''],
              { 'font-scale': 1.15 },
            ]
          : ['get', 'name'],
        'text-font': [FONT],
        'text-size': t.labelSize,
        'text-max-width': 8,
        'text-line-height': 1.15,
        'text-padding': 1,
        // Where labels collide, those with a lower `prio` win (the presentation's spotlight).
        'symbol-sort-key': ['coalesce', ['get', 'prio'], 1],
      },
      paint: {
        'text-color': t.labelColour,
        'text-halo-color': t.labelHalo,
        'text-halo-width': t.labelHaloWidth,
      },
    });
  return layers;
}

export const FACILITY_SOURCE = 'einrichtungen';
export const FACILITY_FOCUS_SOURCE = 'einrichtung-fokus';
/** The layers a pointer can hover or click to reach a single facility. */
export const FACILITY_POINT_LAYERS = ['einrichtungen-offen', 'einrichtungen-geschlossen'] as const;
export const FACILITY_CLUSTER_LAYER = 'einrichtungen-gruppe';

/**
 * Facilities: clustered where they crowd (a white disc with the number), single points as a disc
 * with the category's letter: open ones filled, closed ones hollow with "× year" below.
 */
export function facilityLayers(t: MapTheme): LayerSpecification[] {
  const single: ExpressionSpecification = ['!', ['has', 'point_count']];
  const closed: ExpressionSpecification = ['==', ['get', 'zustand'], 'geschlossen'];
  const text = { 'text-font': [FONT], 'text-allow-overlap': true, 'text-ignore-placement': true };
  return [
    {
      id: FACILITY_CLUSTER_LAYER,
      type: 'circle',
      source: FACILITY_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': t.facilityOpen,
        'circle-stroke-width': 2.5,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 30, 20],
      },
    },
    {
      id: 'einrichtungen-gruppe-zahl',
      type: 'symbol',
      source: FACILITY_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        ...text,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-size': t.facilityTextSize + 1,
      },
      paint: { 'text-color': t.facilityOpen },
    },
    {
      id: 'einrichtungen-offen',
      type: 'circle',
      source: FACILITY_SOURCE,
      filter: ['all', single, ['!', closed]],
      paint: {
        'circle-color': t.facilityOpen,
        'circle-radius': t.facilityRadius,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'einrichtungen-geschlossen',
      type: 'circle',
      source: FACILITY_SOURCE,
      filter: ['all', single, closed],
      paint: {
        'circle-color': t.facilityClosedFill,
        'circle-radius': t.facilityRadius,
        'circle-stroke-color': t.facilityClosedStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'einrichtungen-buchstabe',
      type: 'symbol',
      source: FACILITY_SOURCE,
      filter: single,
      layout: { ...text, 'text-field': ['get', 'buchstabe'], 'text-size': t.facilityTextSize },
      paint: { 'text-color': ['case', closed, t.facilityClosedStroke, t.facilityOpenText] },
    },
    {
      id: 'einrichtungen-jahr',
      type: 'symbol',
      source: FACILITY_SOURCE,
      filter: ['all', single, closed],
      layout: {
        ...text,
        'text-field': ['concat', '× ', ['get', 'geschlossen']],
        'text-size': t.facilityTextSize - 1,
        'text-offset': [0, 1.5],
      },
      paint: { 'text-color': t.facilityClosedStroke, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'einrichtung-fokus',
      type: 'circle',
      source: FACILITY_FOCUS_SOURCE,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': t.facilityRadius + 5,
        'circle-stroke-color': t.selectedColour,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/**
 * The sources the picture of a level needs before it is complete: its areas, their state outlines
 * and labels, and the city outline and port where the map has them (facilities are optional).
 */
export function pictureSources(m: { getSource: (id: string) => unknown }, level: MapLevel): string[] {
  return [sourceId(level), outlineSourceId(level), labelSourceId(level), 'stadtgebiet', 'hafen'].filter(
    (id) => m.getSource(id) !== undefined,
  );
}

export function buildStyle(i: StyleInput): StyleSpecification {
  const t = i.theme;
  const sources: Record<string, SourceSpecification> = {};
  // What the first picture shows first: MapLibre loads sources in style order, and with one worker
  // (two cores) the hidden levels otherwise kept the first choropleth waiting (~150 ms, measured),
  // and the city outline, the port and the labels behind them (~300 ms after the colours, seen in
  // the bench's screencast).
  const levelSources = (l: MapLevel) => {
    const areas = i.areas[l];
    if (isTiled(areas)) {
      // Both sources read the same file; the outline source's tiles load once its layers are
      // shown (deferred with `stateOutlines`: after the first complete map, as for GeoJSON; the
      // second copy of every tile on the first map's path cost ~40 %, measured on the scale case).
      const tiles = { type: 'vector', url: `pmtiles://${areas.kacheln}`, promoteId: 'schluessel' } as const;
      sources[sourceId(l)] = { ...tiles };
      sources[outlineSourceId(l)] = { ...tiles };
    } else {
      sources[sourceId(l)] = { type: 'geojson', data: areas, promoteId: 'schluessel' };
      const outlines = (i.stateOutlines ?? i.areas)[l];
      sources[outlineSourceId(l)] = {
        type: 'geojson',
        data: isTiled(outlines) ? areas : outlines,
        promoteId: 'schluessel',
      };
    }
    if (i.labels) sources[labelSourceId(l)] = { type: 'geojson', data: i.labels[l] };
  };
  levelSources(i.visible);
  if (i.outline) sources.stadtgebiet = { type: 'geojson', data: i.outline };
  if (i.port) sources.hafen = { type: 'geojson', data: i.port };
  for (const l of MAP_LEVELS) if (l !== i.visible) levelSources(l);
  sources[FACILITY_SOURCE] = {
    type: 'geojson',
    data: EMPTY,
    cluster: true,
    clusterRadius: 36,
    clusterMaxZoom: 13,
  };
  sources[FACILITY_FOCUS_SOURCE] = { type: 'geojson', data: EMPTY };
  const layers: LayerSpecification[] = [
    { id: 'hintergrund-farbe', type: 'background', paint: { 'background-color': t.background } },
  ];
  if (i.port)
    layers.push({
      id: 'hafen',
      type: 'fill',
      source: 'hafen',
      paint: { 'fill-color': t.port, 'fill-outline-color': t.cityOutline },
    });
  for (const l of MAP_LEVELS)
    layers.push(
      ...levelLayers(
        l,
        t,
        l === i.visible,
        i.labels !== null,
        isTiled(i.areas[l]),
        isTiled(i.areas[l]) && i.stateOutlines !== undefined,
      ),
    );
  if (i.outline)
    layers.push({
      id: 'stadtgrenze',
      type: 'line',
      source: 'stadtgebiet',
      paint: { 'line-color': t.cityOutline, 'line-width': t.cityOutlineWidth },
    });
  // Labels after the areas so that outlines never cross them; facilities on top.
  const labelLayers = layers.filter((x) => x.type === 'symbol');
  return {
    version: 8,
    'font-faces': { [FONT]: i.fontUrl },
    sources,
    layers: [...layers.filter((x) => x.type !== 'symbol'), ...labelLayers, ...facilityLayers(t)],
  };
}
