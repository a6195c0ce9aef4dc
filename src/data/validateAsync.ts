import type { PackageTexts } from './package.ts';
import type { Validated } from './validate.ts';

/**
 * Validate the package in a Web Worker (the schemas and checks then stay out of the main bundle and
 * off the main thread); where there is no Worker (tests, very old browsers) on the main thread.
 */
export function validateAsync(texts: PackageTexts): Promise<Validated> {
  if (typeof Worker === 'undefined') return import('./validate.ts').then((m) => m.validatePackage(texts));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      e: MessageEvent<{ ok: true; result: Validated } | { ok: false; message: string }>,
    ) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'Prüfung der Daten fehlgeschlagen'));
    };
    worker.postMessage(texts);
  });
}
