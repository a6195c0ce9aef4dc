import { MAP_LEVELS, ROOT_LEVEL, type Level, type MapLevel } from '../domain/levels.ts';
import type { AreaKey } from '../domain/ids.ts';
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
export {
  manifestFiles,
  PACKAGE_FILES,
  packageFiles,
  sitePath,
  STATIC_FILE_KEYS,
  type PackageFileKey,
} from './files.ts';
import { manifestSchema, NEUTRAL_MANIFEST, type Manifest } from './manifest.ts';
import { manifestFiles, PACKAGE_FILES, packageFiles, type PackageFileKey } from './files.ts';

/**
 * The package's files as they arrive: bytes (fetched, read from disk, dropped in), decoded here as
 * UTF-8 with the package's rules (src/data/text.ts), or text already decoded by the caller.
 */
export type PackageTexts = PackageFilesOf<string | Uint8Array>;
/** A package's files by key: the fixed ones always, the boundary files its manifest names. */
export type PackageFilesOf<T> = Partial<Record<PackageFileKey, T>> & Record<keyof typeof PACKAGE_FILES, T>;

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
  ...(Object.fromEntries(MAP_LEVELS.map((l) => [l, 30_000_000])) as Record<MapLevel, number>),
  umriss: 10_000_000,
};

const megabytes = (n: number) => `${(n / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

/** A file's text by the package's rules, or undefined with the problem reported under `name`. */
export function packageText(
  key: PackageFileKey,
  input: string | Uint8Array | undefined,
  issues: IssueList,
  name: string = PACKAGE_FILES[key as keyof typeof PACKAGE_FILES] ?? key,
): string | undefined {
  if (input === undefined) return undefined;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > FILE_LIMITS[key]) {
    issues.add(name, `Datei zu groß: ${megabytes(size)}, erlaubt sind ${megabytes(FILE_LIMITS[key])}`);
    return undefined;
  }
  if (typeof input === 'string') return stripBom(input);
  const d = decodeUtf8(input);
  if (d.ok) return d.text;
  issues.add(name, d.problem);
  return undefined;
}

/**
 * Where the manifest is missing or broken (reported), its stand-in: neutral names, the levels as
 * gebiete.csv nests them (the root is the area without a parent), the boundary files the manifest
 * names if they can be read from it.
 */
function inferredManifest(
  rows: readonly { ebene: string; eltern: string; schluessel: AreaKey }[],
  manifestText?: string,
): Manifest {
  const levelOf = new Map<string, string>(rows.map((r) => [r.schluessel, r.ebene]));
  const root = rows.find((r) => r.eltern === '');
  const order: string[] = [];
  for (let up = root?.ebene, guard = 0; up !== undefined && guard < MAP_LEVELS.length + 1; guard++) {
    const below = rows.find((r) => r.eltern !== '' && levelOf.get(r.eltern) === up && r.ebene !== up)?.ebene;
    if (below === undefined || order.includes(below)) break;
    order.unshift(below);
    up = below;
  }
  const files = manifestFiles(manifestText);
  const ebenen = order.slice(-MAP_LEVELS.length).map((id, i) => ({
    id,
    datei: (files[MAP_LEVELS[i]!] ?? `public/geo/${id}.geojson`).replace(/^public\//, ''),
    namen: {
      de: { one: `Ebene ${i + 1}`, many: `Ebene ${i + 1}` },
      en: { one: `Level ${i + 1}`, many: `Level ${i + 1}` },
    },
  }));
  return {
    ...NEUTRAL_MANIFEST,
    ebenen: ebenen.length > 0 ? ebenen : NEUTRAL_MANIFEST.ebenen,
    gesamt: {
      ...NEUTRAL_MANIFEST.gesamt,
      id: root?.ebene ?? 'gesamt',
      schluessel: root?.schluessel ?? NEUTRAL_MANIFEST.gesamt.schluessel,
    },
    umriss: (files.umriss ?? 'public/geo/umriss.geojson').replace(/^public\//, ''),
  };
}

/** The slot of each level id of the manifest (the root's too). */
export function levelSlots(m: Manifest): Map<string, Level> {
  const slots = new Map<string, Level>(m.ebenen.map((e, i) => [e.id, MAP_LEVELS[i]!]));
  slots.set(m.gesamt.id, ROOT_LEVEL);
  return slots;
}

/** The manifest's id of a slot (what gebiete.csv and a boundary file write). */
export function levelId(m: Manifest, level: Level): string {
  if (level === ROOT_LEVEL) return m.gesamt.id;
  return m.ebenen[MAP_LEVELS.indexOf(level)]?.id ?? level;
}

export interface BoundaryLayer {
  /** The level's id the file states (checked against the manifest). */
  ebene: string;
  genauigkeit: 'amtlich' | 'naeherung';
  quelle: string;
  attribution: string;
  /** How an approximation was made (none: schematic), and how exact its borders are. */
  herleitung?: 'schematisch' | 'adresspunkte' | undefined;
  genauigkeitM?: number | undefined;
  /** Addresses in the package's address index (geo/adressen.json), if it has one. */
  adressen?: number | undefined;
  /** Address positions in geo/adresspunkte.json (coverage counts residents there), if it has them. */
  adresspunkte?: number | undefined;
  features: BoundaryFeature[];
}

export interface DataPackage {
  /** The package's files by key (paths relative to its root), from its manifest. */
  files: Partial<Record<PackageFileKey, string>> & typeof PACKAGE_FILES;
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
  const read = (k: PackageFileKey, name?: string) => packageText(k, input[k], issues, name);
  const paketText = read('paket');
  const valid = validateJson(
    PACKAGE_FILES.paket,
    parseJsonFile(PACKAGE_FILES.paket, paketText, issues),
    manifestSchema,
    issues,
  );
  const rawAreas = parseCsvFile(
    PACKAGE_FILES.gebiete,
    read('gebiete'),
    areaRowSchema,
    ['schluessel', 'ebene', 'name', 'eltern', 'quelle'],
    issues,
  );
  const manifest = valid ?? inferredManifest(rawAreas.rows, paketText);
  const f = packageFiles(manifest);
  const texts: Partial<Record<PackageFileKey, string>> = {};
  for (const k of Object.keys(f) as PackageFileKey[])
    if (k !== 'paket' && k !== 'gebiete') {
      const t = read(k, f[k]);
      if (t !== undefined) texts[k] = t;
    }
  const slots = levelSlots(manifest);
  const areas: AreaRow[] = [];
  rawAreas.rows.forEach((a, i) => {
    const ebene = slots.get(a.ebene);
    if (ebene) areas.push({ ...a, ebene });
    else
      issues.add(
        f.gebiete,
        `Ebene „${a.ebene}“ steht nicht in paket.json (erwartet: ${[...slots.keys()].join(', ')})`,
        `Zeile ${rawAreas.lines[i] ?? i + 2}`,
        'ebene',
      );
  });
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
  const layer = (key: PackageFileKey): BoundaryLayer | undefined => {
    const name = f[key];
    if (!name) return undefined;
    const file = validateJson(name, parseJsonFile(name, texts[key], issues), boundaryFileSchema, issues);
    if (!file) return undefined;
    const features: BoundaryFeature[] = [];
    file.features.forEach((feat, i) => {
      const key3 = (feat as { properties?: { schluessel?: unknown } } | null)?.properties?.schluessel;
      const v = validateJson(
        name,
        feat,
        boundaryFeatureSchema,
        issues,
        `Feature ${i + 1}${key3 ? ` (${String(key3)})` : ''}`,
      );
      if (v) features.push(v);
    });
    return {
      ebene: file.ebene,
      genauigkeit: file.genauigkeit,
      quelle: file.quelle,
      attribution: file.attribution,
      ...(file.herleitung ? { herleitung: file.herleitung } : {}),
      ...(file.genauigkeit_m !== undefined ? { genauigkeitM: file.genauigkeit_m } : {}),
      ...(file.adressen !== undefined ? { adressen: file.adressen } : {}),
      ...(file.adresspunkte !== undefined ? { adresspunkte: file.adresspunkte } : {}),
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
      boundaries: Object.fromEntries(
        MAP_LEVELS.map((l, i) => [l, i < manifest.ebenen.length ? layer(l) : undefined]),
      ) as Record<MapLevel, BoundaryLayer | undefined>,
      outline: layer('umriss'),
      manifest,
      files: f,
    },
    issues: issues.items,
  };
}
