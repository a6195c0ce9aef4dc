/**
 * A scale bar's length: the largest of 1, 2, 5 × 10ⁿ km (or m below 1 km) that fits into `maxPx`
 * at `pxPerKm`; undefined where the projection gives no finite scale.
 */
export function scaleBar(
  pxPerKm: number,
  maxPx: number,
): { km: number; px: number; label: string } | undefined {
  if (!(pxPerKm > 0) || !Number.isFinite(pxPerKm)) return undefined;
  const maxKm = maxPx / pxPerKm;
  let best: number | undefined;
  for (let e = -3; e <= 4; e++)
    for (const m of [1, 2, 5]) {
      const km = m * 10 ** e;
      if (km <= maxKm) best = km;
    }
  if (best === undefined) return undefined;
  const label = best < 1 ? `${Math.round(best * 1000)} m` : `${best} km`;
  return { km: best, px: best * pxPerKm, label };
}

/** Kilometres per degree of longitude at a latitude (spherical Earth, 6371 km). */
export const kmPerLonDegree = (lat: number): number =>
  ((Math.PI * 6371) / 180) * Math.cos((lat * Math.PI) / 180);
