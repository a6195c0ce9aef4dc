import Papa from 'papaparse';
import type { Raw } from './cells.ts';

/** A sheet as rows of raw cells (CSV: text; XLSX: text, numbers, dates). */
export interface Sheet {
  name: string;
  rows: Raw[][];
}

/** Delimiters an office's CSV uses: German Excel writes `;`, others `,` or a tab. */
const DELIMITERS = [';', ',', '\t'] as const;

/**
 * The delimiter that splits the most lines into the same number of fields (more than one); quotes
 * are respected by counting outside them only.
 */
export function sniffDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 60);
  let best: string = ';';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    const score = Math.max(0, ...freq.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/** A CSV text as one sheet (papaparse: quotes, line breaks in quotes, ragged rows). */
export function csvSheet(name: string, text: string): { sheet: Sheet; delimiter: string } {
  const delimiter = sniffDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((r) => r.map((c) => (c === '' ? null : c)));
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  return { sheet: { name, rows }, delimiter };
}
