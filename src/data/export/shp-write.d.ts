// The low-level writer of @mapbox/shp-write (src/write.js), imported alone: the package's main
// entry also pulls in JSZip and FileSaver, which the app does not need (it zips with fflate).
declare module '@mapbox/shp-write/src/write.js' {
  type Files = { shp: DataView; shx: DataView; dbf: DataView; prj: string };
  export default function write(
    rows: Record<string, string | number | null>[],
    geometryType: 'POLYGON' | 'POINT',
    geometries: object[],
    callback: (err: unknown, files: Files) => void,
  ): void;
}
