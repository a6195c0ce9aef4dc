/**
 * Minimal RFC 4180 CSV reader/writer (comma, double quotes, CRLF or LF). Rows keep their 1-based
 * line number in the file so validation messages can name it.
 */
export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
  /** 1-based line number of each row in the file (the header is line 1). */
  lines: number[];
}

export function parseCsv(text: string): CsvTable {
  const records: { fields: string[]; line: number }[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  const [head, ...body] = records;
  const header = head?.fields ?? [];
  return {
    header,
    rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? '']))),
    lines: body.map((r) => r.line),
  };
}

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export function writeCsv(
  header: readonly string[],
  rows: readonly Record<string, string | number | null>[],
): string {
  const lines = [header.join(',')];
  for (const r of rows)
    lines.push(header.map((h) => quote(r[h] === null || r[h] === undefined ? '' : String(r[h]))).join(','));
  return lines.join('\n') + '\n';
}
