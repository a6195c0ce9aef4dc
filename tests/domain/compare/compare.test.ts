import { describe, expect, it } from 'vitest';
import { compareWithCity, ranks, standardDeviation } from '../../../src/domain/compare/compare.ts';
import { csvField, toCsv } from '../../../src/domain/compare/csv.ts';
import type { AreaKey } from '../../../src/domain/ids.ts';

const m = (o: Record<string, number>) => new Map(Object.entries(o)) as Map<AreaKey, number>;

describe('comparison with the city', () => {
  it('ranks from the highest, ties sharing the better rank', () => {
    expect(Object.fromEntries(ranks(m({ a: 3, b: 5, c: 3, d: 1 })))).toEqual({ b: 1, a: 2, c: 2, d: 4 });
  });

  it('computes the population standard deviation', () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(standardDeviation([1])).toBeUndefined();
  });

  it('flags a difference of more than one standard deviation, up or down', () => {
    const level = m({ a: 2, b: 4, c: 4, d: 4, e: 5, f: 5, g: 7, h: 9 }); // sd 2
    expect(compareWithCity('h' as AreaKey, level, 5)).toEqual({ diff: 4, rank: 1, of: 8, notable: 'hoeher' });
    expect(compareWithCity('a' as AreaKey, level, 5).notable).toBe('niedriger');
    // Exactly one standard deviation is not "notable".
    expect(compareWithCity('g' as AreaKey, level, 5).notable).toBeNull();
    expect(compareWithCity('x' as AreaKey, level, 5)).toMatchObject({ diff: undefined, rank: undefined });
  });
});

describe('CSV cells from data texts', () => {
  it('are neutralised when a spreadsheet would run them as a formula; numbers stay numbers', () => {
    for (const v of ['=HYPERLINK("http://x";"y")', '+49 471', '-1+1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvField(v).replace(/^"/, '').startsWith("'"), JSON.stringify(v)).toBe(true);
    expect(csvField('=1;2')).toBe(`"'=1;2"`);
    expect(csvField(-3.5, 1)).toBe('-3,5');
    expect(csvField('Grünhöfe')).toBe('Grünhöfe');
    expect(csvField('a-b')).toBe('a-b');
  });
});

describe('CSV for German Excel', () => {
  it('writes a BOM, semicolons, decimal commas and CRLF', () => {
    const csv = toCsv([
      ['Gebiet', 'Wert'],
      ['Grünhöfe', 21.3],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFGebiet;Wert\r\nGrünhöfe;21,3\r\n');
  });

  it('quotes fields with separators, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('Lehe; Mitte')).toBe('"Lehe; Mitte"');
    expect(csvField('der „Heidjertreff“ "Waschhaus"')).toBe('"der „Heidjertreff“ ""Waschhaus"""');
    expect(csvField('zwei\nZeilen')).toBe('"zwei\nZeilen"');
    expect(csvField(-1.5)).toBe('-1,5');
    expect(csvField(null)).toBe('');
    expect(csvField(0.1234, 2)).toBe('0,12');
  });
});
