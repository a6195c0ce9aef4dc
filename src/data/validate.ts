import { checkPackage } from './checks/index.ts';
import type { ImportLayer } from './import/layer.ts';
import { mergeLayer, toOrigin } from './import/merge.ts';
import { readStoredLayer } from './import/store.ts';
import { formatIssue } from './issues.ts';
import { labelAnchors } from './anchors.ts';
import { parsePackage, type DataPackage, type PackageTexts } from './package.ts';
import { deriveSupply, type SupplyResult } from './supply.ts';
import { validationKey, withCachedValidation, type ResultStore } from './validationCache.ts';

export interface Validated {
  pkg: DataPackage;
  /** Every problem found, as "datei, ort, Feld x: meldung". */
  messages: string[];
  /** The supply indicators computed from the facilities and boundaries (see supply.ts). */
  supply: SupplyResult;
  /** Label anchors by area key, computed here so the main thread need not. */
  anchors: Record<string, [number, number]>;
  /** The user's own data merged in (Datenwerkstatt), or null: every view says so while it is. */
  own: { dateien: string[]; erstellt: string; titel: string; status: string } | null;
}

/**
 * Parse every file through its schema and run the cross-file checks (as `npm run data:check` does),
 * then compute the supply indicators — all off the main thread when run in the worker.
 */
export function validatePackage(texts: PackageTexts, layer?: ImportLayer): Validated {
  const merged = layer ? mergeLayer(texts, layer) : undefined;
  const { pkg, issues } = parsePackage(merged?.texts ?? texts);
  const supply = deriveSupply(pkg);
  const found = [
    ...(merged?.problems ?? []),
    ...issues,
    ...checkPackage(pkg, { outline: layer?.grenzen !== undefined }),
  ];
  return {
    pkg,
    messages: found
      .map((i) => (merged ? toOrigin(i, merged.origins) : i))
      .map(formatIssue)
      .concat(supply.messages),
    supply,
    anchors: labelAnchors(pkg),
    own: layer
      ? {
          dateien: layer.dateien,
          erstellt: layer.erstellt,
          titel: layer.quelle.titel,
          status: layer.quelle.status,
        }
      : null,
  };
}

/** The package with the user's own data from this browser's IndexedDB, if any (a damaged store is named). */
export async function validateWithStoredLayer(texts: PackageTexts): Promise<Validated> {
  const { layer, problem } = await readStoredLayer();
  const result = validatePackage(texts, layer);
  if (problem) result.messages.unshift(problem);
  return result;
}

/**
 * As `validateWithStoredLayer`, reusing the last result for exactly these bytes, this layer and
 * this code version (validationCache.ts); `kept` settles when a new result is stored.
 */
export async function validateCached(
  texts: PackageTexts,
  cache: { store: ResultStore; version: string },
): Promise<{ result: Validated; kept: Promise<void> }> {
  const { layer, problem } = await readStoredLayer();
  if (problem) return { result: await validateWithStoredLayer(texts), kept: Promise.resolve() };
  const key = await validationKey(texts, layer, cache.version);
  return withCachedValidation(key, cache.store, () => validatePackage(texts, layer));
}
