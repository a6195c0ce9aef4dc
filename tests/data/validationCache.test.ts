import { describe, expect, it, vi } from 'vitest';
import type { PackageTexts } from '../../src/data/package.ts';
import type { Validated } from '../../src/data/validate.ts';
import { validationKey, withCachedValidation, type ResultStore } from '../../src/data/validationCache.ts';

const texts = (over: Record<string, string | Uint8Array> = {}): PackageTexts =>
  ({
    gebiete: 'schluessel,ebene,name\n0,stadt,Musterstadt\n',
    beobachtungen: 'gebiet,indikator,jahr,wert\n0,einwohner,2020,100\n',
    ...over,
  }) as unknown as PackageTexts;

const result = (tag: string) => ({ messages: [tag] }) as unknown as Validated;

/** A store in memory, recording its writes. */
function memoryStore(initial?: unknown): ResultStore & { writes: unknown[] } {
  let entry = initial;
  const writes: unknown[] = [];
  return {
    writes,
    read: () => Promise.resolve(entry),
    write: (e) => {
      writes.push(e);
      entry = e;
      return Promise.resolve();
    },
  };
}

describe('the stored validation result', () => {
  it('is keyed by every byte validated, the own data and the code version', async () => {
    const base = await validationKey(texts(), undefined, 'v1');
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await validationKey(texts(), undefined, 'v1')).toBe(base);
    // Key order of the files does not matter; their content does, to the byte.
    const reordered = { beobachtungen: texts().beobachtungen, gebiete: texts().gebiete } as PackageTexts;
    expect(await validationKey(reordered, undefined, 'v1')).toBe(base);
    const changed = texts({ beobachtungen: 'gebiet,indikator,jahr,wert\n0,einwohner,2020,101\n' });
    expect(await validationKey(changed, undefined, 'v1')).not.toBe(base);
    expect(await validationKey(texts(), undefined, 'v2')).not.toBe(base);
    expect(await validationKey(texts(), { dateien: ['x.csv'] }, 'v1')).not.toBe(base);
    // A file's boundary cannot move between two files and give the same key.
    const split = (a: string, b: string) =>
      validationKey(texts({ gebiete: a, beobachtungen: b }), undefined, 'v1');
    expect(await split('ab', 'cd')).not.toBe(await split('abc', 'd'));
    // Bytes are hashed as bytes.
    const bytes = texts({
      gebiete: new TextEncoder().encode('schluessel,ebene,name\n0,stadt,Musterstädt\n'),
    });
    expect(await validationKey(bytes, undefined, 'v1')).not.toBe(base);
  });

  it('reuses the result stored under the same key and validates under any other', async () => {
    vi.useFakeTimers();
    try {
      const store = memoryStore({ key: 'a', result: result('gespeichert') });
      const validate = vi.fn(() => result('neu'));
      expect((await withCachedValidation('a', store, validate)).result.messages).toEqual(['gespeichert']);
      expect(validate).not.toHaveBeenCalled();
      expect((await withCachedValidation('b', store, validate)).result.messages).toEqual(['neu']);
      expect(validate).toHaveBeenCalledTimes(1);
      // Stored after the result was handed on, for the next visit.
      expect(store.writes).toHaveLength(0);
      await vi.runAllTimersAsync();
      expect(store.writes).toEqual([{ key: 'b', result: result('neu') }]);
      expect((await withCachedValidation('b', store, validate)).result.messages).toEqual(['neu']);
      expect(validate).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('validates when the store fails or holds something else', async () => {
    const validate = () => result('neu');
    const broken: ResultStore = {
      read: () => Promise.reject(new Error('quota')),
      write: () => Promise.reject(new Error('quota')),
    };
    expect((await withCachedValidation('a', broken, validate)).result.messages).toEqual(['neu']);
    for (const junk of [null, 'a', { key: 'a' }, { key: 'a', result: null }, { key: 1, result: {} }])
      expect((await withCachedValidation('a', memoryStore(junk), validate)).result.messages).toEqual(['neu']);
  });
});
