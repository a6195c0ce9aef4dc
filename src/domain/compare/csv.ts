/**
 * CSV that opens correctly in German Excel: UTF-8 with byte-order mark, semicolons between fields,
 * decimal commas, CRLF line ends, and quotes around any field holding a semicolon, quote or line
 * break (quotes inside doubled). A text that a spreadsheet would run as a formula (it starts with
 * =, +, -, @, a tab or a carriage return, e.g. `=HYPERLINK(…)` from a data text) gets a leading
 * apostrophe, so it shows as text; numbers are written as numbers and never changed.
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

export function csvField(value: CsvCell, decimals?: number): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number'
      ? (decimals === undefined ? String(value) : value.toFixed(decimals)).replace('.', ',')
      : /^[=+\-@\t\r]/.test(value)
        ? `'${value}`
        : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map((c) => csvField(c)).join(';')).join('\r\n') + '\r\n';
}
