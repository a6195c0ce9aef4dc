import { labelPoint } from '../domain/geo/label.ts';
import type { DataPackage } from './package.ts';

/**
 * One label anchor per boundary feature of every map level, by area key (~30 ms for the shipped
 * boundaries: computed once, in the validation worker, not on the main thread).
 */
export function labelAnchors(pkg: DataPackage): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const layer of Object.values(pkg.boundaries))
    for (const f of layer?.features ?? []) out[f.properties.schluessel] = labelPoint(f.geometry);
  return out;
}
