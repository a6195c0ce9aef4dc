import { coverageAsync } from '../src/data/coverageAsync.ts';
import { parsePackage } from '../src/data/package.ts';
import { benchPackageTexts } from './package.ts';
import { deriveSupply } from '../src/data/supply.ts';
import type { FacilityFeature } from '../src/data/schemas.ts';

/**
 * The supply figures: assigning and counting ~500 facilities over 24 Ortsteile and 11 years on the
 * main thread (median of 9), and the coverage worker — its total time and the longest main-thread
 * task while it runs (the UI must not block). Results in `window.__supply`.
 */
async function main() {
  const texts = await benchPackageTexts();
  const { pkg } = parsePackage(texts);
  // ~500 facilities: the package's, plus deterministic copies moved by up to ±300 m.
  const extra: FacilityFeature[] = [];
  for (let i = 0; pkg.facilities.length + extra.length < 500; i++) {
    const f = pkg.facilities[i % pkg.facilities.length]!;
    const [lon, lat] = f.geometry.coordinates;
    extra.push({
      ...f,
      id: `${f.id}-kopie-${i}`,
      geometry: {
        type: 'Point',
        coordinates: [lon + Math.sin(i * 1.7) * 0.0045, lat + Math.cos(i * 2.3) * 0.0027],
      },
    });
  }
  const big = { ...pkg, facilities: [...pkg.facilities, ...extra] };
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) runs.push(deriveSupply(big).ms);
  runs.sort((a, b) => a - b);

  // Let the task that ran the counts end, so it is not reported as a long task of the worker phase.
  await new Promise((ok) => setTimeout(ok, 100));
  const longTasks: number[] = [];
  const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
  obs.observe({ type: 'longtask' });
  const t0 = performance.now();
  const coverage = await coverageAsync(big);
  const total = performance.now() - t0;
  obs.disconnect();
  Object.assign(window, {
    __supply: {
      einrichtungen: big.facilities.length,
      ortsteile: pkg.boundaries.ebene1?.features.length ?? 0,
      zuordnungMedianMs: runs[4],
      erreichbarkeitWorkerMs: coverage.ms,
      erreichbarkeitGesamtMs: total,
      gitterpunkte: coverage.gridPoints,
      laengsteHauptthreadAufgabeMs: Math.max(0, ...longTasks),
    },
  });
}
void main();
