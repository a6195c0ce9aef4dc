import { cellText, readCell, type Decimal, type Raw } from './cells.ts';
import type { Sheet } from './grid.ts';

/**
 * Where the table is in a sheet as statistical offices lay it out: title rows above, one to three
 * header rows (an upper row may be merged across columns, so it is carried to the right), the body,
 * footnotes and the Zeichenerklärung below. Rows are numbered as the spreadsheet shows them (1-based).
 */
export interface TableLayout {
  sheet: string;
  title: string[];
  /** One label per column: the header rows' texts joined top-down ("Bevölkerung · 2018"). */
  columns: string[];
  headerRows: number[];
  body: { row: number; cells: Raw[] }[];
  footnotes: string[];
  /** The footnotes define `–` as exactly zero ("– = nichts vorhanden (genau null)"). */
  dashIsZero: boolean;
}

/**
 * A row's place as messages name it: "Blatt Einwohner, Zeile 7" in a workbook, "Zeile 7" in a CSV
 * (whose one sheet is named after the file).
 */
export const rowPlace = (sheet: string, datei: string, row: number): string =>
  sheet === datei ? `Zeile ${row}` : `Blatt ${sheet}, Zeile ${row}`;

/** A table as the page holds it: everything but the body rows, which stay in the worker (`ref`). */
export type TableSummary = Omit<TableLayout, 'body'> & { rows: number; ref: string };

const filled = (r: Raw[]) => r.filter((c) => cellText(c) !== '').length;
const YEAR = /^(19[5-9]\d|20\d\d)$/;

/** A row of labels: every filled cell is text (not a number or symbol), or a year. */
function headerLike(r: Raw[], decimal: Decimal): boolean {
  const cells = r.map(cellText).filter((t) => t !== '');
  if (cells.length === 0) return false;
  return r.every((c) => {
    const t = cellText(c);
    if (t === '' || YEAR.test(t)) return true;
    const v = readCell(c, decimal);
    return v.kind === 'fehler';
  });
}

/** A data row: a label in a leading cell and at least one number or symbol after it. */
function dataLike(r: Raw[], decimal: Decimal): boolean {
  if (filled(r) < 2 || headerLike(r, decimal)) return false;
  return r.slice(1).some((c) => {
    const v = readCell(c, decimal);
    return v.kind === 'wert' || v.kind === 'zeichen';
  });
}

export function detectLayout(sheet: Sheet, decimal: Decimal): TableLayout | { problem: string } {
  const rows = sheet.rows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const data = rows.map((r) => dataLike(r, decimal));
  const first = data.indexOf(true);
  if (first < 0) return { problem: 'keine Tabelle mit Zahlen gefunden (Kopfzeile und Werte)' };
  const last = data.lastIndexOf(true);
  // Header rows: directly above the body; a lone cell right of the first column is a merged header.
  const headerRows: number[] = [];
  for (let i = first - 1; i >= 0 && headerRows.length < 3; i--) {
    const r = rows[i]!;
    const n = filled(r);
    if (n === 0) break;
    const loneRight = n === 1 && cellText(r[0]) === '';
    if ((n >= 2 && headerLike(r, decimal)) || (loneRight && headerRows.length > 0)) headerRows.unshift(i);
    // A group label between header and body ("Stadtbezirk Nord") is passed over.
    else if (n === 1 && !loneRight && headerRows.length === 0) continue;
    else break;
  }
  if (headerRows.length === 0)
    return { problem: `keine Kopfzeile über der ersten Datenzeile (Zeile ${first + 1})` };
  const columns = Array.from({ length: width }, () => [] as string[]);
  headerRows.forEach((ri, k) => {
    const r = rows[ri]!;
    const upper = k < headerRows.length - 1;
    let carry = '';
    for (let c = 0; c < width; c++) {
      let t = cellText(r[c]);
      // A merged cell of an upper header row holds its text only in its first column.
      if (upper && t === '' && c > 0) t = carry;
      else if (upper) carry = t;
      if (t !== '' && !columns[c]!.includes(t)) columns[c]!.push(t);
    }
  });
  const body: TableLayout['body'] = [];
  for (let i = first; i <= last; i++) {
    const r = rows[i]!;
    if (data[i]) body.push({ row: i + 1, cells: Array.from({ length: width }, (_, c) => r[c] ?? null) });
  }
  const title = rows
    .slice(0, headerRows[0])
    .map((r) => r.map(cellText).filter(Boolean).join(' '))
    .filter(Boolean);
  const footnotes = rows
    .slice(last + 1)
    .map((r) => r.map(cellText).filter(Boolean).join(' '))
    .filter(Boolean);
  return {
    sheet: sheet.name,
    title,
    columns: columns.map((parts, c) => (parts.length ? parts.join(' · ') : `Spalte ${c + 1}`)),
    headerRows: headerRows.map((r) => r + 1),
    body,
    footnotes,
    dashIsZero: footnotes.some((f) =>
      /[–—-]\s*(=|:)?\s*(nichts vorhanden\s*)?\(?\s*genau null|[–—-]\s*=\s*0\b/i.test(f),
    ),
  };
}

/** A year named in a column label ("2018", "31.12.2018", "Einwohner · 2018"), if exactly one. */
export function yearOfLabel(label: string): number | undefined {
  const years = [...label.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}
