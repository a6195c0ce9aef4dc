/**
 * Branded ids: an area key, an indicator id, a year and a source id are all strings or numbers at
 * run time, but cannot be mixed up at compile time. Values are branded only after validation
 * (see src/data/schemas).
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Official key: 1 digit Stadtbezirk, 2 digits Stadtteil, 3 digits Ortsteil, "0" the city. */
export type AreaKey = Brand<string, 'AreaKey'>;
export type IndicatorId = Brand<string, 'IndicatorId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type Year = Brand<number, 'Year'>;

/** Inhabitants: the base of every share and of the registry checks. */
export const POPULATION = 'einwohner' as IndicatorId;

export const STATUSES = ['amtlich', 'sekundaer', 'naeherung', 'beispiel'] as const;
/** Provenance status of a value or geometry: official, secondary source, approximation, sample. */
export type Status = (typeof STATUSES)[number];

/** Years with observations (2014–2024) and the forecast years. */
export const FIRST_YEAR = 2014 as Year;
export const LAST_YEAR = 2024 as Year;
/** Every observed year, FIRST_YEAR to LAST_YEAR. */
export const OBSERVED_YEARS: readonly Year[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => (FIRST_YEAR + i) as Year,
);
export const FORECAST_YEARS = [2030, 2035] as const;

/** The year `n` years before `y` (a Year minus whole years is a Year). */
export const yearsBefore = (y: Year, n: number): Year => (y - n) as Year;
