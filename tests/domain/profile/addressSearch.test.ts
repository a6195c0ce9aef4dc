import { describe, expect, it } from 'vitest';
import { buildAddressIndex, parseAddress, searchAddress } from '../../../src/domain/profile/addressSearch.ts';
import { writeAddressFile, addressFileSchema, entriesOfAddressFile } from '../../../src/data/addressFile.ts';
import { fixtureAddresses } from '../../../tools/fixtures/addresses.ts';

const index = buildAddressIndex({
  strassen: {
    Hafenstraße: { '211': ['1', '2', '104', '106', '106a', '108'], '212': ['200', '202'] },
    'Hafen-Allee': { '121': ['3'] },
    'Bürgermeister-Smidt-Straße': { '141': ['10', '12'] },
    Mühlenweg: { '231': ['5'] },
  },
});
const first = (q: string) => searchAddress(index, q)[0];

describe('address → Ortsteil', () => {
  it('splits street and number however they are written', () => {
    expect(parseAddress('Hafenstr 106')).toEqual({ street: 'hafenstr', number: '106' });
    expect(parseAddress('hafenstraße 106a')).toEqual({ street: 'hafenstraße', number: '106a' });
    expect(parseAddress(' Hafen Str. 106 A ')).toEqual({ street: 'hafen str.', number: '106a' });
    expect(parseAddress('Hafenstraße, 0106')).toEqual({ street: 'hafenstraße', number: '106' });
    expect(parseAddress('Mühlenweg')).toEqual({ street: 'mühlenweg' });
    expect(parseAddress('   ')).toBeUndefined();
  });

  it('finds "Hafenstr 106", "hafenstraße 106a" and "Hafen Str. 106" in the same Ortsteil', () => {
    for (const q of ['Hafenstr 106', 'hafenstraße 106', 'Hafen Str. 106', 'HAFENSTRASSE 106', 'Hafenstr.106'])
      expect(first(q), q).toEqual({ kind: 'adresse', street: 'Hafenstraße', number: '106', areas: ['211'] });
    expect(first('hafenstraße 106a')).toMatchObject({ kind: 'adresse', number: '106a', areas: ['211'] });
    // A letter the list lacks: the number without it.
    expect(first('Hafenstraße 104b')).toMatchObject({ kind: 'adresse', number: '104', areas: ['211'] });
    expect(first('Hafenstraße 200')).toMatchObject({ kind: 'adresse', areas: ['212'] });
  });

  it('tolerates umlauts written out, hyphens and a typo', () => {
    expect(first('Muehlenweg 5')).toMatchObject({ kind: 'adresse', areas: ['231'] });
    expect(first('buergermeister smidt str 12')).toMatchObject({ kind: 'adresse', areas: ['141'] });
    expect(first('Bürgermeister-Schmidt-Straße 10')).toMatchObject({ kind: 'adresse', areas: ['141'] });
  });

  it('names the street and its Ortsteile when the number is unknown or missing', () => {
    expect(first('Hafenstraße 150')).toEqual({
      kind: 'strasse',
      street: 'Hafenstraße',
      number: '150',
      areas: ['211', '212'],
      near: ['106', '106a', '108'],
    });
    expect(first('Hafenstr')).toMatchObject({
      kind: 'strasse',
      street: 'Hafenstraße',
      areas: ['211', '212'],
    });
    // A started name finds both streets, the shorter (closer) one first.
    expect(searchAddress(index, 'Hafen').map((h) => h.street)).toEqual(['Hafenstraße', 'Hafen-Allee']);
    expect(searchAddress(index, 'xy 5')).toEqual([]);
  });

  it('round-trips through the published index file and answers within 50 ms per keystroke on 25,000 addresses', () => {
    const list = fixtureAddresses(25_000);
    const text = writeAddressFile(
      list.filter((a) => a.krs === '12').map((a) => [a.ott, a.strasse, `${a.hnr}${a.adz}`]),
      'eigene-daten',
    );
    const file = addressFileSchema.parse(JSON.parse(text));
    const strassen: Record<string, Record<string, string[]>> = {};
    for (const [k, s, n] of entriesOfAddressFile(file)) ((strassen[s] ??= {})[k] ??= []).push(n);
    const big = buildAddressIndex({ strassen });
    const h106 = list.find((a) => a.strasse === 'Hafenstraße' && a.hnr === 106 && a.adz === '')!;
    const typed = 'Hafenstr 106';
    const times: number[] = [];
    let last: ReturnType<typeof searchAddress> = [];
    for (let i = 1; i <= typed.length; i++) {
      const t0 = performance.now();
      last = searchAddress(big, typed.slice(0, i));
      times.push(performance.now() - t0);
    }
    expect(last[0]).toMatchObject({ kind: 'adresse', areas: [h106.ott] });
    const slowest = Math.max(...times);
    console.log(
      `address search, ${file.anzahl} addresses: slowest keystroke ${slowest.toFixed(1)} ms, median ${times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1)} ms`,
    );
    expect(slowest).toBeLessThan(50);
  });
});
