/**
 * The geography's levels, defined once. Bremerhaven: the city, 2 Stadtbezirke (1-digit keys),
 * 9 Stadtteile (2 digits), 24 Ortsteile (3 digits). Which of them a package fills is the model's
 * `mapLevels`; everything that lists levels uses these constants or that list.
 */
export const LEVELS = ['stadt', 'stadtbezirk', 'stadtteil', 'ortsteil'] as const;
export type Level = (typeof LEVELS)[number];

/** The levels a map can show, finest first (the order of the level switch and of lists). */
export const MAP_LEVELS = ['ortsteil', 'stadtteil', 'stadtbezirk'] as const satisfies readonly Level[];
export type MapLevel = (typeof MAP_LEVELS)[number];

export const isMapLevel = (level: string): level is MapLevel =>
  (MAP_LEVELS as readonly string[]).includes(level);

/** The map level an area of `level` is drawn on (the city, or no level, on the finest). */
export const mapLevelOf = (level: Level | undefined): MapLevel =>
  level && isMapLevel(level) ? level : MAP_LEVELS[0];

/** The next coarser level (the parent's level in gebiete.csv). */
export const PARENT_LEVEL: Readonly<Record<Level, Level | undefined>> = {
  ortsteil: 'stadtteil',
  stadtteil: 'stadtbezirk',
  stadtbezirk: 'stadt',
  stadt: undefined,
};

/** The level an official key belongs to, by its number of digits ("0" is the city). */
export function levelOfKey(key: string): Level | undefined {
  if (key === '0') return 'stadt';
  return ({ 1: 'stadtbezirk', 2: 'stadtteil', 3: 'ortsteil' } as const)[key.length as 1 | 2 | 3];
}
