import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../src/data/csv.ts';
import { roundToTotal, seededRandom } from '../../tools/data/random.ts';

describe('csv', () => {
  it('reads quotes, commas and newlines inside fields and keeps line numbers', () => {
    const t = parseCsv('a,b\n1,"x, ""y"""\n2,"zwei\nZeilen"\n3,z\n');
    expect(t.rows).toEqual([
      { a: '1', b: 'x, "y"' },
      { a: '2', b: 'zwei\nZeilen' },
      { a: '3', b: 'z' },
    ]);
    expect(t.lines).toEqual([2, 3, 5]);
  });
  it('round-trips through the writer', () => {
    const rows = [{ a: 'Grünhöfe, Süd', b: 'sagt "hallo"' }];
    expect(parseCsv(writeCsv(['a', 'b'], rows)).rows).toEqual(rows);
  });
  it('ignores a byte-order mark', () => expect(parseCsv('\uFEFFa\n1\n').header).toEqual(['a']));
});

describe('sample generator helpers', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom('y')()).not.toBe(seededRandom('x')());
  });
  it('rounds to integers with an exact total', () => {
    expect(roundToTotal([1.4, 1.4, 1.2], 4)).toEqual([2, 1, 1]);
    expect(roundToTotal([0.5, 0.5], 0)).toEqual([0, 0]);
  });
});
