import type { MapLevel } from '../domain/levels.ts';
import { IssueList, type Issue } from './issues.ts';
import { parseCsvFile, parseJsonFile, validateJson } from './parse.ts';
import { decodeUtf8, stripBom } from './text.ts';
import {
  areaRowSchema,
  boundaryFeatureSchema,
  boundaryFileSchema,
  catalogueSchema,
  facilitiesFileSchema,
  facilityFeatureSchema,
  observationRowSchema,
  symbolRowSchema,
  sourcesFileSchema,
  type AreaRow,
  type BoundaryFeature,
  type Catalogue,
  type FacilityFeature,
  type Observation,
  type SymbolObservation,
  type Source,
} from './schemas.ts';

/** The files of the data package, by path relative to the project root (see files.ts). */
export { PACKAGE_FILES, sitePath, type PackageFileKey } from './files.ts';
import { manifestSchema, NEUTRAL_MANIFEST, type Manifest } from './manifest.ts';
import { PACKAGE_FILES, type PackageFileKey } from './files.ts';

/**
 * The package's files as they arrive: bytes (fetched, read from disk, dropped in), decoded here as
 * UTF-8 with the package's rules (src/data/text.ts), or text already decoded by the caller.
 */
export type PackageTexts = Record<PackageFileKey, string | Uint8Array>;

/**
 * Size limits, checked before a file is decoded or parsed (data/README.md, "Grenzen"): about ten
 * times what Bremerhaven's files need, so a city's real package fits and a runaway file does not
 * freeze the browser.
 */
export const FILE_LIMITS: Record<PackageFileKey, number> = {
  paket: 1_000_000,
  gebiete: 1_000_000,
  indikatoren: 2_000_000,
  quellen: 1_000_000,
  beobachtungen: 30_000_000,
  einrichtungen: 10_000_000,
  ortsteile: 30_000_000,
  stadtteile: 30_000_000,
  stadtbezirke: 30_000_000,
  stadtgebiet: 10_000_000,
};

const megabytes = (n: number) => `${(n / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

/** A file's text by the package's rules, or undefined with the problem reported. */
export function packageText(
  key: PackageFileKey,
  input: string | Uint8Array,
  issues: IssueList,
): string | undefined {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > FILE_LIMITS[key]) {
    issues.add(
      PACKAGE_FILES[key],
      `Datei zu groß: ${megabytes(size)}, erlaubt sind ${megabytes(FILE_LIMITS[key])}`,
    );
    return undefined;
  }
  if (typeof input === 'string') return stripBom(input);
  const d = decodeUtf8(input);
  if (d.ok) return d.text;
  issues.add(PACKAGE_FILES[key], d.problem);
  return undefined;
}

export interface BoundaryLayer {
  genauigkeit: 'amtlich' | 'naeherung';
  quelle: string;
  attribution: string;
  /** How an approximation was made (none: schematic), and how exact its borders are. */
  herleitung?: 'schematisch' | 'adresspunkte' | undefined;
  genauigkeitM?: number | undefined;
  /** Addresses in the package's address index (geo/adressen.json), if it has one. */
  adressen?: number | undefined;
  features: BoundaryFeature[];
}

export interface DataPackage {
  areas: AreaRow[];
  catalogue: Catalogue;
  sources: Source[];
  observations: Observation[];
  /** Line of each observation in its CSV file, for messages. */
  observationLines: number[];
  /** Values given as a statistical symbol (– . x / …): shown with their meaning, never as a number. */
  symbols: SymbolObservation[];
  symbolLines: number[];
  facilities: FacilityFeature[];
  boundaries: Record<MapLevel, BoundaryLayer | undefined>;
  /** The territory's outline, for the checks (gaps, areas outside). */
  outline: BoundaryLayer | undefined;
  /** The manifest (data/paket.json), or a neutral one where it is missing or broken (reported). */
  manifest: Manifest;
}

export { obsKey } from './keys.ts';

/** Parse every file through its schema. Each problem becomes an issue; valid parts are kept. */
export function parsePackage(input: PackageTexts): { pkg: DataPackage; issues: Issue[] } {
  const issues = new IssueList();
  const f = PACKAGE_FILES;
  const texts = Object.fromEntries(
    (Object.keys(f) as PackageFileKey[]).map((k) => [k, packageText(k, input[k], issues)]),
  ) as Record<PackageFileKey, string | undefined>;
  const manifest =
    validateJson(f.paket, parseJsonFile(f.paket, texts.paket, issues), manifestSchema, issues) ??
    NEUTRAL_MANIFEST;
  const areas = parseCsvFile(
    f.gebiete,
    texts.gebiete,
    areaRowSchema,
    ['schluessel', 'ebene', 'name', 'eltern', 'quelle'],
    issues,
  ).rows;
  const catalogue = validateJson(
    f.indikatoren,
    parseJsonFile(f.indikatoren, texts.indikatoren, issues),
    catalogueSchema,
    issues,
  ) ?? {
    gruppen: [],
    indikatoren: [],
  };
  const sources =
    validateJson(f.quellen, parseJsonFile(f.quellen, texts.quellen, issues), sourcesFileSchema, issues)
      ?.quellen ?? [];
  const obs = parseCsvFile(
    f.beobachtungen,
    texts.beobachtungen,
    observationRowSchema,
    ['gebiet', 'indikator', 'jahr', 'wert', 'quelle', 'prognose'],
    issues,
    { when: (row) => row.wert === '' && !!row.zeichen, schema: symbolRowSchema },
  );
  const facilityFile = validateJson(
    f.einrichtungen,
    parseJsonFile(f.einrichtungen, texts.einrichtungen, issues),
    facilitiesFileSchema,
    issues,
  );
  const facilities: FacilityFeature[] = [];
  facilityFile?.features.forEach((feat, i) => {
    const id = (feat as { id?: unknown } | null)?.id;
    const v = validateJson(
      f.einrichtungen,
      feat,
      facilityFeatureSchema,
      issues,
      `Einrichtung ${String(id ?? i + 1)}`,
    );
    if (v) facilities.push(v);
  });
  const layer = (
    key: 'ortsteile' | 'stadtteile' | 'stadtbezirke' | 'stadtgebiet',
  ): BoundaryLayer | undefined => {
    const file = validateJson(f[key], parseJsonFile(f[key], texts[key], issues), boundaryFileSchema, issues);
    if (!file) return undefined;
    const features: BoundaryFeature[] = [];
    file.features.forEach((feat, i) => {
      const key3 = (feat as { properties?: { schluessel?: unknown } } | null)?.properties?.schluessel;
      const v = validateJson(
        f[key],
        feat,
        boundaryFeatureSchema,
        issues,
        `Feature ${i + 1}${key3 ? ` (${String(key3)})` : ''}`,
      );
      if (v) features.push(v);
    });
    return {
      genauigkeit: file.genauigkeit,
      quelle: file.quelle,
      attribution: file.attribution,
      ...(file.herleitung ? { herleitung: file.herleitung } : {}),
      ...(file.genauigkeit_m !== undefined ? { genauigkeitM: file.genauigkeit_m } : {}),
      ...(file.adressen !== undefined ? { adressen: file.adressen } : {}),
      features,
    };
  };
  return {
    pkg: {
      areas,
      catalogue,
      sources,
      observations: obs.rows,
      observationLines: obs.lines,
      symbols: obs.other.rows.map((r) => ({
        gebiet: r.gebiet,
        indikator: r.indikator,
        jahr: r.jahr,
        quelle: r.quelle,
        prognose: r.prognose,
        zeichen: r.zeichen,
      })),
      symbolLines: obs.other.lines,
      facilities,
      boundaries: {
        ortsteil: layer('ortsteile'),
        stadtteil: layer('stadtteile'),
        stadtbezirk: layer('stadtbezirke'),
      },
      outline: layer('stadtgebiet'),
      manifest,
    },
    issues: issues.items,
  };
}
