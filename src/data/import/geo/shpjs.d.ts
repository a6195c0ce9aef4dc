declare module 'shpjs' {
  /** Geometries of a .shp (reprojected to WGS84 when `prj` is a projection proj4 understands). */
  export function parseShp(shp: Uint8Array | ArrayBuffer | DataView, prj?: string): GeoJSON.Geometry[];
  /** The attribute rows of a .dbf, decoded by its .cpg code page when given. */
  export function parseDbf(dbf: Uint8Array | ArrayBuffer | DataView, cpg?: string): Record<string, unknown>[];
  /** Geometries and attribute rows as a FeatureCollection. */
  export function combine(
    parts: [GeoJSON.Geometry[], Record<string, unknown>[] | undefined],
  ): GeoJSON.FeatureCollection;
}
