import type { PackageTexts } from './package.ts';
import { validateWithStoredLayer } from './validate.ts';

// Runs the schema validation off the main thread, so the map can load meanwhile; the user's own
// data (Datenwerkstatt, IndexedDB) is read and merged here too.
self.onmessage = async (e: MessageEvent<PackageTexts>) => {
  try {
    self.postMessage({ ok: true, result: await validateWithStoredLayer(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
