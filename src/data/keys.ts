import type { AreaKey, IndicatorId, Year } from '../domain/ids.ts';

/** The lookup key of one observation: area, indicator and year. */
export const obsKey = (a: AreaKey | string, i: IndicatorId | string, y: Year | number) => `${a}|${i}|${y}`;
