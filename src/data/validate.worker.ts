import type { PackageTexts } from './package.ts';
import { validatePackage } from './validate.ts';

// Runs the schema validation off the main thread, so the map can load meanwhile.
self.onmessage = (e: MessageEvent<PackageTexts>) => {
  try {
    self.postMessage({ ok: true, result: validatePackage(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
