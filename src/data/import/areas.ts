import type { AreaKey } from '../../domain/ids.ts';
import { packageKey } from '../keys.ts';
import { cellText, type Raw } from './cells.ts';

/** What the matcher needs of an area of the registry. */
export interface AreaEntry {
  key: AreaKey;
  name: string;
  nameEn?: string;
}

/**
 * An office's area cell matched to the registry: by key in the package's form (`215`) or a form
 * offices write it in (keys.ts, packageKey: `2150`, `0215`, an AGS without its leading 0), a key in front of the name (`215 Grünhöfe`), or by name
 * written differently (case, umlauts, hyphens, `Str.`). A name that only nearly matches is `unsicher`
 * and must be confirmed; nothing is matched silently by position.
 */
export type AreaMatch =
  | { kind: 'schluessel'; key: AreaKey }
  | { kind: 'name'; key: AreaKey; sure: boolean }
  | { kind: 'unbekannt'; text: string };

export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/str(\.|asse\b)/g, 'strasse')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Edit distance, for names that differ by a typo. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

export function areaMatcher(entries: readonly AreaEntry[]): (raw: Raw) => AreaMatch {
  const byKey = new Map(entries.map((e) => [e.key as string, e.key]));
  const byName = new Map<string, AreaKey>();
  for (const e of entries)
    for (const n of [e.name, e.nameEn])
      if (n && !byName.has(normaliseName(n))) byName.set(normaliseName(n), e.key);
  const keys = new Set(byKey.keys());
  const keyOf = (digits: string): AreaKey | undefined => {
    const k = packageKey(digits, keys);
    return k === undefined ? undefined : byKey.get(k);
  };
  return (raw) => {
    const text = cellText(raw);
    if (typeof raw === 'number' && Number.isInteger(raw)) {
      const k = keyOf(String(raw));
      return k ? { kind: 'schluessel', key: k } : { kind: 'unbekannt', text };
    }
    const m = /^(\d{1,13})(?:\s+|\s*[-–:]\s*)?(.*)$/.exec(text);
    if (m) {
      const k = keyOf(m[1]!);
      if (k) return { kind: 'schluessel', key: k };
      if (m[2] === '') return { kind: 'unbekannt', text };
    }
    const n = normaliseName(text);
    if (n === '') return { kind: 'unbekannt', text };
    const exact = byName.get(n);
    if (exact) return { kind: 'name', key: exact, sure: true };
    let best: { key: AreaKey; d: number } | undefined;
    for (const [name, key] of byName) {
      const d = distance(n, name);
      if (!best || d < best.d) best = { key, d };
    }
    return best && best.d <= Math.max(1, Math.floor(n.length / 6))
      ? { kind: 'name', key: best.key, sure: false }
      : { kind: 'unbekannt', text };
  };
}
