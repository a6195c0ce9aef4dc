import type { StyleSpecification } from 'maplibre-gl';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import type { Model } from '../data/model.ts';
import type { SessionInput } from '../map/session.ts';
import { buildStyle, EMPTY, outlineSourceId } from '../map/style.ts';
import type { MapTheme } from '../map/theme.ts';
import { isMapLevel, MAP_LEVELS, type MapLevel } from '../domain/levels.ts';

type Bounds = [number, number, number, number];
const WORLD: Bounds = [-180, -85, 180, 85];

/**
 * What the first map needs of the package's manifest before any file is fetched — its extent and
 * the levels' URL words — as the build wrote it into the page (tools/build/package.ts).
 */
export function packageHint(): { ausschnitt: Bounds; ebenen: Record<string, MapLevel> } {
  try {
    const raw = document.querySelector('meta[name="qx-paket"]')?.getAttribute('content');
    const v = JSON.parse(raw ?? '{}') as { ausschnitt?: unknown; ebenen?: unknown };
    const a = v.ausschnitt;
    const ausschnitt =
      Array.isArray(a) && a.length === 4 && a.every((x) => typeof x === 'number' && Number.isFinite(x))
        ? (a as Bounds)
        : WORLD;
    const ebenen: Record<string, MapLevel> = {};
    if (v.ebenen && typeof v.ebenen === 'object')
      for (const [w, l] of Object.entries(v.ebenen))
        if (typeof l === 'string' && isMapLevel(l)) ebenen[w] = l;
    return { ausschnitt, ebenen };
  } catch {
    return { ausschnitt: WORLD, ebenen: {} };
  }
}

const FILES: Record<MapLevel, string> = {
  ortsteil: 'geo/ortsteile.geojson',
  stadtteil: 'geo/stadtteile.geojson',
  stadtbezirk: 'geo/stadtbezirke.geojson',
};
// MapLibre's worker resolves URLs itself, so they must be absolute.
const absolute = (path: string) => new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;

/** The boundary files per level, as the absolute URLs MapLibre's worker needs. */
function areaUrls(): Record<MapLevel, string> {
  const areas = {} as Record<MapLevel, string>;
  for (const l of MAP_LEVELS) areas[l] = absolute(FILES[l]);
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
): StyleSpecification {
  const labels = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  const empty = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  for (const l of MAP_LEVELS) labels[l] = empty[l] = EMPTY;
  return buildStyle({
    theme,
    fontUrl: new URL(fontUrl, document.baseURI).href,
    areas: areaUrls(),
    ...(deferOutlines ? { stateOutlines: empty } : {}),
    labels,
    outline: absolute('geo/stadtgebiet.geojson'),
    port: absolute('geo/ueberseehafen.geojson'),
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
): Pick<SessionInput, 'style' | 'deferred'> {
  const style = initialMapStyle(theme, visible, deferOutlines);
  if (!deferOutlines) return { style };
  const urls = areaUrls();
  return { style, deferred: Object.fromEntries(MAP_LEVELS.map((l) => [outlineSourceId(l), urls[l]])) };
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

/** The package's boundaries when they are the user's own (Datenwerkstatt), for the map; else null. */
export function ownAreas(model: Model): Record<MapLevel, GeoJSON.FeatureCollection> | null {
  if (model.boundaries.ortsteil?.quelle !== 'eigene-daten') return null;
  const out = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  for (const l of MAP_LEVELS)
    out[l] = {
      type: 'FeatureCollection',
      features: model.boundaries[l]?.features ?? [],
    };
  return out;
}
