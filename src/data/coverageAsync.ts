import { inWorker } from './inWorker.ts';
import type { DataPackage } from './package.ts';
import type { CoverageResult } from './supply.ts';

/** Coverage in a Web Worker; where there is no Worker (tests), on the main thread. */
export const coverageAsync = (pkg: DataPackage): Promise<CoverageResult> =>
  inWorker(
    () => new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' }),
    pkg,
    (p) => import('./supply.ts').then((m) => m.deriveCoverage(p)),
    'Berechnung der Erreichbarkeit fehlgeschlagen',
  );
