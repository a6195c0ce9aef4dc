import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../../src/i18n/translate.ts';
import { COMMUNITY_LANGUAGES, formatCityComparison, formatValue } from '../../../src/domain/format.ts';
import type { Year } from '../../../src/domain/ids.ts';
import { shareParts } from '../../../src/domain/profile/community.ts';
import { profileFigures } from '../../../src/view/profile/figures.ts';
import { shippedModel } from '../../../tools/fixtures/shipped.ts';
import { indicatorLabel } from '../../../src/view/text.ts';

// The units come with each language's pack, as in the app.
beforeAll(() => Promise.all(COMMUNITY_LANGUAGES.map(loadMessages)));

describe('numbers in the community languages, from Intl', () => {
  it('writes shares, counts and years as each locale does', () => {
    expect(formatValue('tr', 0.213, 'anteil', 1)).toBe('%21,3');
    expect(formatValue('bg', 0.213, 'anteil', 1)).toBe('21,3%');
    expect(formatValue('uk', 12081, 'personen', 0)).toBe('12\u00a0081');
    expect(formatValue('tr', 12081, 'personen', 0)).toBe('12.081');
    // Western digits in Arabic, as on the map; the locale's own separators.
    expect(formatValue('ar', 12081, 'personen', 0)).toBe('12,081');
    expect(formatValue('ar', 0.213, 'anteil', 1)).toMatch(/^\u200e?21\.3\u200e?%\u200e?$/);
  });
  it('bends the unit after the number by Intl.PluralRules', () => {
    expect(formatValue('uk', 1, 'jahre', 0)).toBe('1 рік');
    expect(formatValue('uk', 3, 'jahre', 0)).toBe('3 роки');
    expect(formatValue('uk', 45, 'jahre', 0)).toBe('45 років');
    expect(formatValue('uk', 43.6, 'jahre', 1)).toBe('43,6 року');
    expect(formatValue('bg', 1, 'jahre', 0)).toBe('1 година');
    expect(formatValue('bg', 44, 'jahre', 0)).toBe('44 години');
    expect(formatValue('ar', 2, 'jahre', 0)).toBe('2 سنتان');
  });
  it('labels the app’s computed indicators in the language, from the pack', () => {
    const { model } = shippedModel();
    const loss = model.indicators.get(model.indicatorId('versorgungsverlust')!)!;
    expect(indicatorLabel(loss, 'tr')).toBe("2015'ten bu yana yerel hizmet kaybı");
    expect(indicatorLabel(loss, 'uk')).toBe('Втрата місцевого забезпечення з 2015 року');
    expect(indicatorLabel(loss, 'de')).toBe(loss.label_de);
  });
  it('compares with the city in the locale’s points and per cent', () => {
    expect(formatCityComparison('tr', 0.25, 0.2, 'anteil', 1, 'Bremerhaven')).toBe('+5,0 puan');
    expect(formatCityComparison('uk', 0.15, 0.2, 'anteil', 1, 'Бремергафен')).toBe('−5,0 в. п.');
    expect(formatCityComparison('tr', 5000, 100000, 'personen', 0, 'Bremerhaven')).toBe('%5,0 (Bremerhaven)');
  });
});

describe('profile sentences per language', () => {
  it('states shares as n of d within 1.2 points (or out of 100)', () => {
    for (let i = 5; i < 970; i++) {
      const p = shareParts(i / 1000);
      expect(p.kind).toBe('of');
      if (p.kind !== 'of') continue;
      const tolerance = p.d === 100 ? 0.005 : 0.012;
      expect(Math.abs(p.n / p.d - i / 1000), String(i)).toBeLessThanOrEqual(tolerance + 1e-9);
    }
    expect(shareParts(0.99).kind).toBe('all');
    expect(shareParts(0.001).kind).toBe('few');
  });

  const { model } = shippedModel();
  const year = 2024 as Year;
  const areas = [...model.byLevel.ebene1, ...model.byLevel.ebene2];
  const SCRIPT = {
    ar: /\p{Script=Arabic}/u,
    bg: /\p{Script=Cyrillic}/u,
    uk: /\p{Script=Cyrillic}/u,
    tr: /[çğıöşü]/,
  };
  /** German words a sentence written in the language must not contain. */
  const GERMAN = /\b(und|der|die|das|ist|sind|Menschen|Jahre|Einrichtungen|insgesamt|etwa)\b/;

  it.each(COMMUNITY_LANGUAGES)(
    '%s: a sentence for each figure of every area, in the language, with its numbers',
    (lang) => {
      let count = 0;
      for (const area of areas) {
        for (const f of profileFigures(model, area, year, lang)) {
          const s = f.sentence;
          // A figure without a value (suppressed, missing) has no sentence.
          expect(s === undefined, `${lang} ${area} ${f.indicator.id}`).toBe(f.cell.kind !== 'wert');
          if (!s) continue;
          count++;
          expect(s).toMatch(/[.!?]$/);
          expect(s).not.toMatch(GERMAN);
          expect(s).not.toContain('undefined');
          expect(s).not.toContain('NaN');
          expect(SCRIPT[lang].test(s), s).toBe(true);
          // The area's name stays as the city writes it (isolated in Arabic).
          expect(s.replace(/[\u2068\u2069]/g, '')).toContain(model.areas.get(area)!.name);
        }
      }
      expect(count).toBeGreaterThan(200);
    },
  );

  it('keeps migration figures neutral: the city beside the area, no more or less', () => {
    const area = model.byLevel.ebene1[0]!;
    for (const lang of COMMUNITY_LANGUAGES) {
      const f = profileFigures(model, area, year, lang).find((x) => x.indicator.id === 'anteil_auslaender')!;
      expect(f.sentence).not.toMatch(/fazla|az\.|повече|по-малко|більше|менше|أكثر|أقل/);
    }
  });
});
