import type { Model } from '../../data/model.ts';

/** Names for keys and ids read from the user's files (which need not be in the package). */
export const indicatorName = (model: Model, raw: string) => {
  const id = model.indicatorId(raw);
  return (id && model.indicators.get(id)?.label_de) ?? raw;
};
export const areaKeyName = (model: Model, raw: string) => {
  const key = model.areaKey(raw);
  return (key && model.areas.get(key)?.name) ?? '';
};

/** A change of area in km², signed; below 0.005 km² (rounding of the geometry) it is no change. */
export const km2Change = (d: number) =>
  Math.abs(d) < 0.005
    ? '±0'
    : `${d > 0 ? '+' : '−'}${Math.abs(d).toLocaleString('de-DE', { maximumFractionDigits: 2 })}`;
