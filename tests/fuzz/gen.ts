import { seededRandom } from '../../tools/data/random.ts';

/** Texts that look like numbers but are not in the package's format (src/domain/strict.ts). */
export const MALFORMED_NUMBERS = [
  ' ',
  ' 5',
  '5 ',
  '0x10',
  '0o17',
  '+5',
  '1e3',
  '0,206',
  '.5',
  '5.',
  'NaN',
  'Infinity',
  '-Infinity',
  '--1',
] as const;

/** A seeded generator of hostile inputs: the same seed gives the same inputs in every run. */
export function fuzzer(seed: string) {
  const r = seededRandom(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const TOKENS = [
    '',
    ' ',
    '0',
    '-0',
    '1',
    '-1',
    '2018',
    '2018.0',
    ...MALFORMED_NUMBERS,
    'null',
    'true',
    'undefined',
    '__proto__',
    'constructor',
    'toString',
    '212',
    '215',
    '231',
    '21',
    '2',
    '0',
    '999',
    'ä',
    'ß',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '🙂',
    '<script>',
    '"',
    "'",
    ',',
    ';',
    '\n',
    '\r\n',
    '\t',
    '%',
    '%E0%A4%A',
    '%2C',
    '=HYPERLINK("x")',
    'x'.repeat(300),
    'anteil_65_plus',
    'einwohner',
    'karte',
    'vergleich',
    'profil',
    'praesentation',
    'manuell',
    'alle',
  ];
  const text = (max = 12): string => {
    const n = int(max);
    let s = '';
    for (let i = 0; i < n; i++) s += r() < 0.6 ? pick(TOKENS) : String.fromCharCode(int(0x3000));
    return s;
  };
  /** Any JSON value, with objects that try to break String() and prototype lookups. */
  const json = (depth = 0): unknown => {
    const k = int(depth > 3 ? 5 : 9);
    switch (k) {
      case 0:
        return null;
      case 1:
        return r() < 0.5;
      case 2:
        return pick([0, -1, 1e308, -1e-308, 2018, 0.5, Number.MAX_SAFE_INTEGER]);
      case 3:
      case 4:
        return text();
      case 5:
        return { toString: 1, valueOf: null };
      case 6:
        return Array.from({ length: int(4) }, () => json(depth + 1));
      default:
        return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(TOKENS), json(depth + 1)]));
    }
  };
  /** A copy of `s` with a few random edits: deletions, insertions, replacements, duplicated lines. */
  const mutate = (s: string, edits = 1 + int(4)): string => {
    let out = s;
    for (let e = 0; e < edits; e++) {
      const at = int(out.length + 1);
      const op = int(5);
      if (op === 0) out = out.slice(0, at) + out.slice(at + 1 + int(20));
      else if (op === 1) out = out.slice(0, at) + text(3) + out.slice(at);
      else if (op === 2) out = out.slice(0, at) + pick(TOKENS) + out.slice(at + int(8));
      else if (op === 3) {
        const lines = out.split('\n');
        const i = int(lines.length);
        lines.splice(i, 0, lines[int(lines.length)] ?? '');
        out = lines.join('\n');
      } else out = out.slice(0, at) + JSON.stringify(json()) + out.slice(at + int(12));
    }
    return out;
  };
  return { r, int, pick, text, json, mutate, TOKENS };
}
