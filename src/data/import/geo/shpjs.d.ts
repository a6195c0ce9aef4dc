declare module 'shpjs' {
  type Collection = GeoJSON.FeatureCollection & { fileName?: string };
  /** Reads a zipped Shapefile; reprojects to WGS84 when the zip has a .prj proj4 understands. */
  export function parseZip(buffer: ArrayBuffer | Uint8Array): Promise<Collection | Collection[]>;
}
