import type { ReportTable } from './mapTable.ts';

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Werte';

/**
 * Tables as an XLSX workbook (write-excel-file, loaded with this module): a bold, frozen header,
 * numbers as numbers, texts as texts (a text is never a formula in XLSX), the notes below the rows.
 */
export async function reportXlsx(sheets: { name: string; table: ReportTable }[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(
    sheets.map(({ name, table }) => ({
      sheet: sheetName(name),
      stickyRowsCount: 1,
      columns: table.header.map((h) => ({ width: Math.min(60, Math.max(10, h.length + 2)) })),
      data: [
        table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
        ...table.rows.map((r) =>
          r.map((c) =>
            c === null || c === undefined
              ? null
              : typeof c === 'number'
                ? { value: c, type: Number }
                : { value: c, type: String },
          ),
        ),
        ...(table.notes.length ? [[], ...table.notes.map((n) => [{ value: n, type: String }])] : []),
      ],
    })),
  ).toBlob();
}
