import type { Language } from '../format.ts';

/** A share in words, and whether the verb that follows is plural ("jede vierte Person ist"). */
export interface ShareWords {
  text: string;
  plural: boolean;
}

const ORDINAL_DE: Record<number, string> = {
  2: 'zweite',
  3: 'dritte',
  4: 'vierte',
  5: 'fünfte',
  6: 'sechste',
  7: 'siebte',
  8: 'achte',
  10: 'zehnte',
};
const NUMBER_EN: Record<number, string> = {
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  8: 'eight',
  10: 'ten',
};

/** Simple fractions people read at a glance, simplest first. */
export const FRACTIONS: readonly (readonly [number, number])[] = [
  [1, 2],
  [1, 3],
  [2, 3],
  [1, 4],
  [3, 4],
  [1, 5],
  [1, 6],
  [1, 7],
  [1, 8],
  [1, 10],
];
/** How far (in percentage points) a share may be from a fraction to be called by its name. */
export const TOLERANCE = 0.012;
/** Shares compared with the city: neutral within 1.5 percentage points (or 10 % of the city's). */
export const SHARE_BAND = 0.015;
/** Up to this far, "gut" or "knapp" the fraction ("gut jede vierte Person"). */
const LOOSE = 0.035;

/**
 * A share (0..1) of people in plain words: "etwa jede vierte Person", "etwa die Hälfte",
 * "zwei von drei Personen", otherwise "etwa 12 von 100 Personen"; "fast alle", "kaum jemand".
 */
export function shareWords(share: number, lang: Language): ShareWords {
  const de = lang === 'de';
  if (share >= 0.97)
    return de ? { text: 'fast alle', plural: true } : { text: 'almost everyone', plural: false };
  if (share < 0.005)
    return de ? { text: 'kaum jemand', plural: false } : { text: 'hardly anyone', plural: false };
  // "etwa" close to a simple fraction; otherwise "gut"/"knapp" (just over/under) a near one.
  const near = FRACTIONS.find(([n, d]) => Math.abs(share - n / d) <= TOLERANCE);
  const loose = near
    ? undefined
    : FRACTIONS.filter(([n, d]) => Math.abs(share - n / d) <= LOOSE).sort(
        ([a, b], [c, d]) => Math.abs(share - a / b) - Math.abs(share - c / d),
      )[0];
  const hit = near ?? loose;
  if (hit) {
    const [n, d] = hit;
    const over = share > n / d;
    const q = near
      ? de
        ? 'etwa'
        : 'about'
      : de
        ? over
          ? 'gut'
          : 'knapp'
        : over
          ? 'just over'
          : 'just under';
    if (d === 2) return de ? { text: `${q} die Hälfte`, plural: false } : { text: `${q} half`, plural: true };
    if (n === 1)
      return de
        ? { text: `${q} jede ${ORDINAL_DE[d]} Person`, plural: false }
        : { text: `${q} one in ${NUMBER_EN[d]} people`, plural: true };
    const count = de ? (n === 2 ? 'zwei' : 'drei') : n === 2 ? 'two' : 'three';
    return de
      ? { text: `${q} ${count} von ${d === 3 ? 'drei' : 'vier'} Personen`, plural: true }
      : { text: `${q} ${count} in ${NUMBER_EN[d]} people`, plural: true };
  }
  const pct = Math.round(share * 100);
  if (pct === 1)
    return de
      ? { text: 'etwa eine von 100 Personen', plural: false }
      : { text: 'about one in 100 people', plural: false };
  return de
    ? { text: `etwa ${pct} von 100 Personen`, plural: true }
    : { text: `about ${pct} in 100 people`, plural: true };
}

/** Capitalises the first letter, for words that start a sentence. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A count rounded the way people say it: exact below 100, then to tens, hundreds, thousands
 * ("rund 6.300", not "6.349").
 */
export function roundCount(n: number): { value: number; approx: boolean } {
  const a = Math.abs(n);
  const step = a < 100 ? 1 : a < 1000 ? 10 : a < 20000 ? 100 : 1000;
  const value = Math.round(n / step) * step;
  return { value, approx: value !== n };
}

export type Direction = 'mehr' | 'weniger' | 'gleich';

/**
 * How a value compares with the city's, with a neutral band so small differences are not
 * overstated: within `band` (absolute) or 10 % of the city's value, it is "about the same".
 */
export function direction(value: number, city: number, band: number): Direction {
  const diff = value - city;
  if (Math.abs(diff) <= Math.max(band, Math.abs(city) * 0.1)) return 'gleich';
  return diff > 0 ? 'mehr' : 'weniger';
}
