/** One count of a population pyramid: people of one sex in one age band ("0_5", "80_plus"). */
export interface BandCount {
  sex: 'w' | 'm';
  band: string;
  count: number;
}

export interface PyramidRow {
  band: string;
  /** Lower age of the band, for ordering. */
  from: number;
  /** "0–5", "80+". */
  label: string;
  /** Years of age the band spans (an open top band counts as 20), to draw shares per year of age. */
  span: number;
  /** Shares of the area's total population (0..1), so small and large areas compare. */
  w: number;
  m: number;
}

/** Assumed span of an open top band ("80_plus" → 80–99). */
export const OPEN_BAND_SPAN = 20;

export function bandSpan(band: string): number {
  const [from, to] = band.split('_');
  return to === 'plus' ? OPEN_BAND_SPAN : Number(to) - Number(from) + 1;
}

export function bandLabel(band: string): string {
  const [from, to] = band.split('_');
  return to === 'plus' ? `${from}+` : `${from}–${to}`;
}

/**
 * The pyramid of an area as shares of its population, youngest band first. Returns undefined when
 * a band is missing (a partial pyramid would mislead) or the total is zero.
 */
export function pyramidShares(
  counts: readonly BandCount[],
  bands: readonly string[],
): PyramidRow[] | undefined {
  const total = counts.reduce((s, c) => s + c.count, 0);
  if (!(total > 0)) return undefined;
  const rows: PyramidRow[] = [];
  for (const band of bands) {
    const w = counts.find((c) => c.band === band && c.sex === 'w');
    const m = counts.find((c) => c.band === band && c.sex === 'm');
    if (!w || !m) return undefined;
    rows.push({
      band,
      from: Number(band.split('_')[0]),
      label: bandLabel(band),
      span: bandSpan(band),
      w: w.count / total,
      m: m.count / total,
    });
  }
  return rows.sort((a, b) => a.from - b.from);
}
