import type { StyleSpecification } from 'maplibre-gl';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import type { Model } from '../data/model.ts';
import type { SessionInput } from '../map/session.ts';
import {
  buildStyle,
  EMPTY,
  isTiled,
  outlineSourceId,
  stateOutlineLayers,
  type TiledAreas,
} from '../map/style.ts';
import type { MapTheme } from '../map/theme.ts';
import { MAP_LEVELS, type MapLevel } from '../domain/levels.ts';
import { knownLocation, packageUrl, type PackageLocation } from '../data/location.ts';

/** The labels' font file (MapLibre loads it through the style's `font-faces`). */
export const mapFontUrl = (): string => new URL(fontUrl, document.baseURI).href;

/**
 * Start the labels' font download with the page: MapLibre asks for it only when the first label is
 * laid out, after the data package is validated (the font arrived ~650 ms after the colours in the
 * bench's trace). A preload as `fetch` is what MapLibre's own request then takes.
 */
export function preloadMapFont(): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = mapFontUrl();
  document.head.appendChild(link);
}

// MapLibre's worker resolves URLs itself, so they must be absolute.
const absolute = (loc: PackageLocation, path: string) =>
  new URL(packageUrl(loc, path), document.baseURI).href;

type Areas = string | GeoJSON.FeatureCollection | TiledAreas;

/**
 * The boundary files per level, as the absolute URLs MapLibre's worker needs (none: empty); a
 * level with vector tiles (manifest `kacheln`, for thousands of areas) is drawn from them.
 */
function areaUrls(loc: PackageLocation): Record<MapLevel, Areas> {
  const areas = {} as Record<MapLevel, Areas>;
  for (const l of MAP_LEVELS) {
    const path = loc.files[l];
    const tiles = loc.kacheln[l];
    areas[l] = tiles ? { kacheln: absolute(loc, tiles) } : path ? absolute(loc, path) : EMPTY;
  }
  return areas;
}

/**
 * The style for the map session: boundaries by URL (the same files the data package validates),
 * label points empty until the data is parsed. Needs nothing from the data package, so the map
 * can start while the package is still loading. `deferOutlines`: the hover/selection outline
 * sources start empty, for a first view with nothing selected (the session fills them in after
 * the first complete map; see map/style.ts).
 */
export function initialMapStyle(
  theme: MapTheme,
  visible: MapLevel,
  deferOutlines = false,
  loc: PackageLocation = knownLocation(),
): StyleSpecification {
  const labels = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  const empty = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  for (const l of MAP_LEVELS) labels[l] = empty[l] = EMPTY;
  return buildStyle({
    theme,
    fontUrl: mapFontUrl(),
    areas: areaUrls(loc),
    ...(deferOutlines ? { stateOutlines: empty } : {}),
    labels,
    outline: loc.files.umriss ? absolute(loc, loc.files.umriss) : null,
    port: loc.aussparung ? absolute(loc, loc.aussparung) : null,
    visible,
  });
}

/**
 * The map session's start: the initial style and, with `deferOutlines`, the URLs its empty
 * hover/selection outline sources get after the first complete map (map/session.ts).
 */
export function initialSession(
  theme: MapTheme,
  visible: MapLevel,
  deferOutlines: boolean,
  loc: PackageLocation,
): Pick<SessionInput, 'style' | 'deferred' | 'deferredLayers'> {
  const style = initialMapStyle(theme, visible, deferOutlines, loc);
  if (!deferOutlines) return { style };
  const urls = areaUrls(loc);
  const deferred: Record<string, string> = {};
  const deferredLayers: string[] = [];
  for (const l of MAP_LEVELS) {
    const u = urls[l];
    if (typeof u === 'string') deferred[outlineSourceId(l)] = u;
    else if (isTiled(u)) deferredLayers.push(...stateOutlineLayers(l));
  }
  return { style, deferred, deferredLayers };
}

/** One label point per area, inside the area (see domain/geo/label.ts). */
export function labelPoints(model: Model): Record<MapLevel, GeoJSON.FeatureCollection> {
  const out = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  for (const l of MAP_LEVELS)
    out[l] = {
      type: 'FeatureCollection',
      features: model.byLevel[l].flatMap((key): GeoJSON.Feature[] => {
        const a = model.areas.get(key)!;
        return a.anchor
          ? [
              {
                type: 'Feature',
                properties: { schluessel: key, name: a.name },
                geometry: { type: 'Point', coordinates: a.anchor },
              },
            ]
          : [];
      }),
    };
  return out;
}

/** Label points with the class number of each area appended ("Surheide · 7"), for bivariate maps. */
export function numberedLabels(
  points: Record<MapLevel, GeoJSON.FeatureCollection>,
  ch: { classOf: ReadonlyMap<string, number> },
): Record<MapLevel, GeoJSON.FeatureCollection> {
  const out = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  for (const l of MAP_LEVELS)
    out[l] = {
      type: 'FeatureCollection',
      features: points[l].features.map((f) => {
        const k = ch.classOf.get(String(f.properties!.schluessel));
        return k === undefined
          ? f
          : { ...f, properties: { ...f.properties, name: `${String(f.properties!.name)} · ${k + 1}` } };
      }),
    };
  return out;
}

/** The package's boundaries when they are the user's own (Datenwerkstatt), for the map; else null. */
export function ownAreas(model: Model): Record<MapLevel, GeoJSON.FeatureCollection> | null {
  if (model.boundaries.ebene1?.quelle !== 'eigene-daten') return null;
  const out = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  for (const l of MAP_LEVELS)
    out[l] = {
      type: 'FeatureCollection',
      features: model.boundaries[l]?.features ?? [],
    };
  return out;
}
