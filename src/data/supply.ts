import { aggregate, type AggregationContext } from '../domain/aggregate.ts';
import {
  OBSERVED_YEARS,
  type AreaKey,
  type IndicatorId,
  type SourceId,
  type Status,
  type Year,
} from '../domain/ids.ts';
import { COVERAGE_ADDRESS_SOURCE_ID, SUPPLY_INDICATORS } from './supplyCatalogue.ts';
import { assignFacilities } from '../domain/supply/assign.ts';
import {
  CATEGORIES,
  CATEGORY_INFO,
  countId,
  coveredPeopleId,
  GROUP_POPULATION,
  RADII,
  type Category,
} from '../domain/supply/categories.ts';
import { supplyCounts } from '../domain/supply/counts.ts';
import {
  coverageKey,
  coverageShares,
  residenceGrid,
  type CoverageMethod,
  type ResidencePoint,
} from '../domain/supply/coverage.ts';
import type { Facility } from '../domain/supply/facility.ts';
import { weakest } from '../domain/values.ts';
import { facilitiesOf, ortsteilShapes } from './facilities.ts';
import { PACKAGE_FILES, type DataPackage } from './package.ts';

/** A computed Ortsteil value with the status of what it was computed from. */
export interface SupplyObservation {
  gebiet: AreaKey;
  indikator: IndicatorId;
  jahr: number;
  wert: number;
  status: Status;
  /** The computation's source, where it is not the supply computation's (SUPPLY_SOURCE_ID). */
  quelle?: SourceId;
}

export interface SupplyResult {
  observations: SupplyObservation[];
  /** Facilities that lie in no Ortsteil: not counted, reported by name. */
  messages: string[];
  /** The Ortsteil of each facility by id (facilities outside every Ortsteil are missing). */
  areaOf: Record<string, AreaKey>;
  /** Time to assign and count, in milliseconds. */
  ms: number;
}

const YEARS = OBSERVED_YEARS;

function statuses(pkg: DataPackage, facilities: readonly Facility[]) {
  const boundary: Status = pkg.boundaries.ebene1?.genauigkeit === 'amtlich' ? 'amtlich' : 'naeherung';
  const byCategory = new Map<Category, Status>(
    CATEGORIES.map((c) => [
      c,
      weakest([boundary, ...facilities.filter((f) => f.category === c).map((f) => f.status)])!,
    ]),
  );
  return { byCategory, all: weakest([boundary, ...facilities.map((f) => f.status)])! };
}

/**
 * The facility counts, openings, closures and net loss of every Ortsteil and year (2014–2024),
 * from the package's facilities and Ortsteil boundaries; runs in the validation worker. A value's
 * status is the weakest of the boundaries' and of the facilities of its category (citywide: a
 * quartier's "no pharmacy" is only as certain as the whole pharmacy list).
 */
export function deriveSupply(pkg: DataPackage): SupplyResult {
  const t0 = performance.now();
  const facilities = facilitiesOf(pkg);
  const shapes = ortsteilShapes(pkg);
  const { areaOf, outside } = assignFacilities(facilities, shapes);
  const counts = supplyCounts(
    facilities,
    areaOf,
    shapes.map((s) => s.key),
    YEARS,
  );
  const st = statuses(pkg, facilities);
  const statusOf = new Map<IndicatorId, Status>(CATEGORIES.map((c) => [countId(c), st.byCategory.get(c)!]));
  const observations: SupplyObservation[] = counts.map((v) => ({
    gebiet: v.area,
    indikator: v.id,
    jahr: v.year,
    wert: v.value,
    status: statusOf.get(v.id) ?? st.all,
  }));
  const messages = outside.map(
    (f) =>
      `${PACKAGE_FILES.einrichtungen}, Einrichtung ${f.id} („${f.name}“): liegt in keinem Gebiet der Ebene „${pkg.manifest.ebenen[0]!.namen.de.one}“ – nicht gezählt`,
  );
  return { observations, messages, areaOf: Object.fromEntries(areaOf), ms: performance.now() - t0 };
}

export interface CoverageResult {
  observations: SupplyObservation[];
  ms: number;
  /** Points residents were counted at: addresses and grid points. */
  gridPoints: number;
  /** How each area's residents were counted (see CoverageMethod). */
  method: Record<string, CoverageMethod>;
  /** Addresses counted at, where any were. */
  addresses: number;
}

/** Building addresses to count residents at, with the source they came from (its id in quellen.json). */
export interface AddressInput {
  points: readonly ResidencePoint[];
  quelle: string;
}

/**
 * Residents of each category's demand group within 500 m and 1,000 m of an open facility, per
 * Ortsteil and year: the covered share of the area's residence points (its building addresses
 * where `addresses` has any, else an even grid; see domain/supply/coverage.ts) times the group's
 * population. A value counted at addresses carries the source COVERAGE_ADDRESS_SOURCE_ID, so its
 * source line says which method it used; its status is also no better than the addresses'.
 * Runs in its own worker after the first map is drawn.
 */
export function deriveCoverage(pkg: DataPackage, addresses?: AddressInput, spacing = 100): CoverageResult {
  const t0 = performance.now();
  const facilities = facilitiesOf(pkg);
  const { grid, method } = residenceGrid(ortsteilShapes(pkg), addresses?.points ?? [], spacing);
  const shares = coverageShares(grid, facilities, YEARS);
  const st = statuses(pkg, facilities);
  const addressStatus = pkg.sources.find((s) => s.id === addresses?.quelle)?.status ?? 'naeherung';
  // Group populations through the catalogue's own rules (65+ is a sum of age bands, for instance).
  const pop = new Map<string, number>();
  for (const o of pkg.observations) pop.set(`${o.gebiet}|${o.indikator}|${o.jahr}`, o.wert);
  const rules = new Map(
    [...SUPPLY_INDICATORS, ...pkg.catalogue.indikatoren].map((i) => [i.id as string, i.aggregation]),
  );
  const ctx: AggregationContext = {
    rule: (id) => rules.get(id),
    base: (a, id, y) => pop.get(`${a}|${id}|${y}`),
    ortsteile: (a) => [a],
  };
  const population = (area: AreaKey, id: IndicatorId, year: Year) => aggregate(ctx, id, area, year);
  const observations: SupplyObservation[] = [];
  for (const c of CATEGORIES)
    for (const r of RADII)
      for (const area of grid.points.keys()) {
        const atAddresses = method.get(area) === 'adressen';
        const status = atAddresses ? weakest([st.byCategory.get(c)!, addressStatus])! : st.byCategory.get(c)!;
        for (const year of YEARS) {
          const share = shares.get(coverageKey(area, c, r, year));
          const people = population(area, GROUP_POPULATION[CATEGORY_INFO[c].group], year);
          if (share === undefined || people === undefined) continue;
          observations.push({
            gebiet: area,
            indikator: coveredPeopleId(c, r),
            jahr: year,
            wert: share * people,
            status,
            ...(atAddresses ? { quelle: COVERAGE_ADDRESS_SOURCE_ID } : {}),
          });
        }
      }
  let gridPoints = 0;
  let counted = 0;
  for (const [area, p] of grid.points) {
    gridPoints += p.length / 2;
    if (method.get(area) === 'adressen') counted += p.length / 2;
  }
  return {
    observations,
    ms: performance.now() - t0,
    gridPoints,
    method: Object.fromEntries(method),
    addresses: counted,
  };
}
