/**
 * The data package's files and where they live (no dependencies: the first view's loader imports
 * this without the schemas and parsers, which run in the validation worker).
 */
/** The files of the data package, by path relative to the project root. */
export const PACKAGE_FILES = {
  /** The manifest: the territory, its levels and defaults (see manifest.ts). */
  paket: 'data/paket.json',
  gebiete: 'data/gebiete.csv',
  indikatoren: 'data/indikatoren.json',
  quellen: 'data/quellen.json',
  beobachtungen: 'data/beobachtungen.csv',
  einrichtungen: 'data/einrichtungen.geojson',
  ortsteile: 'public/geo/ortsteile.geojson',
  stadtteile: 'public/geo/stadtteile.geojson',
  stadtbezirke: 'public/geo/stadtbezirke.geojson',
  /** The territory's outline (Bremerhaven: BKG VG250): boundaries are checked against it. */
  stadtgebiet: 'public/geo/stadtgebiet.geojson',
} as const;
export type PackageFileKey = keyof typeof PACKAGE_FILES;

/**
 * Where a package file lives on the built site: `data/…` as in the repository, the geometry at
 * `geo/…` (the repository's `public/geo/`, which the build copies to the site's root). A published
 * package has the same layout, so it is deployed by unpacking it into the site.
 */
export const sitePath = (k: PackageFileKey): string => PACKAGE_FILES[k].replace(/^public\//, '');
