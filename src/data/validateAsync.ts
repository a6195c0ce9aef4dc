import { inWorker } from './inWorker.ts';
import type { PackageTexts } from './package.ts';
import type { Validated } from './validate.ts';

/**
 * Validate the package in a Web Worker (the schemas and checks then stay out of the main bundle and
 * off the main thread); where there is no Worker (tests, very old browsers) on the main thread.
 */
const create = () => new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
// Started when the app loads, so the worker's module is fetched and compiled while the package
// files download (it used to start after them, on the first view's critical path).
let spare: Worker | undefined = typeof Worker === 'undefined' ? undefined : create();

export const validateAsync = (texts: PackageTexts): Promise<Validated> =>
  inWorker(
    () => {
      const w = spare ?? create();
      spare = undefined;
      return w;
    },
    texts,
    (t) => import('./validate.ts').then((m) => m.validateWithStoredLayer(t)),
    'Prüfung der Daten fehlgeschlagen',
    true,
  );
