import type { AreaKey } from '../../../src/domain/ids.ts';
import { describe, expect, it } from 'vitest';
import { decodeDeck, encodeDeck, MAX_DECK_PARAM } from '../../../src/domain/deck/codec.ts';
import { deflateSync } from 'fflate';
import { MAX_DECK_PARAM as URL_MAX_DECK } from '../../../src/state/url.ts';
import { deckFileName, deckJson, LIMITS, parseDeck, slideView } from '../../../src/domain/deck/deck.ts';
import { shippedDeck } from '../../helpers/deck.ts';
import { addSlide, moveSlide, removeSlide, updateSlide } from '../../../src/domain/deck/edit.ts';
import { deckKey, targetSlide } from '../../../src/domain/deck/keys.ts';
import { contrast, divergingColours, sequentialColours } from '../../../src/domain/classify/palettes.ts';
import { bigScreenTheme, NORMAL_THEME } from '../../../src/map/theme.ts';

const k = {
  areaKey: (key: string) => (['212', '215', '231', '21', '2'].includes(key) ? (key as AreaKey) : undefined),
  builtIn: shippedDeck,
};
const fields = (text: string) => {
  const r = parseDeck(text, k);
  return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}`);
};

describe('deck file schema', () => {
  it('round-trips the default deck through the file and the URL', () => {
    const deck = shippedDeck('de');
    expect(deck.folien).toHaveLength(7);
    expect(deck.folien.every((s) => s.spotlight.join() === '212,215,231')).toBe(true);
    const file = parseDeck(deckJson(deck), k);
    expect(file).toEqual({ ok: true, deck });
    const url = encodeDeck(deck);
    expect(url).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeck(url, k)).toEqual({ ok: true, deck });
  });

  it('keeps umlauts through the URL encoding', () => {
    const deck = {
      titel: 'Grünhöfe – Überblick',
      folien: [{ ...shippedDeck('de').folien[0]!, titel: 'ß ä ö ü €' }],
    };
    const r = decodeDeck(encodeDeck(deck), k);
    expect(r.ok && r.deck.folien[0]!.titel).toBe('ß ä ö ü €');
    expect(r.ok && r.deck.titel).toBe('Grünhöfe – Überblick');
  });

  it('names every broken field of a file', () => {
    expect(fields('{"format": "quartiersexplorer-folien", "titel": "x", "folien": [')).toEqual([
      ':kein_json',
    ]);
    expect(fields('[]')).toEqual([':kein_objekt']);
    expect(
      fields('{"format":"pptx","titel":"x","folien":[{"titel":"a","ansicht":"ansicht=karte"}]}'),
    ).toEqual(['format:format']);
    expect(fields('{"format":"quartiersexplorer-folien","titel":"","folien":[]}')).toEqual([
      'titel:fehlt',
      'folien:leer',
    ]);
    expect(
      fields(
        JSON.stringify({
          format: 'quartiersexplorer-folien',
          version: 2,
          titel: 'x',
          folien: [
            { titel: 'ok', ansicht: 'ansicht=vergleich', teil: 'pyramiden' },
            { titel: 7, ansicht: 'ansicht=praesentation', spotlight: ['212', '999'], teil: 'kreis' },
            'Folie',
            { titel: 'a'.repeat(LIMITS.title + 1), notiz: 'n'.repeat(LIMITS.note + 1) },
          ],
        }),
      ),
    ).toEqual([
      'version:version',
      'folien[2].titel:text',
      'folien[2].ansicht:ansicht',
      'folien[2].spotlight:gebiet',
      'folien[2].teil:teil',
      'folien[3]:kein_objekt',
      'folien[4].titel:zu_lang',
      'folien[4].notiz:zu_lang',
      'folien[4].ansicht:fehlt',
    ]);
  });

  it('rejects oversized files and too many slides', () => {
    expect(fields(' '.repeat(LIMITS.fileBytes + 1))).toEqual([':zu_gross']);
    const many = { ...shippedDeck('de'), folien: Array(LIMITS.slides + 1).fill(shippedDeck('de').folien[0]) };
    expect(fields(deckJson(many))).toEqual(['folien:zu_viele']);
  });

  it('reports broken URL values instead of throwing', () => {
    expect(decodeDeck('%%%', k).ok).toBe(false);
    expect(decodeDeck('bm9jaCBrZWluIEpTT04', k)).toMatchObject({
      ok: false,
      problems: [{ code: 'kein_json' }],
    });
  });

  it('knows which views can be slides', () => {
    expect(slideView('')).toBe('karte');
    expect(slideView('ansicht=profil&gebiet=215')).toBe('profil');
    expect(slideView('ansicht=praesentation')).toBeUndefined();
  });

  it('names the file after the deck', () => {
    expect(deckFileName({ titel: 'Drei Demografielabore – Beirat März', folien: [] })).toBe(
      'drei-demografielabore-beirat-maerz.json',
    );
  });
});

describe('deck links', () => {
  const legacy = (text: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(text)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const big = () => {
    const base = shippedDeck('de');
    // 60 slides with full-length notes: the largest deck the file rules allow, and far over the old
    // 20,000-character link limit.
    const folien = Array.from({ length: LIMITS.slides }, (_, i) => ({
      ...base.folien[i % base.folien.length]!,
      titel: `Folie ${i + 1}: ${'Ä'.repeat(LIMITS.title - 12)}`,
      notiz: `Notiz ${i} `.repeat(200).slice(0, LIMITS.note).trim(),
    }));
    return { ...base, folien };
  };

  it('survive for every deck the file limits allow, compressed', () => {
    const deck = big();
    expect(parseDeck(deckJson(deck), k).ok).toBe(true);
    const link = encodeDeck(deck);
    expect(link.startsWith('z')).toBe(true);
    expect(link.length).toBeLessThan(MAX_DECK_PARAM);
    expect(deckJson(deck, false).length).toBeGreaterThan(20_000);
    expect(decodeDeck(link, k)).toEqual({ ok: true, deck });
    expect(URL_MAX_DECK).toBe(MAX_DECK_PARAM);
  });

  it('keep old (uncompressed) links working', () => {
    const deck = shippedDeck('de');
    const old = legacy(deckJson(deck, false));
    expect(old.startsWith('ey')).toBe(true);
    expect(decodeDeck(old, k)).toEqual({ ok: true, deck });
  });

  it('refuse a link that unpacks to more than the file limit (no zip bomb)', () => {
    const bomb = deflateSync(new TextEncoder().encode(`{"x":"${' '.repeat(5_000_000)}"}`));
    const link = `z${btoa(String.fromCharCode(...bomb))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    expect(link.length).toBeLessThan(20_000);
    expect(decodeDeck(link, k)).toMatchObject({ ok: false, problems: [{ code: 'zu_gross' }] });
  });

  it('never call String() on a crafted value', () => {
    for (const v of ['{"toString":1}', '{"valueOf":1,"toString":null}', '[]', '"x"'])
      for (const text of [
        `{"format":${v},"titel":"t","folien":[]}`,
        `{"format":"quartiersexplorer-deck","version":${v},"titel":${v},"folien":[{"titel":"a","ansicht":"ansicht=karte","spotlight":[${v}],"teil":${v}}]}`,
      ]) {
        expect(() => parseDeck(text, k), text).not.toThrow();
        expect(parseDeck(text, k).ok, text).toBe(false);
        expect(() => decodeDeck(legacy(text), k)).not.toThrow();
      }
  });
});

describe('deck edits', () => {
  const d = shippedDeck('en');
  it('moves, removes, updates and adds without touching the original', () => {
    const moved = moveSlide(d, 0, 2);
    expect(moved.folien.map((s) => s.titel).slice(0, 3)).toEqual([
      d.folien[1]!.titel,
      d.folien[2]!.titel,
      d.folien[0]!.titel,
    ]);
    expect(moveSlide(d, 0, 99)).toBe(d);
    expect(removeSlide(d, 1).folien).toHaveLength(6);
    expect(removeSlide({ ...d, folien: [d.folien[0]!] }, 0).folien).toHaveLength(1);
    expect(updateSlide(d, 3, { titel: 'X' }).folien[3]!.titel).toBe('X');
    expect(addSlide(d, d.folien[0]!, 1).folien[1]).toBe(d.folien[0]);
    expect(d.folien).toHaveLength(7);
  });
});

describe('clicker and keyboard', () => {
  const run = (keys: string[], start = 1, count = 7, blanked = false) => {
    let n = start;
    let digits = '';
    const actions: string[] = [];
    for (const key of keys) {
      const r = deckKey(key, digits, blanked);
      digits = r.digits;
      actions.push(r.action.kind);
      n = targetSlide(r.action, n, count);
    }
    return { n, actions, digits };
  };
  it('moves with PageDown/PageUp, arrows, Space and Enter, and stops at the ends', () => {
    expect(run(['PageDown', 'ArrowRight', ' ', 'Enter']).n).toBe(5);
    expect(run(['PageUp', 'ArrowLeft'], 5).n).toBe(3);
    expect(run(['PageDown', 'PageDown'], 7).n).toBe(7);
    expect(run(['PageUp'], 1).n).toBe(1);
    expect(run(['End']).n).toBe(7);
    expect(run(['Home'], 6).n).toBe(1);
  });
  it('jumps to a typed number with Enter and ignores numbers out of range', () => {
    expect(run(['4', 'Enter']).n).toBe(4);
    expect(run(['1', '2', 'Enter'], 3, 20).n).toBe(12);
    expect(run(['9', 'Enter'], 3).n).toBe(3);
    expect(run(['3']).digits).toBe('3');
  });
  it('blanks with B or full stop; while blank a moving key only brings the picture back; Esc leaves', () => {
    expect(run(['b', '.', 'B']).actions).toEqual(['blank', 'blank', 'blank']);
    expect(run(['PageDown'], 2, 7, true)).toMatchObject({ n: 2, actions: ['blank'] });
    expect(run(['Escape'], 2, 7, true).actions).toEqual(['blank']);
    expect(run(['Escape']).actions).toEqual(['leave']);
    expect(run(['s']).actions).toEqual(['spotlight']);
    expect(run(['x', 'Tab']).actions).toEqual(['none', 'none']);
  });
});

describe('big-screen theme', () => {
  const big = bigScreenTheme(NORMAL_THEME, 2);
  it('is derived from the normal theme and scaled for 4K', () => {
    expect(big.noData).toBe(NORMAL_THEME.noData);
    expect(big.areaOutlineWidth).toBeGreaterThan(NORMAL_THEME.areaOutlineWidth * 2);
    expect(big.labelSize).toBeCloseTo(2 * bigScreenTheme(NORMAL_THEME, 1).labelSize, 0);
    expect(big.labelValues).toBe(true);
  });
  it('keeps outlines ≥ 3:1 against every class colour and labels ≥ 4.5:1 on their halo', () => {
    const fills = [
      ...sequentialColours('blau', 5),
      ...sequentialColours('viridis', 5),
      ...divergingColours(3, 3),
      NORMAL_THEME.noData,
    ];
    for (const f of fills) {
      // The light line on dark fills, its dark casing on light ones: one of the two always reads.
      expect(Math.max(contrast(big.areaOutline, f), contrast(big.areaCasing!, f))).toBeGreaterThanOrEqual(3);
      expect(contrast(big.cityOutline, f) >= 3 || contrast(big.areaOutline, f) >= 3).toBe(true);
    }
    expect(contrast(big.labelColour, big.labelHalo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(big.areaCasing!, big.background)).toBeGreaterThanOrEqual(3);
  });
});
