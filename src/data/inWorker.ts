/**
 * Run a computation in a module Web Worker that answers once with `{ ok, result | message }`;
 * where there is no Worker (tests, very old browsers) run `fallback` on the main thread instead.
 */
export function inWorker<I, O>(
  create: () => Worker,
  input: I,
  fallback: (input: I) => Promise<O>,
  failure: string,
  /** The worker closes itself after answering (it may still finish work of its own). */
  closesItself = false,
): Promise<O> {
  if (typeof Worker === 'undefined') return fallback(input);
  return new Promise((resolve, reject) => {
    const worker = create();
    worker.onmessage = (e: MessageEvent<{ ok: true; result: O } | { ok: false; message: string }>) => {
      if (!closesItself) worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || failure));
    };
    worker.postMessage(input);
  });
}
