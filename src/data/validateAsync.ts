import { inWorker } from './inWorker.ts';
import type { PackageTexts } from './package.ts';
import type { Validated } from './validate.ts';

/**
 * Validate the package in a Web Worker (the schemas and checks then stay out of the main bundle and
 * off the main thread); where there is no Worker (tests, very old browsers) on the main thread.
 */
export const validateAsync = (texts: PackageTexts): Promise<Validated> =>
  inWorker(
    () => new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' }),
    texts,
    (t) => import('./validate.ts').then((m) => m.validatePackage(t)),
    'Prüfung der Daten fehlgeschlagen',
  );
