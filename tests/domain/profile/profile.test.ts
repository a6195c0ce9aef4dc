import { describe, expect, it } from 'vitest';
import type { AreaKey, Year } from '../../../src/domain/ids.ts';
import { locate } from '../../../src/domain/geo/locate.ts';
import { figureSentence } from '../../../src/domain/profile/sentences.ts';
import { editDistance, searchAreas, type Searchable } from '../../../src/domain/profile/search.ts';
import { direction, roundCount, shareWords } from '../../../src/domain/profile/words.ts';
import { profileFigures } from '../../../src/view/profile/figures.ts';
import { shippedModel } from '../../../tools/fixtures/shipped.ts';

describe('shares in plain words', () => {
  it.each([
    [0.25, 'etwa jede vierte Person', false],
    [0.5, 'etwa die Hälfte', false],
    [0.52, 'gut die Hälfte', false],
    [0.28, 'gut jede vierte Person', false],
    [0.23, 'knapp jede vierte Person', false],
    [0.667, 'etwa zwei von drei Personen', true],
    [0.1, 'etwa jede zehnte Person', false],
    [0.04, 'etwa 4 von 100 Personen', true],
    [0.01, 'etwa eine von 100 Personen', false],
    [0.001, 'kaum jemand', false],
    [0.99, 'fast alle', true],
  ])('%f → %s', (share, text, plural) => {
    expect(shareWords(share, 'de')).toEqual({ text, plural });
  });

  it('has an English counterpart', () => {
    expect(shareWords(0.25, 'en').text).toBe('about one in four people');
    expect(shareWords(0.28, 'en').text).toBe('just over one in four people');
  });

  it('rounds counts as people say them', () => {
    expect(roundCount(6349)).toEqual({ value: 6300, approx: true });
    expect(roundCount(87)).toEqual({ value: 87, approx: false });
    expect(roundCount(117606).value).toBe(118000);
  });

  it('keeps small differences neutral', () => {
    expect(direction(0.24, 0.23, 0.015)).toBe('gleich');
    expect(direction(0.28, 0.23, 0.015)).toBe('mehr');
    expect(direction(0.18, 0.23, 0.015)).toBe('weniger');
  });
});

describe('sentences', () => {
  it('writes the issue’s example with correct agreement', () => {
    expect(
      figureSentence(
        { id: 'anteil_65_plus', where: 'in Bremerhaven', name: 'Grünhöfe', value: 0.25, city: 0.2 },
        'de',
      ),
    ).toBe(
      'In Grünhöfe ist etwa jede vierte Person 65 Jahre oder älter – mehr als in Bremerhaven insgesamt.',
    );
    expect(
      figureSentence(
        { id: 'anteil_65_plus', where: 'in Bremerhaven', name: 'X', value: 0.12, city: 0.125 },
        'de',
      ),
    ).toBe(
      'In X ist etwa jede achte Person 65 Jahre oder älter – etwa so viel wie in Bremerhaven insgesamt.',
    );
    expect(
      figureSentence(
        { id: 'anteil_unter_18', where: 'in Bremerhaven', name: 'X', value: 0.4, city: 0.17 },
        'de',
      ),
    ).toMatch(/^In X sind etwa 40 von 100 Personen jünger als 18 Jahre – mehr als/);
  });

  it('speaks of the package’s territory, whichever it is', () => {
    const where = 'im Landkreis Rostock';
    expect(
      figureSentence({ id: 'anteil_65_plus', where, name: 'Kühlungsborn', value: 0.3, city: 0.25 }, 'de'),
    ).toBe(
      'In Kühlungsborn ist knapp jede dritte Person 65 Jahre oder älter – mehr als im Landkreis Rostock insgesamt.',
    );
    expect(
      figureSentence({ id: 'anteil_auslaender', where, name: 'X', value: 0.05, city: 0.04 }, 'de'),
    ).toMatch(/Im Landkreis Rostock insgesamt: /);
    expect(
      figureSentence(
        { id: 'anteil_65_plus', where: 'in the Landkreis Rostock', name: 'X', value: 0.3, city: 0.25 },
        'en',
      ),
    ).toMatch(/more than in the Landkreis Rostock as a whole\.$/);
  });

  it('states migration figures next to the city’s, without ranking or “more/less”', () => {
    const s = figureSentence(
      { id: 'anteil_auslaender', where: 'in Bremerhaven', name: 'Lehe', value: 0.33, city: 0.21 },
      'de',
    )!;
    expect(s).toBe(
      'In Lehe hat etwa jede dritte Person eine ausländische Staatsangehörigkeit. In Bremerhaven insgesamt: etwa jede fünfte Person.',
    );
    expect(s).not.toMatch(/mehr|weniger|höchst|Rang|Platz/);
  });

  it('handles singular and plural of counts', () => {
    expect(
      figureSentence(
        { id: 'versorgungsverlust', where: 'in Bremerhaven', name: 'Surheide', value: 1, since: 2015 },
        'de',
      ),
    ).toMatch(/^Seit 2015 hat in Surheide eine Einrichtung mehr geschlossen als eröffnet/);
    expect(
      figureSentence(
        { id: 'versorgungsverlust', where: 'in Bremerhaven', name: 'X', value: 3, since: 2015 },
        'de',
      ),
    ).toMatch(/^Seit 2015 haben in X 3 Einrichtungen mehr geschlossen/);
    expect(
      figureSentence(
        { id: 'versorgungsverlust', where: 'in Bremerhaven', name: 'X', value: -2, since: 2015 },
        'de',
      ),
    ).toMatch(/2 Einrichtungen mehr eröffnet als geschlossen/);
    expect(
      figureSentence(
        {
          id: 'einwohner',
          where: 'in Bremerhaven',
          name: 'X',
          value: 6349,
          start: { year: 2014, value: 6000 },
        },
        'de',
      ),
    ).toBe('In X leben rund 6.300 Menschen. Seit 2014 ist die Zahl um etwa 6 % gestiegen.');
  });

  const { model } = shippedModel();
  const areas = [...model.byLevel.ebene1, ...model.byLevel.ebene2];
  it.each(['de', 'en'] as const)('writes every figure of all %s Ortsteile and Stadtteile cleanly', (lang) => {
    expect(areas).toHaveLength(33);
    for (const area of areas) {
      const figures = profileFigures(model, area, 2024 as Year, lang);
      expect(figures.length).toBeGreaterThanOrEqual(5);
      expect(figures.length).toBeLessThanOrEqual(8);
      for (const f of figures) {
        if (f.cell.kind !== 'wert') continue;
        expect(f.sentence, `${area} ${f.indicator.id}`).toBeDefined();
        expect(f.sentence).not.toMatch(/NaN|undefined|Infinity|null|\[object/);
        expect(f.sentence).toMatch(/^[A-ZÄÖÜ].*\.$/);
        if (lang === 'de') {
          // German number format: no English thousands separator, no decimal point.
          expect(f.sentence).not.toMatch(/\d,\d{3}\b|\d\.\d{1,2}\b/);
          // Agreement: singular subject with singular verb, plural with plural.
          expect(f.sentence).not.toMatch(
            /Person sind|Personen ist|Personen hat\b|Person haben|Person wohnen/,
          );
        }
      }
    }
  });
});

describe('search tolerates umlauts, ß and typos', () => {
  const { model } = shippedModel();
  const items: Searchable<AreaKey>[] = (['ebene1', 'ebene2'] as const).flatMap((l, order) =>
    model.byLevel[l].map((key) => ({ key, name: model.areas.get(key)!.name, order })),
  );
  const top = (q: string) => model.areas.get(searchAreas(q, items)[0]!.key)!.name;
  it.each([
    ['grunhofe', 'Grünhöfe'],
    ['Gruenhoefe', 'Grünhöfe'],
    ['grünhöfe', 'Grünhöfe'],
    ['grunhöfe', 'Grünhöfe'],
    ['Grünhöf', 'Grünhöfe'],
    ['grunhoefe', 'Grünhöfe'],
    ['Grünhofe', 'Grünhöfe'],
    ['Goethestr', 'Goethestraße'],
    ['goethestrasse', 'Goethestraße'],
    ['leherheide west', 'Leherheide-West'],
    ['Leherhiede-West', 'Leherheide-West'],
    ['geestemunde', 'Geestemünde'],
    ['Surhiede', 'Surheide'],
    ['Wulsdorf', 'Wulsdorf'],
    ['lehe', 'Lehe'],
  ])('%s → %s', (q, name) => {
    expect(top(q)).toBe(name);
  });

  it('finds Stadtteile and gives nothing for nonsense', () => {
    const geeste = searchAreas('geestemunde', items).map((h) => model.areas.get(h.key)!.level);
    expect(geeste).toContain('ebene2');
    expect(searchAreas('xyzzy', items)).toEqual([]);
    expect(searchAreas('   ', items)).toEqual([]);
  });

  it('counts swaps as one edit', () => {
    expect(editDistance('hiede', 'heide')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('Wo wohne ich?', () => {
  // Two squares of about 670 m × 1.1 km side by side, sharing the border at lon 8.6.
  const sq = (x0: number, key: string) => ({
    key: key as AreaKey,
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [x0, 53.5],
          [x0 + 0.01, 53.5],
          [x0 + 0.01, 53.51],
          [x0, 53.51],
          [x0, 53.5],
        ],
      ],
    },
  });
  const areas = [sq(8.59, 'a'), sq(8.6, 'b')];
  it('answers the area and offers the neighbour near a border', () => {
    const near = locate(8.599, 53.505, areas, 250); // ~66 m west of the border
    expect(near.inside).toBe('a');
    expect(near.near).toEqual(['b']);
    expect(near.margin).toBeCloseTo(66, -1);
    const middle = locate(8.595, 53.505, areas, 250); // ~330 m from it
    expect(middle).toMatchObject({ inside: 'a', near: [] });
    expect(locate(8.7, 53.505, areas, 250).inside).toBeNull();
  });
});
