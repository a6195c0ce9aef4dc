import { dataLanguage, isCommunity, type Language } from '../domain/format.ts';
import { communityTexts } from '../domain/communityTexts.ts';
import { FINEST, MAP_LEVELS, type MapLevel } from '../domain/levels.ts';
import type { AggregationContext } from '../domain/aggregate.ts';
import {
  FORECAST_YEARS,
  type AreaKey,
  type IndicatorId,
  type SourceId,
  type Status,
  type Year,
} from '../domain/ids.ts';
import type { ValueContext } from '../domain/values.ts';
import type { StatSymbol } from '../domain/symbols.ts';
import { obsKey } from './keys.ts';
import type { BoundaryLayer, DataPackage } from './package.ts';
import type { AreaRow, Catalogue, Indicator, Source } from './schemas.ts';
import type { Facility } from '../domain/supply/facility.ts';
import { facilitiesOf } from './facilities.ts';
import type { CoverageResult, SupplyObservation } from './supply.ts';
import {
  COVERAGE_ADDRESS_SOURCE,
  COVERAGE_ADDRESS_SOURCE_ID,
  SUPPLY_INDICATORS,
  SUPPLY_SOURCE_ID,
} from './supplyCatalogue.ts';
import type { Manifest } from './manifest.ts';
import { type Level } from '../domain/levels.ts';

export interface AreaInfo {
  key: AreaKey;
  level: Level;
  name: string;
  nameEn: string;
  parent: AreaKey | null;
  /** Label anchor inside the area (from its boundary), for labels and keyboard navigation. */
  anchor: [number, number] | null;
  /**
   * The boundary file says no source places this area at all (`lage: "geschaetzt"`, e.g. Königsheide):
   * where it sits on the schematic map is a guess, and the views say so.
   */
  positionEstimated: boolean;
}

/** The loaded package in the shape the views use: lookups built once, joined by area key only. */
export interface Model {
  /** The whole territory's key (the manifest's `gesamt.schluessel`: Bremerhaven 0, a Kreis its AGS). */
  rootKey: AreaKey;
  areas: Map<AreaKey, AreaInfo>;
  /** A key from outside the types (a map feature, a form field) as a registry key, if it is one. */
  areaKey: (raw: string) => AreaKey | undefined;
  byLevel: Record<Level, AreaKey[]>;
  /** The map levels this package fills, finest first (level switch, lists, URL). */
  mapLevels: MapLevel[];
  indicators: Map<IndicatorId, Indicator>;
  /** An id from outside the types (a form field, a list in code) as a catalogue id, if it is one. */
  indicatorId: (raw: string) => IndicatorId | undefined;
  catalogue: Catalogue;
  sources: Map<string, Source>;
  /** Years with observations, ascending, forecast years last. */
  years: Year[];
  ctx: ValueContext;
  boundaries: Record<MapLevel, BoundaryLayer | undefined>;
  /** The territory's outline (the Datenwerkstatt clips derived boundaries to it). */
  outline: BoundaryLayer | undefined;
  /** The package's manifest: the territory's names, its levels, reference areas and defaults. */
  manifest: Manifest;
  facilities: Facility[];
  /** The Ortsteil each facility lies in. */
  facilityArea: ReadonlyMap<string, AreaKey>;
  /** How coverage counted residents, once computed (absent: not yet, or no coverage). */
  coverage?: CoverageSummary;
}

/** The Ortsteile of any area, following the registry's parent chain (keys need not share prefixes). */
export function ortsteileResolver(areas: readonly AreaRow[]): (key: AreaKey) => AreaKey[] {
  const parent = new Map(areas.map((a) => [a.schluessel, a.eltern || null]));
  const ortsteile = areas.filter((a) => a.ebene === FINEST).map((a) => a.schluessel);
  const memo = new Map<AreaKey, AreaKey[]>();
  const isIn = (o: AreaKey, key: AreaKey): boolean => {
    for (
      let k: AreaKey | null = o, guard = 0;
      k && guard <= MAP_LEVELS.length;
      k = parent.get(k) ?? null, guard++
    )
      if (k === key) return true;
    return false;
  };
  return (key) => {
    let r = memo.get(key);
    if (!r) {
      r = ortsteile.filter((o) => isIn(o, key));
      memo.set(key, r);
    }
    return r;
  };
}

/** Computed supply values and facility assignment (see supply.ts). */
export interface Derived {
  observations: readonly SupplyObservation[];
  areaOf: Readonly<Record<string, AreaKey>>;
  /** Label anchors by area key (see anchors.ts; computed in the validation worker). */
  anchors: Readonly<Record<string, [number, number]>>;
  /** How coverage counted residents, once it is computed. */
  coverage?: CoverageSummary;
}

/** How the coverage values counted residents: areas at addresses, areas by even spread, addresses. */
export interface CoverageSummary {
  adressen: number;
  flaeche: number;
  addresses: number;
}

export const coverageSummary = (r: Pick<CoverageResult, 'method' | 'addresses'>): CoverageSummary => {
  const methods = Object.values(r.method);
  return {
    adressen: methods.filter((m) => m === 'adressen').length,
    flaeche: methods.filter((m) => m === 'flaeche').length,
    addresses: r.addresses,
  };
};

export function buildModel(
  pkg: DataPackage,
  supply: Derived = { observations: [], areaOf: {}, anchors: {} },
): Model {
  const derived = supply.observations;
  const anchors = supply.anchors;
  const estimated = new Set<string>();
  for (const layer of Object.values(pkg.boundaries))
    for (const f of layer?.features ?? [])
      if (f.properties.lage === 'geschaetzt') estimated.add(f.properties.schluessel);

  const areas = new Map<AreaKey, AreaInfo>();
  const byLevel: Record<Level, AreaKey[]> = { gesamt: [], ebene1: [], ebene2: [], ebene3: [], ebene4: [] };
  for (const a of pkg.areas) {
    areas.set(a.schluessel, {
      key: a.schluessel,
      level: a.ebene,
      name: a.name,
      nameEn: a.name_en,
      parent: a.eltern || null,
      anchor: anchors[a.schluessel] ?? null,
      positionEstimated: estimated.has(a.schluessel),
    });
    byLevel[a.ebene].push(a.schluessel);
  }
  // The supply indicators join the catalogue unless the package defines them itself.
  const own = new Set<string>(pkg.catalogue.indikatoren.map((i) => i.id));
  const catalogue: Catalogue = {
    ...pkg.catalogue,
    indikatoren: [...pkg.catalogue.indikatoren, ...SUPPLY_INDICATORS.filter((i) => !own.has(i.id))],
  };
  const indicators = new Map(catalogue.indikatoren.map((i) => [i.id, i]));
  const sources = new Map(pkg.sources.map((s) => [s.id as string, s]));
  // Coverage counted at addresses names its own computed source (only once it has been used).
  if (
    !sources.has(COVERAGE_ADDRESS_SOURCE_ID) &&
    derived.some((o) => o.quelle === COVERAGE_ADDRESS_SOURCE_ID)
  )
    sources.set(COVERAGE_ADDRESS_SOURCE_ID, COVERAGE_ADDRESS_SOURCE);
  const values = new Map<string, number>();
  const provenance = new Map<string, { id: SourceId; status: Status }>();
  for (const o of pkg.observations) {
    if (areas.get(o.gebiet)?.level !== 'ebene1') continue;
    const k = obsKey(o.gebiet, o.indikator, o.jahr);
    values.set(k, o.wert);
    const st = sources.get(o.quelle)?.status;
    if (st) provenance.set(k, { id: o.quelle, status: st });
  }
  for (const o of derived) {
    if (own.has(o.indikator) || areas.get(o.gebiet)?.level !== 'ebene1') continue;
    const k = obsKey(o.gebiet, o.indikator, o.jahr);
    values.set(k, o.wert);
    provenance.set(k, { id: o.quelle ?? SUPPLY_SOURCE_ID, status: o.status });
  }
  // Values stated for areas above the finest level (shown with their own source, see values.ts).
  const stated = new Map<string, { value: number; id: SourceId; status: Status }>();
  for (const o of pkg.observations) {
    const level = areas.get(o.gebiet)?.level;
    const st = sources.get(o.quelle)?.status;
    if (level && level !== FINEST && st && own.has(o.indikator))
      stated.set(obsKey(o.gebiet, o.indikator, o.jahr), { value: o.wert, id: o.quelle, status: st });
  }
  const symbols = new Map<string, { zeichen: StatSymbol; id: SourceId; status: Status }>();
  for (const o of pkg.symbols) {
    const st = sources.get(o.quelle)?.status;
    if (st && areas.get(o.gebiet)?.level === 'ebene1')
      symbols.set(obsKey(o.gebiet, o.indikator, o.jahr), { zeichen: o.zeichen, id: o.quelle, status: st });
  }
  const forecast = new Set<number>(FORECAST_YEARS);
  const years = [...new Set([...pkg.observations, ...pkg.symbols].map((o) => o.jahr))].sort(
    (a, b) => Number(forecast.has(a)) - Number(forecast.has(b)) || a - b,
  );
  const base: AggregationContext = {
    rule: (id) => indicators.get(id)?.aggregation,
    base: (a, id, y) => values.get(obsKey(a, id, y)),
    ortsteile: ortsteileResolver(pkg.areas),
  };
  const ctx: ValueContext = {
    ...base,
    baseSource: (a: AreaKey, id: IndicatorId, y: Year) => provenance.get(obsKey(a, id, y)),
    smallNumbers: (id: IndicatorId) => indicators.get(id)?.kleinzahl ?? {},
    symbol: (a: AreaKey, id: IndicatorId, y: Year) => symbols.get(obsKey(a, id, y)),
    stated: (a: AreaKey, id: IndicatorId, y: Year) => stated.get(obsKey(a, id, y)),
  };
  const areaKeys = new Map<string, AreaKey>([...areas.keys()].map((k) => [k, k]));
  const indicatorIds = new Map<string, IndicatorId>([...indicators.keys()].map((k) => [k, k]));
  return {
    rootKey: pkg.manifest.gesamt.schluessel,
    areas,
    areaKey: (raw) => areaKeys.get(raw),
    indicatorId: (raw) => indicatorIds.get(raw),
    byLevel,
    mapLevels: MAP_LEVELS.filter((l) => byLevel[l].length > 0),
    indicators,
    catalogue,
    sources,
    years,
    ctx,
    boundaries: pkg.boundaries,
    outline: pkg.outline,
    manifest: pkg.manifest,
    facilities: facilitiesOf(pkg),
    facilityArea: new Map(Object.entries(supply.areaOf)),
    ...(supply.coverage ? { coverage: supply.coverage } : {}),
  };
}

/** The titles of sources by id, for "Quelle: …" lines (an unknown id stands for itself). */
/**
 * A source's title in the reader's language: the English title the package wrote for its own
 * sources (sample values, calculations); outside publications keep their original title.
 */
export function sourceTitle(model: Model, id: string, lang: Language): string {
  const s = model.sources.get(id);
  if (!s) return id;
  if (isCommunity(lang)) {
    const texts = communityTexts(lang);
    return s[`titel_${lang}`] ?? texts?.sourceTitles[id] ?? `${s.titel} (${texts?.germanTitle ?? 'Deutsch'})`;
  }
  return dataLanguage(lang) === 'en' ? (s.titel_en ?? s.titel) : s.titel;
}
export const sourceTitles = (model: Model, ids: Iterable<string>, lang: Language): string[] =>
  [...new Set(ids)].map((id) => sourceTitle(model, id, lang));
