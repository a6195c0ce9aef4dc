import { describe, expect, it } from 'vitest';
import { decimalSchema, yearSchema } from '../../src/data/schemas.ts';
import { decodeUtf8, readDecimal } from '../../src/data/text.ts';
import { MALFORMED_NUMBERS } from '../fuzz/gen.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.message);

describe('numbers are read strictly (src/data/text.ts, schemas)', () => {
  it('accepts decimals with a point only', () => {
    for (const [s, n] of [
      ['0', 0],
      ['-3', -3],
      ['0.206', 0.206],
      ['117606', 117606],
    ] as const)
      expect([readDecimal(s), decimalSchema.parse(s)]).toEqual([n, n]);
  });

  it('never reads an empty or malformed cell as a number', () => {
    expect(messages(decimalSchema.safeParse(''))).toEqual(['Wert fehlt (leere Zelle)']);
    for (const s of MALFORMED_NUMBERS) {
      expect(readDecimal(s), s).toBeUndefined();
      expect(messages(decimalSchema.safeParse(s)), s).toHaveLength(1);
    }
  });

  it('reads years as four digits', () => {
    expect(yearSchema.parse('2018')).toBe(2018);
    expect(messages(yearSchema.safeParse(''))).toEqual(['Jahr fehlt (leere Zelle)']);
    for (const s of ['2018.0', ' 2018', '+2018', '18', '2e3'])
      expect(messages(yearSchema.safeParse(s)), s).toEqual([
        'Jahr muss eine Zahl sein (vierstellig, z. B. 2018)',
      ]);
    expect(messages(yearSchema.safeParse('1899'))).toEqual(['Jahr vor 1990']);
  });
});

describe('text is UTF-8, with or without BOM', () => {
  const enc = new TextEncoder();
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeUtf8(enc.encode('Grünhöfe'))).toEqual({ ok: true, text: 'Grünhöfe' });
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('a,b')]))).toEqual({
      ok: true,
      text: 'a,b',
    });
  });

  it('rejects Windows-1252 with a message that says how to re-save and where the first bad byte is', () => {
    // "Grünhöfe" as Excel writes it in Windows-1252: ü = 0xFC.
    const r = decodeUtf8(new Uint8Array([0x47, 0x72, 0xfc, 0x6e]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/nicht UTF-8.*CSV UTF-8.*Byte bei 3\)$/);
  });
});
