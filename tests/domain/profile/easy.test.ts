import { describe, expect, it } from 'vitest';
import type { Year } from '../../../src/domain/ids.ts';
import { EASY_SAMPLE, easySentences, easyShare } from '../../../src/domain/profile/easy.ts';
import { PROFILE_FIGURES } from '../../../src/domain/profile/sentences.ts';
import { profileFigures } from '../../../src/view/profile/figures.ts';
import { shippedModel } from '../../../tools/fixtures/shipped.ts';

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('Leichte Sprache: shares', () => {
  it('names simple fractions with digits, and the rest out of 100', () => {
    expect(easyShare(0.25)).toEqual({ text: 'Ungefähr 1 von 4 Menschen', count: 1 });
    expect(easyShare(0.262).text).toBe('Ungefähr 1 von 4 Menschen');
    expect(easyShare(0.5).text).toBe('Ungefähr 1 von 2 Menschen');
    expect(easyShare(0.68)).toEqual({ text: 'Ungefähr 2 von 3 Menschen', count: 2 });
    expect(easyShare(0.12).text).toBe('Ungefähr 1 von 8 Menschen');
    expect(easyShare(0.43)).toEqual({ text: 'Ungefähr 43 von 100 Menschen', count: 43 });
    expect(easyShare(0.99).text).toBe('Fast alle Menschen');
    expect(easyShare(0.004).text).toBe('Nur sehr wenige Menschen');
  });
  it('never states a fraction further than 1.5 points from the share', () => {
    for (let i = 10; i < 970; i++) {
      const share = i / 1000;
      const m = /^Ungefähr (\d+) von (\d+) Menschen$/.exec(easyShare(share).text)!;
      expect(m, String(share)).not.toBeNull();
      expect(Math.abs(Number(m[1]) / Number(m[2]) - share)).toBeLessThanOrEqual(0.015 + 1e-9);
    }
  });
});

describe('Leichte Sprache: the profile sentences', () => {
  it('writes short sentences, one statement each, without per cent signs, for every area', () => {
    const { model } = shippedModel();
    const year = 2024 as Year;
    let count = 0;
    for (const area of [...model.byLevel.ebene1, ...model.byLevel.ebene2]) {
      for (const f of profileFigures(model, area, year, 'leicht')) {
        if (!f.sentence) continue;
        for (const s of sentencesOf(f.sentence)) {
          count++;
          expect(s, s).not.toMatch(/%|Prozent/);
          expect(words(s), s).toBeLessThanOrEqual(15);
          // One statement: no dash-joined tails, no semicolons, no brackets.
          expect(s, s).not.toMatch(/[–;()]/);
          expect(s, s).toMatch(/^[A-ZÄÖÜ0-9].*\.$/);
        }
      }
    }
    expect(count).toBeGreaterThan(200);
    for (const s of EASY_SAMPLE) expect(words(s)).toBeLessThanOrEqual(15);
  });

  it('agrees the verb with "1 von 4" and compares with the city in a sentence of its own', () => {
    const base = { name: 'Surheide', where: 'in Bremerhaven' };
    expect(easySentences({ ...base, id: 'anteil_65_plus', value: 0.25, city: 0.2 })).toEqual([
      'Ungefähr 1 von 4 Menschen in Surheide ist 65 Jahre oder älter.',
      'Das sind mehr als in Bremerhaven insgesamt.',
    ]);
    expect(easySentences({ ...base, id: 'anteil_unter_18', value: 0.66 })).toEqual([
      'Ungefähr 2 von 3 Menschen in Surheide sind jünger als 18 Jahre.',
    ]);
    expect(
      easySentences({ ...base, id: 'einwohner', value: 2849, start: { year: 2014, value: 2950 } }),
    ).toEqual(['In Surheide leben ungefähr 2.800 Menschen.', 'Im Jahr 2014 waren es mehr.']);
    // Migration: beside the city's, never "more" or "less".
    const foreign = easySentences({ ...base, id: 'anteil_auslaender', value: 0.3, city: 0.2 })!;
    expect(foreign.join(' ')).not.toMatch(/mehr|weniger/);
    expect(foreign.at(-1)).toBe('In Bremerhaven insgesamt: ungefähr 1 von 5 Menschen.');
    expect(easySentences({ ...base, id: 'versorgungsverlust', value: 1, since: 2015 })![0]).toBe(
      'Seit 2015 hat in Surheide 1 Einrichtung mehr zugemacht als aufgemacht.',
    );
    expect(easySentences({ ...base, id: 'unbekannt', value: 1 })).toBeUndefined();
    expect(
      PROFILE_FIGURES.every((id) => easySentences({ ...base, id, value: 0.3, city: 0.3 }) !== undefined),
    ).toBe(true);
  });
});
