import type { AreaKey, IndicatorId } from '../ids.ts';

/** One indicator that enters the similarity, with its weight and each area's value. */
export interface SimilarityFeature {
  id: IndicatorId;
  weight: number;
  values: ReadonlyMap<AreaKey, number>;
}

export interface Similar {
  area: AreaKey;
  /** Weighted root-mean-square difference of standardised values (0 = identical). */
  distance: number;
  /** Number of indicators both areas have a value for. */
  shared: number;
}

/** Mean and (population) standard deviation of the values present. */
function moments(values: Iterable<number>): { mean: number; sd: number } | undefined {
  const list = [...values];
  if (list.length < 2) return undefined;
  const mean = list.reduce((s, v) => s + v, 0) / list.length;
  const sd = Math.sqrt(list.reduce((s, v) => s + (v - mean) ** 2, 0) / list.length);
  return sd > 0 ? { mean, sd } : undefined;
}

/**
 * The areas most similar to `target` among `areas`: each indicator is standardised (z-score over
 * the areas), then the distance is the weighted root mean square of the z-differences over the
 * indicators both areas have. Indicators without spread or with weight 0 do not count; areas
 * sharing no indicator with the target are left out. Ties are broken by key, so results are stable.
 */
export function similarAreas(
  target: AreaKey,
  areas: readonly AreaKey[],
  features: readonly SimilarityFeature[],
  count: number,
): Similar[] {
  const usable = features
    .filter((f) => f.weight > 0)
    .flatMap((f) => {
      const m = moments(areas.flatMap((a) => (f.values.has(a) ? [f.values.get(a)!] : [])));
      return m ? [{ ...f, ...m }] : [];
    });
  const result: Similar[] = [];
  for (const area of areas) {
    if (area === target) continue;
    let sum = 0;
    let weights = 0;
    let shared = 0;
    for (const f of usable) {
      const a = f.values.get(area);
      const t = f.values.get(target);
      if (a === undefined || t === undefined) continue;
      sum += f.weight * ((a - t) / f.sd) ** 2;
      weights += f.weight;
      shared++;
    }
    if (shared > 0) result.push({ area, distance: Math.sqrt(sum / weights), shared });
  }
  return result.sort((x, y) => x.distance - y.distance || x.area.localeCompare(y.area)).slice(0, count);
}
