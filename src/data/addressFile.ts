import * as z from 'zod/mini';
import { IssueList, type Issue } from './issues.ts';
import { parseJsonFile, validateJson } from './parse.ts';
import { areaKeySchema } from './schemas.ts';
import { stripBom } from './text.ts';

/**
 * geo/adressen.json: the package's address index for the residents' finder — street → Ortsteil
 * key → house numbers with their letter. Written by the Datenwerkstatt from imported address points
 * (no coordinates: the finder names the Ortsteil, nothing more), read lazily when a resident types,
 * validated like every file.
 */
export const ADDRESS_FILE = 'geo/adressen.json';
export const ADDRESS_FORMAT = 'qx-adressen/1';

export const addressFileSchema = z.object({
  format: z.literal(ADDRESS_FORMAT),
  quelle: z.string().check(z.minLength(1)),
  anzahl: z.int().check(z.positive()),
  strassen: z.record(
    z.string().check(z.minLength(1), z.maxLength(200)),
    z.record(areaKeySchema, z.array(z.string().check(z.regex(/^\d{1,5}[a-z]{0,2}$/)))),
  ),
});
export type AddressFile = z.infer<typeof addressFileSchema>;

/** One address as the Datenwerkstatt keeps it: Ortsteil key, street, number with its letter. */
export type AddressEntry = [key: string, strasse: string, nummer: string];

/** The entries of an index file (a published package opened again). */
export const entriesOfAddressFile = (f: AddressFile): AddressEntry[] =>
  Object.entries(f.strassen).flatMap(([strasse, byKey]) =>
    Object.entries(byKey).flatMap(([key, list]) => list.map((n): AddressEntry => [key, strasse, n])),
  );

/** The index file's text from the imported addresses (streets and numbers in order). */
export function writeAddressFile(entries: readonly AddressEntry[], quelle: string): string {
  const streets = new Map<string, Map<string, string[]>>();
  for (const [key, strasse, nummer] of entries) {
    let byKey = streets.get(strasse);
    if (!byKey) streets.set(strasse, (byKey = new Map()));
    const list = byKey.get(key);
    if (list) list.push(nummer);
    else byKey.set(key, [nummer]);
  }
  const numeric = (a: string, b: string) => a.localeCompare(b, 'de', { numeric: true });
  const strassen = Object.fromEntries(
    [...streets]
      .sort(([a], [b]) => a.localeCompare(b, 'de'))
      .map(([s, byKey]) => [
        s,
        Object.fromEntries(
          [...byKey].sort(([a], [b]) => numeric(a, b)).map(([k, l]) => [k, [...l].sort(numeric)]),
        ),
      ]),
  );
  const file: AddressFile = { format: ADDRESS_FORMAT, quelle, anzahl: entries.length, strassen };
  return JSON.stringify(file);
}

/**
 * geo/adressen.json read and checked: valid JSON, the schema, the count it states, only Ortsteile
 * of the package (`ortsteile`), and as many addresses as the Ortsteile file says it has.
 */
export function parseAddressFile(
  text: string,
  ortsteile: ReadonlySet<string>,
  expected: number | undefined,
): { file?: AddressFile; issues: Issue[] } {
  const issues = new IssueList();
  const file = validateJson(
    ADDRESS_FILE,
    parseJsonFile(ADDRESS_FILE, stripBom(text), issues),
    addressFileSchema,
    issues,
  );
  if (!file) return { issues: issues.items };
  let n = 0;
  for (const [strasse, byKey] of Object.entries(file.strassen))
    for (const [key, list] of Object.entries(byKey)) {
      n += list.length;
      if (!ortsteile.has(key)) issues.add(ADDRESS_FILE, `Gebiet ${key} gibt es nicht`, `Straße ${strasse}`);
    }
  if (n !== file.anzahl)
    issues.add(ADDRESS_FILE, `enthält ${n} Adressen, angegeben sind ${file.anzahl}`, undefined, 'anzahl');
  if (expected !== undefined && expected !== n)
    issues.add(
      ADDRESS_FILE,
      `enthält ${n} Adressen, die Grenzen der feinsten Ebene nennen ${expected}`,
      undefined,
      'anzahl',
    );
  return issues.items.length > 0 ? { issues: issues.items } : { file, issues: [] };
}
