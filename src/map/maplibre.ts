import type * as MapLibre from 'maplibre-gl';

/**
 * MapLibre is loaded as its own chunk, started at app start (see main.tsx) so that it downloads
 * while the data package is fetched. Its worker is a separate module served as a static asset.
 */
let pending: Promise<typeof MapLibre> | undefined;
export function loadMapLibre(): Promise<typeof MapLibre> {
  pending ??= Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]).then(([lib, worker]) => {
    lib.setWorkerUrl(worker.default);
    lib.addProtocol('pmtiles', pmtilesRequest);
    return lib;
  });
  return pending;
}

/**
 * `pmtiles://<url>`: a package's vector tiles, read from one static file by range requests. The
 * reader loads with the first such request, so a package without tiles never downloads it.
 */
let reader: Promise<MapLibre.AddProtocolAction> | undefined;
const pmtilesRequest: MapLibre.AddProtocolAction = async (params, abort) => {
  reader ??= import('pmtiles').then(({ Protocol }) => new Protocol({ metadata: true }).tile);
  return (await reader)(params, abort);
};
