/**
 * The geography's levels as slots, defined once. A package names its levels in its manifest
 * (data/paket.json) from finest to coarsest — Bremerhaven: Ortsteil, Stadtteil, Stadtbezirk; the
 * Landkreis Rostock: Gemeinde, Amt — and they fill the slots `ebene1` (finest) up to `ebene4` in
 * that order; the territory itself is the root `gesamt`. Which slots a package fills is the model's
 * `mapLevels`; everything that lists levels uses these constants or that list, never a name.
 */
export const MAP_LEVELS = ['ebene1', 'ebene2', 'ebene3', 'ebene4'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

/** The root: the whole territory (the city, the Landkreis). */
export const ROOT_LEVEL = 'gesamt';
export const LEVELS = [ROOT_LEVEL, ...MAP_LEVELS] as const;
export type Level = (typeof LEVELS)[number];

/** The finest level: every value is stored on it and aggregated upwards. */
export const FINEST: MapLevel = MAP_LEVELS[0];

export const isMapLevel = (level: string): level is MapLevel =>
  (MAP_LEVELS as readonly string[]).includes(level);

/** The map level an area of `level` is drawn on (the root, or no level, on the finest). */
export const mapLevelOf = (level: Level | undefined): MapLevel =>
  level && isMapLevel(level) ? level : FINEST;

/**
 * The next coarser level of `level` when the package has `count` map levels (the parent's level in
 * gebiete.csv): the root above the coarsest.
 */
export function parentLevel(level: Level, count: number): Level | undefined {
  if (level === ROOT_LEVEL) return undefined;
  const i = MAP_LEVELS.indexOf(level);
  return i + 1 < count ? MAP_LEVELS[i + 1] : ROOT_LEVEL;
}
