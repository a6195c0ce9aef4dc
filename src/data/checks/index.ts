import type { AggregationContext } from '../../domain/aggregate.ts';
import { IssueList, type Issue } from '../issues.ts';
import { ortsteileResolver } from '../model.ts';
import { obsKey, type DataPackage } from '../package.ts';
import type { CheckContext } from './context.ts';
import { checkFacilities, checkGeometry } from './geometry.ts';
import { checkObservations } from './observations.ts';
import { checkAreas, checkOutline } from './outline.ts';
import { checkCatalogue, checkRegistry } from './registry.ts';
import { checkManifest } from './manifest.ts';
import { checkSums } from './sums.ts';

export interface CheckOptions {
  /**
   * The Ortsteile against the territory's outline (polygon overlay, some 20–70 ms): in data:check
   * and the Datenwerkstatt; the app's start skips it for the package data:check has passed.
   */
  outline: boolean;
}

/**
 * Cross-file rules of the package: keys exist, years sane, shares in [0, 1], sums consistent,
 * every value has a known source, every geometry key has data and vice versa. The same code runs
 * in `npm run data:check` and in the browser's validation worker.
 */
export function checkPackage(pkg: DataPackage, options: CheckOptions = { outline: true }): Issue[] {
  const c: CheckContext = {
    pkg,
    issues: new IssueList(),
    areas: new Map(pkg.areas.map((a) => [a.schluessel as string, a])),
    indicators: new Map(pkg.catalogue.indikatoren.map((i) => [i.id as string, i])),
    sources: new Set(pkg.sources.map((s) => s.id as string)),
  };
  checkRegistry(c);
  checkManifest(c);
  checkCatalogue(c);
  const values = checkObservations(c);
  const agg: AggregationContext = {
    rule: (id) => c.indicators.get(id)?.aggregation,
    base: (a, id, y) => values.get(obsKey(a, id, y)),
    ortsteile: ortsteileResolver(pkg.areas),
  };
  const v = { ...c, values, agg };
  checkSums(v);
  checkFacilities(v);
  checkGeometry(v);
  checkAreas(v);
  if (options.outline) checkOutline(v);
  return c.issues.items;
}
