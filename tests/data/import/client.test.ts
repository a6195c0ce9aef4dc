import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportWorker } from '../../../src/data/import/client.ts';

/** A worker that takes every request and never answers, as one caught in a damaged file would. */
class SilentWorker {
  static started = 0;
  static terminated = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    SilentWorker.started++;
  }
  postMessage(): void {}
  terminate(): void {
    SilentWorker.terminated++;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('the Datenwerkstatt worker', () => {
  it('replaces a worker that does not answer and names the file as probably damaged', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const w = new ImportWorker(30);
    const ctx = { areas: [], indicators: new Map(), areaRows: [], levels: [], umriss: 'geo/umriss.geojson' };
    await expect(w.read('kaputt.zip', new Uint8Array(4), ctx, () => undefined)).rejects.toThrow(
      /keine Antwort nach 0 s: die Datei ist vermutlich beschädigt/,
    );
    expect(SilentWorker.terminated).toBe(1);
    expect(SilentWorker.started).toBe(2);
    // The next file gets the fresh worker (which here is silent too, and replaced again).
    await expect(w.read('next.csv', new Uint8Array(4), ctx, () => undefined)).rejects.toThrow(
      /keine Antwort/,
    );
    expect(SilentWorker.started).toBe(3);
    w.close();
  });
});
