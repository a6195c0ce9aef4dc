import { shippedModel } from '../../tools/fixtures/shipped.ts';
import { describe, expect, it } from 'vitest';
import type { AreaKey, IndicatorId, Year } from '../../src/domain/ids.ts';
import { parseUrl, serializeUrl, type UrlKnowledge, setLevelWords } from '../../src/state/url.ts';
import { type Level } from '../../src/domain/levels.ts';

// A fixture: the test brands its own ids, as the data boundary would.
// Bremerhaven's words for ebene= (the app sets them from the manifest when the package is loaded).
setLevelWords(shippedModel().model.manifest.ebenen);

const k: UrlKnowledge = {
  indicators: new Map(['anteil_65_plus', 'einwohner'].map((id) => [id, id as IndicatorId])),
  areas: new Map(
    (
      [
        ['0', 'gesamt'],
        ['2', 'ebene3'],
        ['21', 'ebene2'],
        ['212', 'ebene1'],
        ['215', 'ebene1'],
        ['231', 'ebene1'],
      ] as [string, Level][]
    ).map(([key, level]) => [key, { key: key as AreaKey, level }]),
  ),
  years: [2014, 2018, 2024, 2030, 2035] as Year[],
  defaultIndicator: 'anteil_65_plus' as IndicatorId,
  defaultSecond: (x) => (x === 'einwohner' ? 'anteil_65_plus' : 'einwohner') as IndicatorId,
  defaultYear: 2024 as Year,
  fields: new Set(['demografie', 'versorgung']),
};

describe('parseUrl', () => {
  it('gives the defaults for an empty query, without notices', () => {
    const { state, notices } = parseUrl('', k);
    expect(state).toMatchObject({
      ansicht: 'karte',
      ebene: 'ebene1',
      indikator: 'anteil_65_plus',
      jahr: 2024,
      gebiet: null,
      sprache: 'de',
    });
    expect(notices).toEqual([]);
  });
  it('reads every parameter of the contract', () => {
    const { state, notices } = parseUrl(
      '?ansicht=vergleich&ebene=ortsteil&indikator=einwohner&jahr=2030&gebiet=215&vergleich=212,215,231&klassen=gleich&sprache=en',
      k,
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      ansicht: 'vergleich',
      indikator: 'einwohner',
      jahr: 2030,
      gebiet: '215',
      vergleich: ['212', '215', '231'],
      klassen: 'gleich',
      sprache: 'en',
    });
  });
  it('falls back per parameter and says which value was wrong', () => {
    const { state, notices } = parseUrl(
      '?ansicht=karten&ebene=bezirk&indikator=xyz&jahr=20x4&klassen=jenks2&sprache=fr',
      k,
    );
    expect(state).toMatchObject({
      ansicht: 'karte',
      ebene: 'ebene1',
      indikator: 'anteil_65_plus',
      jahr: 2024,
      klassen: null,
      sprache: 'de',
    });
    expect(notices.map((n) => [n.param, n.value, n.fallback])).toEqual([
      ['ansicht', 'karten', 'karte'],
      ['ebene', 'bezirk', 'ortsteil'],
      ['klassen', 'jenks2', ''],
      ['sprache', 'fr', 'de'],
      ['indikator', 'xyz', 'anteil_65_plus'],
      ['jahr', '20x4', '2024'],
    ]);
  });
  it('rejects unknown years and areas, keeps the valid part of a comparison', () => {
    const { state, notices } = parseUrl('?jahr=2019&gebiet=999&vergleich=212,999,0', k);
    expect(state.jahr).toBe(2024);
    expect(state.gebiet).toBeNull();
    expect(state.vergleich).toEqual(['212']);
    // One notice per bad token of a list, each naming the parameter and the token.
    expect(notices.map((n) => `${n.param}=${n.value}`)).toEqual([
      'jahr=2019',
      'gebiet=999',
      'vergleich=999',
      'vergleich=0',
    ]);
  });
  it('an area without a level shows its own level; with a different level it is not selected', () => {
    expect(parseUrl('?gebiet=21', k).state).toMatchObject({ ebene: 'ebene2', gebiet: '21' });
    const { state, notices } = parseUrl('?ebene=ortsteil&gebiet=21', k);
    expect(state.gebiet).toBeNull();
    expect(notices[0]).toMatchObject({ param: 'gebiet', reason: 'ebene' });
  });
  it('keeps old spellings working', () => {
    // The shipped manifest's words for ebene=, as the app sets them when the package is loaded.
    setLevelWords(shippedModel().model.manifest.ebenen);
    expect(parseUrl('?ebene=Stadtteile&klassen=jenks&ansicht=map', k).state).toMatchObject({
      ebene: 'ebene2',
      klassen: 'natuerlich',
      ansicht: 'karte',
    });
  });
  it('takes the words for ebene= from the manifest, and writes them', () => {
    setLevelWords([{ id: 'gemeinde', urlAuch: ['gemeinden'] }, { id: 'amt' }]);
    try {
      expect(parseUrl('?ebene=Gemeinden', k).state.ebene).toBe('ebene1');
      expect(parseUrl('?ebene=amt', k).state.ebene).toBe('ebene2');
      const { state, notices } = parseUrl('?ebene=kreisteil', k);
      expect(notices[0]).toMatchObject({ param: 'ebene', fallback: 'gemeinde' });
      expect(serializeUrl({ ...state, ebene: 'ebene2' })).toMatch(/[?&]?ebene=amt(&|$)/);
    } finally {
      setLevelWords(shippedModel().model.manifest.ebenen);
    }
  });
  it('manual classes need breaks', () => {
    expect(parseUrl('?klassen=manuell&grenzen=0.1,0.2', k).state).toMatchObject({
      klassen: 'manuell',
      grenzen: [0.1, 0.2],
    });
    const { state, notices } = parseUrl('?klassen=manuell', k);
    expect(state.klassen).toBeNull();
    expect(notices).toHaveLength(1);
  });
  it('round-trips through serializeUrl', () => {
    const q =
      '?ansicht=karte&ebene=stadtteil&indikator=einwohner&jahr=2018&gebiet=21&vergleich=212,215&klassen=manuell&grenzen=100,200&farben=viridis&fixiert=1&sprache=en';
    const { state } = parseUrl(q, k);
    expect(serializeUrl(state)).toBe(q);
    expect(parseUrl(serializeUrl(state), k).state).toEqual(state);
  });
});

describe('facility parameters', () => {
  it('reads categories, "alle", the closed-since year and the ledger flag, and writes them back', () => {
    const { state, notices } = parseUrl(
      '?einrichtungen=post,kita&geschlossen_seit=2018&gebiet=215&chronik=1',
      k,
    );
    expect(notices).toEqual([]);
    // Kept in catalogue order, whatever the order in the link.
    expect(state).toMatchObject({ einrichtungen: ['kita', 'post'], geschlossenSeit: 2018, chronik: true });
    expect(serializeUrl(state)).toContain('einrichtungen=kita,post&geschlossen_seit=2018&chronik=1');
    const all = parseUrl('?einrichtungen=alle&geschlossen_seit=keine', k).state;
    expect(all.einrichtungen).toHaveLength(9);
    expect(all.geschlossenSeit).toBeNull();
    expect(serializeUrl(all)).toContain('einrichtungen=alle&geschlossen_seit=keine');
    // Defaults are not written: layer off, closed since 2015, ledger closed.
    expect(serializeUrl(parseUrl('', k).state)).not.toMatch(/einrichtungen|geschlossen_seit|chronik/);
  });

  it('drops unknown categories and bad years with a notice', () => {
    const { state, notices } = parseUrl('?einrichtungen=kita,kino&geschlossen_seit=letztes&chronik=ja', k);
    expect(state).toMatchObject({ einrichtungen: ['kita'], geschlossenSeit: 2015, chronik: false });
    expect(notices.map((n) => `${n.param}=${n.value}→${n.fallback}`)).toEqual([
      'einrichtungen=kino→kita',
      'geschlossen_seit=letztes→2015',
      'chronik=ja→0',
    ]);
  });
});

describe('presentation parameters', () => {
  it('reads the slide and keeps the deck exactly as written (base64url is case-sensitive)', () => {
    const { state, notices } = parseUrl('?ansicht=praesentation&folie=3&deck=eyJmb3JtYXQiOi_-Ab', k);
    expect(state).toMatchObject({ ansicht: 'praesentation', folie: 3, deck: 'eyJmb3JtYXQiOi_-Ab' });
    expect(notices).toEqual([]);
    expect(serializeUrl(state)).toContain('folie=3&deck=eyJmb3JtYXQiOi_-Ab&sprache=de');
  });

  it('falls back on a broken slide number or deck with a notice', () => {
    const { state, notices } = parseUrl('?ansicht=praesentation&folie=zwei&deck=ab%20cd!', k);
    expect(state).toMatchObject({ folie: 1, deck: null });
    expect(notices.map((n) => `${n.param}=${n.value}→${n.fallback}`)).toEqual([
      'folie=zwei→1',
      'deck=ab cd!→',
    ]);
  });

  it('writes the slide number outside the presentation only when a deck is carried along', () => {
    const { state } = parseUrl('?folie=4', k);
    expect(serializeUrl(state)).not.toContain('folie');
    // A link's state equals the link: without a deck the slide number is dropped on reading too.
    expect(state.folie).toBe(1);
    expect(serializeUrl({ ...state, folie: 4, deck: 'abc' })).toContain('folie=4&deck=abc');
  });
});

describe('crafted links', () => {
  it('cuts echoed values to a readable length', () => {
    const long = 'x'.repeat(5000);
    const { notices } = parseUrl(`?indikator=${long}&vergleich=212,${long}`, k);
    expect(notices).toHaveLength(2);
    for (const n of notices) {
      expect(n.value.length).toBeLessThanOrEqual(40);
      expect(n.value.endsWith('…')).toBe(true);
    }
  });

  it('reads thresholds as decimals only: an empty or malformed token is a notice, never 0', () => {
    for (const [q, bad] of [
      ['grenzen=,', ['(leer)', '(leer)']],
      ['grenzen=0.2,0x10', ['0x10']],
      ['grenzen=0.2,1e3,%2B5', ['1e3', '+5']],
    ] as const) {
      const { state, notices } = parseUrl(`?klassen=manuell&${q}`, k);
      expect(state.grenzen, q).toEqual([]);
      expect(
        notices.filter((n) => n.param === 'grenzen').map((n) => n.value),
        q,
      ).toEqual(bad);
    }
    expect(parseUrl('?klassen=manuell&grenzen=0.2,-1.5', k).state.grenzen).toEqual([0.2, -1.5]);
  });

  it('reads the scatter plot as x= and y=, writes it so, and keeps the old names working', () => {
    const { state, notices } = parseUrl('?ansicht=streuung&x=einwohner&y=anteil_65_plus&jahr=2018', k);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      ansicht: 'streuung',
      indikator: 'einwohner',
      bivariat: 'anteil_65_plus',
      regression: true,
    });
    const link = serializeUrl(state);
    expect(link).toBe('?ansicht=streuung&ebene=ortsteil&x=einwohner&y=anteil_65_plus&jahr=2018&sprache=de');
    expect(parseUrl(link, k).state).toEqual(state);
    // indikator= and bivariat= (a bivariate map's link with another view) mean the same axes.
    expect(
      parseUrl('?ansicht=streuung&indikator=einwohner&bivariat=anteil_65_plus&jahr=2018', k).state,
    ).toEqual(state);
    // English view name, no y: the default second axis; the line hidden stays in the link.
    const hidden = parseUrl('?ansicht=scatter&x=anteil_65_plus&regression=0', k);
    expect(hidden.state).toMatchObject({ ansicht: 'streuung', bivariat: 'einwohner', regression: false });
    expect(serializeUrl(hidden.state)).toContain('&x=anteil_65_plus&y=einwohner&');
    expect(serializeUrl(hidden.state)).toContain('&regression=0');
  });

  it('names a wrong scatter axis and falls back to a valid pair', () => {
    const same = parseUrl('?ansicht=streuung&x=einwohner&y=einwohner', k);
    expect(same.state.bivariat).toBe('anteil_65_plus');
    expect(same.notices).toEqual([
      { param: 'y', value: 'einwohner', fallback: 'anteil_65_plus', reason: 'unbekannt' },
    ]);
    const unknown = parseUrl('?ansicht=streuung&x=quatsch&regression=ja', k);
    expect(unknown.state).toMatchObject({
      indikator: 'anteil_65_plus',
      bivariat: 'einwohner',
      regression: true,
    });
    expect(unknown.notices.map((n) => n.param)).toEqual(['x', 'regression']);
    // x= and y= mean nothing outside the scatter plot, and regression= is not carried there.
    const map = parseUrl('?ansicht=karte&x=einwohner&regression=0', k);
    expect(map.state).toMatchObject({ indikator: 'anteil_65_plus', bivariat: null, regression: true });
    expect(serializeUrl(map.state)).not.toMatch(/[?&](x|y|regression)=/);
  });

  it('accepts a deck link up to the size of the largest valid deck', () => {
    expect(parseUrl(`?deck=z${'A'.repeat(100_000)}`, k).state.deck).toHaveLength(100_001);
    expect(parseUrl(`?deck=z${'A'.repeat(300_000)}`, k).notices.map((n) => n.param)).toEqual(['deck']);
  });
  it('opens a meeting part by link, with old spellings, and names a wrong part or Handlungsfeld', () => {
    const board = parseUrl('?ansicht=beirat&bereich=lean_coffee', k);
    expect(board.state).toMatchObject({ ansicht: 'sitzung', bereich: 'tafel', handlungsfeld: null });
    expect(board.notices).toEqual([]);
    const link = serializeUrl(board.state);
    expect(link).toContain('ansicht=sitzung');
    expect(link).toContain('&bereich=tafel&');
    expect(parseUrl(link, k).state).toEqual(board.state);
    // The preparation is the default part and is not written.
    expect(serializeUrl(parseUrl('?ansicht=sitzung', k).state)).not.toContain('bereich=');
    const topics = parseUrl('?ansicht=sitzung&bereich=themen&handlungsfeld=Versorgung', k);
    expect(topics.state).toMatchObject({ bereich: 'themen', handlungsfeld: 'versorgung' });
    expect(parseUrl(serializeUrl(topics.state), k).state).toEqual(topics.state);
    const wrong = parseUrl('?ansicht=sitzung&bereich=kaffee&handlungsfeld=<b>x</b>', k);
    expect(wrong.state).toMatchObject({ bereich: 'vorbereitung', handlungsfeld: null });
    expect(wrong.notices).toEqual([
      { param: 'bereich', value: 'kaffee', fallback: 'vorbereitung', reason: 'unbekannt' },
      { param: 'handlungsfeld', value: '<b>x</b>', fallback: '', reason: 'unbekannt' },
    ]);
    // Outside a meeting the parts mean nothing and are not carried.
    const map = parseUrl('?ansicht=karte&bereich=tafel&handlungsfeld=versorgung', k);
    expect(map.state).toMatchObject({ bereich: 'vorbereitung', handlungsfeld: null });
    expect(map.notices).toEqual([]);
  });
  it('opens the accessibility statement with the view it came from, and ignores a wrong one', () => {
    const r = parseUrl('?ansicht=barrierefreiheit&von=profil&gebiet=231', k);
    expect(r.state).toMatchObject({ ansicht: 'barrierefreiheit', von: 'profil', gebiet: '231' });
    expect(parseUrl(serializeUrl(r.state), k).state).toEqual(r.state);
    const wrong = parseUrl('?ansicht=barrierefreiheit&von=barrierefreiheit', k);
    expect(wrong.state.von).toBeNull();
    expect(wrong.notices.map((n) => n.param)).toEqual(['von']);
    // Elsewhere von means nothing and is not written.
    expect(serializeUrl(parseUrl('?ansicht=karte&von=profil', k).state)).not.toContain('von=');
  });
});
