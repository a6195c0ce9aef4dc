import type { DataPackage } from './package.ts';
import { deriveCoverage } from './supply.ts';

// Walking-distance coverage, computed off the main thread once the first map is up.
self.onmessage = (e: MessageEvent<DataPackage>) => {
  try {
    self.postMessage({ ok: true, result: deriveCoverage(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
