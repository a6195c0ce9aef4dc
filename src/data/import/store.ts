import { del, get, set } from 'idb-keyval';
import { layerSchema, type ImportLayer } from './layer.ts';
import { clearStoredResult } from '../validationCache.ts';

/**
 * The user's own data, kept in this browser's IndexedDB (idb-keyval) and nowhere else: it survives
 * a reload and is removed in one click. What is read back is validated like any file that enters.
 */
const KEY = 'qx-eigene-daten';

export async function readStoredLayer(): Promise<{ layer?: ImportLayer; problem?: string }> {
  if (typeof indexedDB === 'undefined') return {};
  try {
    const raw: unknown = await get(KEY);
    if (raw === undefined) return {};
    const r = layerSchema.safeParse(raw);
    return r.success
      ? { layer: r.data }
      : { problem: 'Gespeicherte eigene Daten sind beschädigt und werden nicht verwendet' };
  } catch {
    return {};
  }
}

export const storeLayer = (layer: ImportLayer): Promise<void> => set(KEY, layer);
/** Removes the user's data and the validation result it was merged into (validationCache.ts). */
export const removeStoredLayer = async (): Promise<void> => {
  await del(KEY);
  await clearStoredResult();
};
