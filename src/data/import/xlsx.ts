import type { Raw } from './cells.ts';
import type { Sheet } from './grid.ts';

const toRaw = (c: unknown): Raw =>
  typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean' || c instanceof Date ? c : null;

/** Every sheet of an XLSX workbook as rows of cells (read-excel-file, loaded only when needed). */
export async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((r) => r.map(toRaw)) }));
}
