import type * as z from 'zod/mini';
import { parseCsv } from './csv.ts';
import type { IssueList } from './issues.ts';

const fieldOf = (path: PropertyKey[]) => path.map(String).join('.') || undefined;

/** Parse each CSV row through a schema; invalid rows are reported with line and field and skipped. */
export function parseCsvFile<S extends z.ZodMiniType>(
  datei: string,
  text: string,
  schema: S,
  required: readonly string[],
  issues: IssueList,
): { rows: z.infer<S>[]; lines: number[] } {
  const table = parseCsv(text);
  const missing = required.filter((h) => !table.header.includes(h));
  if (missing.length > 0) {
    issues.add(datei, `Spalte fehlt: ${missing.join(', ')}`, 'Zeile 1');
    return { rows: [], lines: [] };
  }
  const rows: z.infer<S>[] = [];
  const lines: number[] = [];
  table.rows.forEach((row, i) => {
    const r = schema.safeParse(row);
    if (r.success) {
      rows.push(r.data);
      lines.push(table.lines[i]!);
    } else
      for (const e of r.error.issues)
        issues.add(
          datei,
          `${e.message} (Wert „${String(row[String(e.path[0])] ?? '')}“)`,
          `Zeile ${table.lines[i]}`,
          fieldOf(e.path),
        );
  });
  return { rows, lines };
}

/** Parse a JSON text; a syntax error is reported with the file name instead of thrown. */
export function parseJsonFile(datei: string, text: string, issues: IssueList): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    issues.add(datei, `kein gültiges JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** Validate a parsed JSON value; every problem is reported with its path. */
export function validateJson<S extends z.ZodMiniType>(
  datei: string,
  value: unknown,
  schema: S,
  issues: IssueList,
  ort?: string,
): z.infer<S> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const e of r.error.issues) issues.add(datei, e.message, ort, fieldOf(e.path));
  return undefined;
}
