import type * as z from 'zod/mini';
import { parseCsv } from './csv.ts';
import type { IssueList } from './issues.ts';

const fieldOf = (path: PropertyKey[]) => path.map(String).join('.') || undefined;

type FieldIssue = { message: string; path: PropertyKey[] };
type Checked = { success: true; data: unknown } | { success: false; issues: FieldIssue[] };

/**
 * The field schemas of a plain object schema (no check across its fields), else undefined. Such a
 * row is valid exactly when each field is, so each distinct value of a column is checked once
 * (the observations repeat 36 areas, 35 indicators and a dozen years over 5,940 rows).
 */
function fieldSchemas(schema: z.ZodMiniType): Record<string, z.ZodMiniType> | undefined {
  const def = (schema as { _zod?: { def?: { type?: string; shape?: unknown; checks?: unknown[] } } })._zod
    ?.def;
  return def?.type === 'object' && !def.checks?.length
    ? (def.shape as Record<string, z.ZodMiniType>)
    : undefined;
}

function rowChecker(schema: z.ZodMiniType): (row: Record<string, string>) => Checked {
  const fields = fieldSchemas(schema);
  if (!fields)
    return (row) => {
      const r = schema.safeParse(row);
      return r.success ? { success: true, data: r.data } : { success: false, issues: r.error.issues };
    };
  const keys = Object.keys(fields);
  const memo = new Map(keys.map((k) => [k, new Map<string | undefined, Checked>()]));
  const field = (k: string, v: string | undefined): Checked => {
    const seen = memo.get(k)!;
    let c = seen.get(v);
    if (!c) {
      const r = fields[k]!.safeParse(v);
      c = r.success
        ? { success: true, data: r.data }
        : {
            success: false,
            issues: r.error.issues.map((e) => ({ message: e.message, path: [k, ...e.path] })),
          };
      seen.set(v, c);
    }
    return c;
  };
  return (row) => {
    const data: Record<string, unknown> = {};
    let issues: FieldIssue[] | undefined;
    for (const k of keys) {
      const c = field(k, row[k]);
      if (c.success) data[k] = c.data;
      else (issues ??= []).push(...c.issues);
    }
    return issues ? { success: false, issues } : { success: true, data };
  };
}

/** Parse each CSV row through a schema; invalid rows are reported with line and field and skipped. */
export function parseCsvFile<S extends z.ZodMiniType, A extends z.ZodMiniType = S>(
  datei: string,
  text: string | undefined,
  schema: S,
  required: readonly string[],
  issues: IssueList,
  /** Rows of another kind in the same file (`when` tells them), checked by their own schema. */
  other?: { when: (row: Record<string, string>) => boolean; schema: A },
): { rows: z.infer<S>[]; lines: number[]; other: { rows: z.infer<A>[]; lines: number[] } } {
  const out = {
    rows: [] as z.infer<S>[],
    lines: [] as number[],
    other: { rows: [] as z.infer<A>[], lines: [] as number[] },
  };
  // Undefined: the file could not be read as text, and that is already reported.
  if (text === undefined) return out;
  const table = parseCsv(text);
  const twice = table.header.filter((h, i) => table.header.indexOf(h) !== i);
  if (twice.length > 0) {
    issues.add(datei, `Spalte doppelt: ${[...new Set(twice)].join(', ')}`, 'Zeile 1');
    return out;
  }
  const missing = required.filter((h) => !table.header.includes(h));
  if (missing.length > 0) {
    issues.add(datei, `Spalte fehlt: ${missing.join(', ')}`, 'Zeile 1');
    return out;
  }
  const check = rowChecker(schema);
  const checkOther = other && rowChecker(other.schema);
  table.rows.forEach((row, i) => {
    const alt = checkOther && other.when(row);
    const r = alt ? checkOther(row) : check(row);
    const into: { rows: unknown[]; lines: number[] } = alt ? out.other : out;
    if (r.success) {
      into.rows.push(r.data);
      into.lines.push(table.lines[i]!);
    } else
      for (const e of r.issues)
        issues.add(
          datei,
          `${e.message} (Wert „${String(row[String(e.path[0])] ?? '')}“)`,
          `Zeile ${table.lines[i]}`,
          fieldOf(e.path),
        );
  });
  return out;
}

/** Deeper JSON is refused: no package file needs more than a GeoJSON MultiPolygon's 6 levels. */
export const MAX_JSON_DEPTH = 32;

/** The nesting depth of a parsed JSON value, counted without recursion (a crafted file may be deep). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * Parse a JSON text; a syntax error or too deep a nesting is reported with the file name instead
 * of thrown (a BOM is removed before, see text.ts).
 */
export function parseJsonFile(datei: string, text: string | undefined, issues: IssueList): unknown {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    issues.add(datei, `kein gültiges JSON: ${(e as Error).message}`);
    return undefined;
  }
  if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    issues.add(datei, `zu tief verschachtelt (mehr als ${MAX_JSON_DEPTH} Ebenen)`);
    return undefined;
  }
  return value;
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
