import { readStoredLayer } from './import/store.ts';
import type { PackageTexts } from './package.ts';
import { validatePackage } from './validate.ts';

// Runs the schema validation off the main thread, so the map can load meanwhile; the user's own
// data (Datenwerkstatt, IndexedDB) is read and merged here too.
self.onmessage = async (e: MessageEvent<PackageTexts>) => {
  try {
    const { layer } = await readStoredLayer();
    self.postMessage({ ok: true, result: validatePackage(e.data, layer) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
