import * as z from 'zod/mini';
import type { AreaKey } from '../domain/ids.ts';
import type { ResidencePoint } from '../domain/supply/coverage.ts';
import { IssueList, type Issue } from './issues.ts';
import { parseJsonFile, validateJson } from './parse.ts';
import { areaKeySchema } from './schemas.ts';
import { stripBom } from './text.ts';

/**
 * geo/adresspunkte.json: the positions of the building addresses, per area of the finest level —
 * what the walking-distance coverage counts residents at (domain/supply/coverage.ts,
 * residenceGrid). Written by the Datenwerkstatt beside the finder's index (geo/adressen.json, which
 * has no positions), loaded only when coverage is computed, after the first map. Positions are
 * integers in 1/100,000 degree (about a metre), each one the difference to the one before in its
 * area, so 40,000 addresses take some 300 kB.
 */
export const ADDRESS_POINTS_FILE = 'geo/adresspunkte.json';
export const ADDRESS_POINTS_FORMAT = 'qx-adresspunkte/1';
export const MAX_ADDRESS_POINTS = 500_000;
const SCALE = 1e5;

const schema = z.object({
  format: z.literal(ADDRESS_POINTS_FORMAT),
  quelle: z.string().check(z.minLength(1)),
  anzahl: z.int().check(z.positive(), z.maximum(MAX_ADDRESS_POINTS)),
  gebiete: z.record(
    areaKeySchema,
    z.array(z.int()).check(
      z.maxLength(2 * MAX_ADDRESS_POINTS),
      z.refine((a) => a.length % 2 === 0, 'ungerade Zahl von Koordinaten'),
    ),
  ),
});

/** The file's text from the imported addresses' keys and [lon, lat] positions. */
export function writeAddressPoints(
  keys: readonly string[],
  positions: readonly (readonly [number, number])[],
  quelle: string,
): string {
  const byArea = new Map<string, [number, number][]>();
  keys.forEach((k, i) => {
    const p = positions[i];
    if (!p) return;
    let list = byArea.get(k);
    if (!list) byArea.set(k, (list = []));
    list.push([Math.round(p[0] * SCALE), Math.round(p[1] * SCALE)]);
  });
  const gebiete: Record<string, number[]> = {};
  let anzahl = 0;
  for (const [k, list] of [...byArea].sort(([a], [b]) => a.localeCompare(b, 'de', { numeric: true }))) {
    list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const flat: number[] = [];
    let [px, py] = [0, 0];
    for (const [x, y] of list) {
      flat.push(x - px, y - py);
      [px, py] = [x, y];
    }
    gebiete[k] = flat;
    anzahl += list.length;
  }
  return JSON.stringify({ format: ADDRESS_POINTS_FORMAT, quelle, anzahl, gebiete });
}

/**
 * The file read and checked: valid JSON, the schema, only areas of the finest level, the count it
 * states and the one the boundaries name (`expected`), and every position within `bounds`
 * ([west, south, east, north] of the finest level, with a margin of about 2 km).
 */
export function parseAddressPoints(
  text: string,
  finest: ReadonlyMap<string, AreaKey>,
  expected: number | undefined,
  bounds: readonly [number, number, number, number] | undefined,
): { points?: ResidencePoint[]; quelle?: string; issues: Issue[] } {
  const issues = new IssueList();
  const file = validateJson(
    ADDRESS_POINTS_FILE,
    parseJsonFile(ADDRESS_POINTS_FILE, stripBom(text), issues),
    schema,
    issues,
  );
  if (!file) return { issues: issues.items };
  const margin = 0.03;
  const points: ResidencePoint[] = [];
  let outside = 0;
  for (const [key, flat] of Object.entries(file.gebiete)) {
    const area = finest.get(key);
    if (!area) {
      issues.add(ADDRESS_POINTS_FILE, `Gebiet ${key} gibt es auf der feinsten Ebene nicht`, `gebiete.${key}`);
      continue;
    }
    let [x, y] = [0, 0];
    for (let i = 0; i < flat.length; i += 2) {
      x += flat[i]!;
      y += flat[i + 1]!;
      const [lon, lat] = [x / SCALE, y / SCALE];
      const off = bounds
        ? lon < bounds[0] - margin ||
          lon > bounds[2] + margin ||
          lat < bounds[1] - margin ||
          lat > bounds[3] + margin
        : Math.abs(lon) > 180 || Math.abs(lat) > 90;
      if (off) {
        if (outside++ < 5)
          issues.add(
            ADDRESS_POINTS_FILE,
            `Adresse ${i / 2 + 1} liegt außerhalb des Gebiets (${lon.toFixed(5)}, ${lat.toFixed(5)})`,
            `gebiete.${key}`,
          );
        continue;
      }
      points.push({ key: area, lon, lat });
    }
  }
  const n = Object.values(file.gebiete).reduce((s, f) => s + f.length / 2, 0);
  if (n !== file.anzahl)
    issues.add(
      ADDRESS_POINTS_FILE,
      `enthält ${n} Adressen, angegeben sind ${file.anzahl}`,
      undefined,
      'anzahl',
    );
  if (expected !== undefined && expected !== n)
    issues.add(
      ADDRESS_POINTS_FILE,
      `enthält ${n} Adressen, die Grenzen der feinsten Ebene nennen ${expected}`,
      undefined,
      'anzahl',
    );
  return issues.items.length > 0 ? { issues: issues.items } : { points, quelle: file.quelle, issues: [] };
}
