import type { DataPackage } from './package.ts';
import type { CoverageResult } from './supply.ts';

/** Coverage in a Web Worker; where there is no Worker (tests), on the main thread. */
export function coverageAsync(pkg: DataPackage): Promise<CoverageResult> {
  if (typeof Worker === 'undefined') return import('./supply.ts').then((m) => m.deriveCoverage(pkg));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      e: MessageEvent<{ ok: true; result: CoverageResult } | { ok: false; message: string }>,
    ) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'Berechnung der Erreichbarkeit fehlgeschlagen'));
    };
    worker.postMessage(pkg);
  });
}
