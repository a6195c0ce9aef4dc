/**
 * CSV that opens correctly in German Excel: UTF-8 with byte-order mark, semicolons between fields,
 * decimal commas, CRLF line ends, and quotes around any field holding a semicolon, quote or line
 * break (quotes inside doubled).
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

export function csvField(value: CsvCell, decimals?: number): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number'
      ? (decimals === undefined ? String(value) : value.toFixed(decimals)).replace('.', ',')
      : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map((c) => csvField(c)).join(';')).join('\r\n') + '\r\n';
}
