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
  it('reads CRLF and lone CR, skips empty lines, keeps text after a closing quote', () => {
    const t = parseCsv('a,b\r\n1,x\r\n\r\n2,"q"r\r3,\n\n4,"offen\nbis zum Ende');
    expect(t.rows).toEqual([
      { a: '1', b: 'x' },
      { a: '2', b: 'qr' },
      { a: '3', b: '' },
      { a: '4', b: 'offen\nbis zum Ende' },
    ]);
    expect(t.lines).toEqual([2, 4, 5, 7]);
  });
  it('fills missing trailing fields with empty strings', () =>
    expect(parseCsv('a,b,c\n1\n').rows).toEqual([{ a: '1', b: '', c: '' }]));
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
