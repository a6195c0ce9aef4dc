import type { AreaKey } from '../../domain/ids.ts';

export const MAX_COMPARED = 4;

/** Adds an area to the comparison or takes it out; a full comparison refuses more and says so. */
export function toggleCompared(
  list: readonly AreaKey[],
  key: AreaKey,
  max = MAX_COMPARED,
): { list: AreaKey[]; result: 'added' | 'removed' | 'full' } {
  if (list.includes(key)) return { list: list.filter((k) => k !== key), result: 'removed' };
  if (list.length >= max) return { list: [...list], result: 'full' };
  return { list: [...list, key], result: 'added' };
}
