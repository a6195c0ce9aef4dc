import { fold } from '../fold.ts';

export interface Searchable<K extends string = string> {
  key: K;
  name: string;
  /** Lower sorts first among equally good matches (e.g. Ortsteil before Stadtteil). */
  order: number;
}

export interface Hit<K extends string = string> {
  key: K;
  /** 0 = exact; 1 = start of the name; 2 = start of a word; 3 = inside; 4+ = typo distance. */
  score: number;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps cost 1. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/**
 * Forgiving search over area names: umlauts, ß, case and hyphens do not matter (see `fold`), a
 * started name is found by its beginning, and typos are tolerated — one per four letters typed.
 */
export function searchAreas<K extends string>(
  query: string,
  items: readonly Searchable<K>[],
  limit = 6,
): Hit<K>[] {
  const q = fold(query);
  if (!q) return [];
  const allowed = Math.max(1, Math.floor(q.length / 4));
  const scored: (Hit<K> & { item: Searchable<K> })[] = [];
  for (const item of items) {
    const name = fold(item.name);
    let score: number | undefined;
    if (name === q) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (name.split(' ').some((w) => w.startsWith(q))) score = 2;
    else if (name.includes(q)) score = 3;
    else {
      // A typo in a whole name, or in the part typed so far.
      const dist = Math.min(editDistance(q, name), editDistance(q, name.slice(0, q.length)));
      if (dist <= allowed) score = 3 + dist;
    }
    if (score !== undefined) scored.push({ key: item.key, score, item });
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.item.name.length - b.item.name.length ||
        a.item.order - b.item.order ||
        a.item.name.localeCompare(b.item.name, 'de'),
    )
    .slice(0, limit)
    .map(({ key, score }) => ({ key, score }));
}
