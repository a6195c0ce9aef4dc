import type { PackageTexts } from './package.ts';
import { validateCached, validateWithStoredLayer } from './validate.ts';
import { browserResultStore } from './validationCache.ts';

// Runs the schema validation off the main thread, so the map can load meanwhile; the user's own
// data (Datenwerkstatt, IndexedDB) is read and merged here too. In a build the last result is kept
// for a repeat visit with the same package (validationCache.ts; the worker's URL carries its
// content hash, the version of the code that validated), and the worker closes itself once it is
// stored (validateAsync.ts lets it).
self.onmessage = async (e: MessageEvent<PackageTexts>) => {
  try {
    if (import.meta.env.PROD && typeof indexedDB !== 'undefined') {
      const { result, kept } = await validateCached(e.data, {
        store: browserResultStore(),
        version: self.location.href,
      });
      self.postMessage({ ok: true, result });
      await kept;
    } else self.postMessage({ ok: true, result: await validateWithStoredLayer(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
  self.close();
};
