export interface SeriesPoint {
  year: number;
  value: number;
  forecast: boolean;
}

/**
 * Splits a time series into the observed line and the forecast line. The forecast line starts at
 * the last observed point so the two join; a gap year (no value) breaks neither line, because
 * missing values are simply not points.
 */
export function splitForecast(points: readonly SeriesPoint[]): {
  observed: SeriesPoint[];
  forecast: SeriesPoint[];
} {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const observed = sorted.filter((p) => !p.forecast);
  const ahead = sorted.filter((p) => p.forecast);
  const last = observed.at(-1);
  return { observed, forecast: ahead.length && last ? [last, ...ahead] : ahead };
}
