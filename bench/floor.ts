import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

/**
 * The floor of the bench: the same Ortsteil GeoJSON drawn as a choropleth by plain MapLibre, with
 * no app, no data package and no React. The app's first complete choropleth is measured against it;
 * with `?gemeinden` it is the floor of the scale case.
 */
setWorkerUrl(workerUrl);
// `?gemeinden`: the scale case's ~11,000 German municipalities instead of the Ortsteile.
const scale = new URLSearchParams(location.search).has('gemeinden');
const data = new URL(scale ? './gemeinden.geojson' : '../geo/ortsteile.geojson', location.href).href;
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: { o: { type: 'geojson', data } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#e9eef2' } },
      {
        id: 'f',
        type: 'fill',
        source: 'o',
        paint: {
          'fill-color': [
            'step',
            ['get', 'flaeche_km2_geometrie'],
            '#edf8b1',
            2,
            '#7fcdbb',
            4,
            '#41b6c4',
            8,
            '#225ea8',
          ],
        },
      },
      { id: 'l', type: 'line', source: 'o', paint: { 'line-color': '#ffffff', 'line-width': 1 } },
    ],
  },
  bounds: scale ? [5.87, 47.27, 15.04, 55.06] : [8.48, 53.49, 8.66, 53.62],
});
map.once('idle', () => performance.mark('qx-karte-fertig'));
(window as unknown as { __qxMap: MapLibreMap }).__qxMap = map;
