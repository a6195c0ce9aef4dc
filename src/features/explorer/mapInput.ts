import type { StyleSpecification } from 'maplibre-gl';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import type { Model } from '../../data/model.ts';
import { buildStyle, MAP_LEVELS, type MapLevel } from '../../map/style.ts';
import type { MapTheme } from '../../map/theme.ts';

export interface Extras {
  outline: GeoJSON.FeatureCollection | null;
  port: GeoJSON.FeatureCollection | null;
  basemap: { tiles: string[]; attribution: string } | null;
}

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** The style with all three levels' geometry, built once per model and theme. */
export function mapStyle(
  model: Model,
  extras: Extras,
  theme: MapTheme,
  visible: MapLevel,
): StyleSpecification {
  const areas = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  const labels = {} as Record<MapLevel, GeoJSON.FeatureCollection>;
  for (const l of MAP_LEVELS) {
    const features = model.boundaries[l]?.features ?? [];
    areas[l] = collection(features as GeoJSON.Feature[]);
    labels[l] = collection(
      model.byLevel[l].flatMap((key) => {
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
    );
  }
  return buildStyle({
    theme,
    fontUrl,
    areas,
    labels,
    outline: extras.outline,
    port: extras.port,
    visible,
    basemap: extras.basemap,
  });
}

/** Bounding box of the Ortsteile (the whole city). */
export function modelBounds(model: Model): [number, number, number, number] {
  let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of model.boundaries.ortsteil?.features ?? []) visit(f.geometry.coordinates);
  return Number.isFinite(b[0]) ? b : [8.48, 53.49, 8.66, 53.62];
}
