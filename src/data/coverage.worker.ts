import type { DataPackage } from './package.ts';
import { deriveCoverage, type AddressInput } from './supply.ts';

// Walking-distance coverage, computed off the main thread once the first map is up.
self.onmessage = (e: MessageEvent<{ pkg: DataPackage; addresses?: AddressInput }>) => {
  try {
    self.postMessage({ ok: true, result: deriveCoverage(e.data.pkg, e.data.addresses) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
