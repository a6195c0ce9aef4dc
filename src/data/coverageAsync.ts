import { inWorker } from './inWorker.ts';
import type { DataPackage } from './package.ts';
import type { AddressInput, CoverageResult } from './supply.ts';

/** Coverage in a Web Worker; where there is no Worker (tests), on the main thread. */
export const coverageAsync = (pkg: DataPackage, addresses?: AddressInput): Promise<CoverageResult> =>
  inWorker(
    () => new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' }),
    { pkg, ...(addresses ? { addresses } : {}) },
    (input) => import('./supply.ts').then((m) => m.deriveCoverage(input.pkg, input.addresses)),
    'Berechnung der Erreichbarkeit fehlgeschlagen',
  );
