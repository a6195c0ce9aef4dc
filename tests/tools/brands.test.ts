import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/**
 * Branded ids (src/domain/ids.ts) come from validation or from named constants only: the schemas at
 * the data boundary, the constants in ids.ts, and the supply ids the code itself defines. Anywhere
 * else, a string becomes an id by a lookup (model.areaKey, model.indicatorId, the URL knowledge).
 */
const ALLOWED = new Set([
  'src/data/schemas.ts',
  'src/domain/ids.ts',
  'src/domain/supply/categories.ts',
  'src/data/supplyCatalogue.ts',
]);
const CAST = /\bas\s+(?:unknown\s+as\s+)?(?:readonly\s+)?(AreaKey|IndicatorId|SourceId|Year)\b/;

describe('branded ids', () => {
  it('are cast only at the validation boundary and in named constants', () => {
    const found = files(join(root, 'src')).flatMap((f) => {
      const rel = relative(root, f);
      if (ALLOWED.has(rel)) return [];
      return readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (CAST.test(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(found).toEqual([]);
  });
});
