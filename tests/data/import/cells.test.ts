import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/data/import/cells.ts';
import { decodeOfficeText } from '../../../src/data/import/decode.ts';
import { csvSheet, sniffDelimiter } from '../../../src/data/import/grid.ts';

describe('reading an office cell', () => {
  it('reads German numbers, spreadsheet numbers and percent', () => {
    expect(readCell('1.234,5', ',')).toEqual({ kind: 'wert', value: 1234.5, percent: false });
    expect(readCell(' 20,6 % ', ',')).toEqual({ kind: 'wert', value: 20.6, percent: true });
    expect(readCell('0,206', ',')).toEqual({ kind: 'wert', value: 0.206, percent: false });
    expect(readCell('117 606', ',')).toEqual({ kind: 'wert', value: 117606, percent: false });
    expect(readCell(553, ',')).toEqual({ kind: 'wert', value: 553, percent: false });
    expect(readCell('1,234.5', '.')).toEqual({ kind: 'wert', value: 1234.5, percent: false });
    expect(readCell('−3,2', ',')).toEqual({ kind: 'wert', value: -3.2, percent: false });
  });
  it('never turns an empty cell or a symbol into a number', () => {
    expect(readCell('', ',')).toEqual({ kind: 'leer' });
    expect(readCell('  ', ',')).toEqual({ kind: 'leer' });
    expect(readCell(null, ',')).toEqual({ kind: 'leer' });
    // Each as offices write it, to the package's form of the symbol.
    for (const [s, zeichen, art] of [
      ['–', '–', 'fehlt'],
      ['-', '–', 'fehlt'],
      ['—', '–', 'fehlt'],
      ['.', '.', 'unterdrueckt'],
      ['x', 'x', 'fehlt'],
      ['X', 'x', 'fehlt'],
      ['/', '/', 'unterdrueckt'],
      ['…', '…', 'fehlt'],
      ['...', '…', 'fehlt'],
    ] as const)
      expect(readCell(s, ','), s).toMatchObject({ kind: 'zeichen', zeichen, art });
    // Not a symbol: a property every object has.
    expect(readCell('constructor', ',')).toMatchObject({ kind: 'fehler' });
    // Only where the file's legend says – is exactly zero.
    expect(readCell('–', ',', true)).toEqual({ kind: 'wert', value: 0, percent: false });
  });
  it('names what is wrong with anything else', () => {
    for (const s of ['12a', '1,2,3', '0x10', '1e3', '+-5', '20.6.', 'n.v.'])
      expect(readCell(s, ','), s).toMatchObject({ kind: 'fehler' });
    expect(readCell('1.234,5', '.')).toMatchObject({ kind: 'fehler' });
    expect(readCell(true, ',')).toMatchObject({ kind: 'fehler' });
    expect(readCell(new Date(0), ',')).toMatchObject({
      kind: 'fehler',
      message: expect.stringMatching(/Datum/),
    });
  });
});

describe('decoding and splitting an office CSV', () => {
  it('reads UTF-8 with BOM, and Windows-1252 with a notice', () => {
    const utf8 = decodeOfficeText(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Grünhöfe')]),
    );
    expect(utf8).toEqual({ text: 'Grünhöfe', encoding: 'UTF-8' });
    const ansi = decodeOfficeText(new Uint8Array([0x47, 0x72, 0xfc, 0x6e, 0x68, 0xf6, 0x66, 0x65]));
    expect(ansi.text).toBe('Grünhöfe');
    expect(ansi.encoding).toBe('Windows-1252');
    expect(ansi.notice).toMatch(/Windows-1252/);
  });
  it('finds the delimiter and keeps quoted fields whole', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(sniffDelimiter('a,b,c\n1,2.5,3\n')).toBe(',');
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
    const { sheet } = csvSheet('t.csv', 'Name;Wert\n"Mitte; Süd";"1.234,5"\n\n');
    expect(sheet.rows).toEqual([
      ['Name', 'Wert'],
      ['Mitte; Süd', '1.234,5'],
    ]);
  });
});
