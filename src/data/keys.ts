import type { AreaKey, IndicatorId, Year } from '../domain/ids.ts';

/** The lookup key of one observation: area, indicator and year. */
export const obsKey = (a: AreaKey | string, i: IndicatorId | string, y: Year | number) => `${a}|${i}|${y}`;

/**
 * An office's key cell in the package's form, if it is one of `keys`: as written; without leading
 * zeros (`0215`); with the leading zeros a spreadsheet dropped (`1001000` for the AGS `01001000`);
 * or the official long form with a trailing 0 (Bremerhaven's `2150` for Ortsteil 215). Nothing else
 * is guessed: a key that matches none of these is no key of the package.
 */
export function packageKey(text: string, keys: ReadonlySet<string>): string | undefined {
  const s = text.trim();
  if (!/^\d{1,13}$/.test(s)) return undefined;
  const plain = s.replace(/^0+(?=\d)/, '');
  const candidates = [s, plain];
  for (const k of keys)
    if (k.length > plain.length && k.endsWith(plain) && /^0+$/.test(k.slice(0, k.length - plain.length)))
      candidates.push(k);
  if (plain.length > 1 && plain.endsWith('0')) candidates.push(plain.slice(0, -1));
  return candidates.find((c) => keys.has(c));
}
