import { createStore, del, get, set } from 'idb-keyval';
import type { PackageTexts } from './package.ts';
import type { Validated } from './validate.ts';

/**
 * The last validation result, kept in this browser's IndexedDB under a digest of exactly what was
 * validated: the package's bytes, the user's own data merged into it, and the validating code's
 * version (in a build, the worker script's content-hashed URL). A repeat visit with the same package
 * and the same app skips the validation (~150–220 ms of CPU beside the map on two cores); any other
 * byte, layer or build validates again. Nothing is kept but the one result, and nothing unvalidated.
 */
export interface ResultStore {
  read(): Promise<unknown>;
  write(entry: { key: string; result: Validated }): Promise<void>;
}

const DB = 'qx-pruefung';
const KEY = 'letzte';
let db: ReturnType<typeof createStore> | undefined;
const results = () => (db ??= createStore(DB, 'ergebnis'));

/** The browser's store of the last result (IndexedDB). */
export const browserResultStore = (): ResultStore => ({
  read: () => get(KEY, results()),
  write: (entry) => set(KEY, entry, results()),
});

/**
 * Forget the stored result: it holds the user's own data merged in, which "remove my data" must
 * remove too (import/store.ts).
 */
export const clearStoredResult = async (): Promise<void> => {
  if (typeof indexedDB !== 'undefined') await del(KEY, results());
};

const encoder = new TextEncoder();

/** SHA-256 over the version, then every file (sorted by key) and the layer, each with its length. */
export async function validationKey(texts: PackageTexts, layer: unknown, version: string): Promise<string> {
  const parts: Uint8Array[] = [];
  const add = (label: string, body: string | Uint8Array) => {
    const bytes = typeof body === 'string' ? encoder.encode(body) : body;
    parts.push(encoder.encode(`${label}\u0000${typeof body}\u0000${bytes.length}\u0000`), bytes);
  };
  add('version', version);
  const files = texts as Record<string, string | Uint8Array | undefined>;
  for (const k of Object.keys(files).sort()) {
    const v = files[k];
    if (v !== undefined) add(`datei:${k}`, v);
  }
  add('eigene', layer === undefined ? '' : JSON.stringify(layer));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const isEntry = (x: unknown): x is { key: string; result: Validated } =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { key?: unknown }).key === 'string' &&
  typeof (x as { result?: unknown }).result === 'object' &&
  (x as { result?: unknown }).result !== null;

/**
 * The stored result when its key matches, else `validate()`, kept for the next visit: `kept`
 * settles once it is written (after the result is handed on), so a worker may close then. A store
 * that fails (private mode, quota, a damaged entry) only means validating again next time.
 */
export async function withCachedValidation(
  key: string,
  store: ResultStore,
  validate: () => Validated,
): Promise<{ result: Validated; kept: Promise<void> }> {
  try {
    const entry = await store.read();
    if (isEntry(entry) && entry.key === key) return { result: entry.result, kept: Promise.resolve() };
  } catch {
    // Validate below.
  }
  const result = validate();
  const kept = new Promise<void>((done) =>
    setTimeout(() => void store.write({ key, result }).then(done, () => done()), 0),
  );
  return { result, kept };
}
