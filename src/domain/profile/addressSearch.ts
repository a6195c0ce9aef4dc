import { fold } from '../fold.ts';
import { editDistance } from './search.ts';

/**
 * Address → Ortsteil for residents: street and house number typed any way ("Hafenstr 106",
 * "hafenstraße 106a", "Hafen Str. 106 A") found in the package's address index, in the browser.
 * The index is built once; a keystroke scans the street names only (about a thousand).
 */
export interface AddressIndexInput {
  /** Street → area key → house numbers with their letter ("106a"). */
  strassen: Record<string, Record<string, string[]>>;
}

interface Street {
  name: string;
  /** Folded, with every spelling of "straße" as "str" and no spaces ("hafenstr"). */
  folded: string;
  numbers: Map<string, string[]>;
  areas: string[];
}

export interface AddressIndex {
  streets: Street[];
}

/** The street part folded the same way on both sides: "Hafenstraße", "Hafenstr.", "Hafen Str" → "hafenstr". */
const foldStreet = (s: string) =>
  fold(s)
    .replace(/\./g, ' ')
    .replace(/\bstrasse\b|strasse\b|\bstr\b|str\b/g, 'str')
    .replace(/[^a-z0-9]/g, '');

export function buildAddressIndex(input: AddressIndexInput): AddressIndex {
  const streets: Street[] = [];
  for (const [name, byArea] of Object.entries(input.strassen)) {
    const numbers = new Map<string, string[]>();
    for (const [area, list] of Object.entries(byArea))
      for (const n of list) {
        const k = n.toLowerCase();
        const at = numbers.get(k);
        if (at) {
          if (!at.includes(area)) at.push(area);
        } else numbers.set(k, [area]);
      }
    streets.push({ name, folded: foldStreet(name), numbers, areas: Object.keys(byArea).sort() });
  }
  streets.sort((a, b) => a.folded.localeCompare(b.folded));
  return { streets };
}

export type AddressHit =
  /** The address is in the index: its area (rarely two, where the index says so). */
  | { kind: 'adresse'; street: string; number: string; areas: string[] }
  /** The number is not, but the street is: the areas it runs through, the nearest numbers known. */
  | { kind: 'strasse'; street: string; number?: string; areas: string[]; near: string[] };

const numberRe = /^(.*?)[\s,]*(\d{1,5})\s*([a-z]{0,2})$/;

/** Split "Hafenstr 106a" into street and number; a query without a number is a street only. */
export function parseAddress(query: string): { street: string; number?: string } | undefined {
  const q = query.trim().toLowerCase();
  if (q === '') return undefined;
  const m = numberRe.exec(q);
  if (m && m[1]!.trim() !== '') return { street: m[1]!, number: `${Number(m[2])}${m[3]}` };
  return { street: q };
}

/** Numbers of a street nearest to `n` (by their digits), for "not found: did you mean …". */
function nearNumbers(street: Street, n: string, limit = 3): string[] {
  const v = Number(/^\d+/.exec(n)?.[0] ?? NaN);
  return [...street.numbers.keys()]
    .map((k) => ({ k, d: Math.abs(Number(/^\d+/.exec(k)![0]) - v) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k, 'de', { numeric: true }))
    .slice(0, limit)
    .map((x) => x.k)
    .sort((a, b) => a.localeCompare(b, 'de', { numeric: true }));
}

/**
 * The addresses a query names, best first: the street by its start (or with a typo, one per five
 * letters), then the house number — exactly, or without its letter ("106b" → "106" where only 106
 * exists), else the street with the areas it runs through.
 */
export function searchAddress(index: AddressIndex, query: string, limit = 5): AddressHit[] {
  const parsed = parseAddress(query);
  if (!parsed) return [];
  const q = foldStreet(parsed.street);
  if (q.length < 3) return [];
  const allowed = Math.floor(q.length / 5);
  const scored: { s: Street; score: number }[] = [];
  for (const s of index.streets) {
    let score: number | undefined;
    if (s.folded === q) score = 0;
    else if (s.folded.startsWith(q)) score = 1;
    else if (s.folded.includes(q)) score = 2;
    else if (allowed > 0) {
      const whole = Math.abs(s.folded.length - q.length) <= allowed ? editDistance(q, s.folded) : Infinity;
      const d = Math.min(whole, editDistance(q, s.folded.slice(0, q.length)));
      if (d <= allowed) score = 2 + d;
    }
    if (score !== undefined) scored.push({ s, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score || a.s.folded.length - b.s.folded.length || a.s.name.localeCompare(b.s.name, 'de'),
  );
  const out: AddressHit[] = [];
  for (const { s } of scored.slice(0, limit)) {
    const n = parsed.number;
    if (n !== undefined) {
      const exact =
        s.numbers.get(n) ?? (n.match(/[a-z]$/) ? s.numbers.get(n.replace(/[a-z]+$/, '')) : undefined);
      if (exact) {
        out.push({
          kind: 'adresse',
          street: s.name,
          number: s.numbers.has(n) ? n : n.replace(/[a-z]+$/, ''),
          areas: exact,
        });
        continue;
      }
    }
    out.push({
      kind: 'strasse',
      street: s.name,
      ...(n !== undefined ? { number: n } : {}),
      areas: s.areas,
      near: n !== undefined ? nearNumbers(s, n) : [],
    });
  }
  // An address found exactly goes before streets that only start alike.
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'adresse' ? -1 : 1));
}
