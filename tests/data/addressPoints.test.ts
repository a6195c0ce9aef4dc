import { describe, expect, it } from 'vitest';
import { parseAddressPoints, writeAddressPoints } from '../../src/data/addressPoints.ts';
import { formatIssue } from '../../src/data/issues.ts';
import type { AreaKey } from '../../src/domain/ids.ts';

const keys = new Map(['212', '215', '231'].map((k) => [k, k as AreaKey]));
const bounds = [8.45, 53.47, 8.65, 53.61] as const;
const valid = writeAddressPoints(
  ['215', '212', '212'],
  [
    [8.6021, 53.5205],
    [8.5772, 53.531],
    [8.5761, 53.5302],
  ],
  'eigene-daten',
);
const messages = (text: string, expected?: number) =>
  parseAddressPoints(text, keys, expected, bounds).issues.map(formatIssue);
const edit = (change: (f: Record<string, unknown>) => void) => {
  const f = JSON.parse(valid) as Record<string, unknown>;
  change(f);
  return JSON.stringify(f);
};

describe('geo/adresspunkte.json', () => {
  it('writes positions per area as differences in 1/100,000 degree and reads them back', () => {
    const f = JSON.parse(valid) as { anzahl: number; gebiete: Record<string, number[]> };
    expect(f.anzahl).toBe(3);
    // Sorted by longitude within the area; the second point is the difference to the first.
    expect(f.gebiete['212']).toEqual([857610, 5353020, 110, 80]);
    const r = parseAddressPoints(valid, keys, 3, bounds);
    expect(r.issues).toEqual([]);
    expect(r.quelle).toBe('eigene-daten');
    expect(r.points).toEqual([
      { key: '212', lon: 8.5761, lat: 53.5302 },
      { key: '212', lon: 8.5772, lat: 53.531 },
      { key: '215', lon: 8.6021, lat: 53.5205 },
    ]);
  });

  it('names a broken file by field and accepts nothing from it', () => {
    expect(messages('{')[0]).toMatch(/^geo\/adresspunkte\.json: .*JSON/);
    expect(messages(edit((f) => (f.format = 'qx-adresspunkte/2')))[0]).toMatch(/format/);
    expect(
      messages(edit((f) => ((f.gebiete as Record<string, unknown>)['212'] = [857610, 5353020, 5]))).join(),
    ).toMatch(/gebiete\.212.*ungerade Zahl von Koordinaten/);
    expect(
      messages(edit((f) => ((f.gebiete as Record<string, unknown>)['212'] = [857610.5, 5353020]))).join(),
    ).toMatch(/gebiete\.212/);
    expect(
      messages(edit((f) => ((f.gebiete as Record<string, unknown>)['999'] = [857610, 5353020]))),
    ).toContain('geo/adresspunkte.json, gebiete.999: Gebiet 999 gibt es auf der feinsten Ebene nicht');
    expect(messages(edit((f) => (f.anzahl = 4)))).toContain(
      'geo/adresspunkte.json, Feld anzahl: enthält 3 Adressen, angegeben sind 4',
    );
    expect(messages(valid, 5)).toContain(
      'geo/adresspunkte.json, Feld anzahl: enthält 3 Adressen, die Grenzen der feinsten Ebene nennen 5',
    );
    // Swapped coordinates (lat, lon) fall far outside the territory.
    const swapped = writeAddressPoints(['212'], [[53.5302, 8.5761]], 'eigene-daten');
    expect(messages(swapped)[0]).toMatch(
      /gebiete\.212: Adresse 1 liegt außerhalb des Gebiets \(53\.53020, 8\.57610\)/,
    );
    expect(parseAddressPoints(swapped, keys, undefined, bounds).points).toBeUndefined();
  });
});
