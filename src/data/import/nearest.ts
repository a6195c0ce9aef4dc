import { toMetric } from './geo/crs.ts';

/** A facility further than this from every address keeps the Ortsteil its point lies in. */
export const NEAREST_ADDRESS_M = 50;
const CELL = 100;

/**
 * The area key of the nearest address point within `NEAREST_ADDRESS_M` (a grid of 100 m cells,
 * metric coordinates), so a facility at an address is counted where its address is — not where an
 * approximate boundary happens to run.
 */
export function nearestAddressArea(
  keys: readonly string[],
  positions: readonly (readonly [number, number])[],
): (lon: number, lat: number) => string | undefined {
  const grid = new Map<string, number[]>();
  const metric = positions.map((p) => toMetric([p[0], p[1]]));
  metric.forEach(([x, y], i) => {
    const k = `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  });
  return (lon, lat) => {
    const [x, y] = toMetric([lon, lat]);
    const gx = Math.floor(x / CELL);
    const gy = Math.floor(y / CELL);
    let best: { i: number; d: number } | undefined;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const i of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
          const d = Math.hypot(metric[i]![0] - x, metric[i]![1] - y);
          if (d <= NEAREST_ADDRESS_M && (!best || d < best.d)) best = { i, d };
        }
    return best ? keys[best.i] : undefined;
  };
}
