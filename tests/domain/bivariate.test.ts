import { describe, expect, it } from 'vitest';
import {
  bivariateCell,
  bivariateScheme,
  criticalCell,
  CRITICAL_CELL,
} from '../../src/domain/classify/bivariate.ts';
import { parseUrl, serializeUrl } from '../../src/state/url.ts';
import { choropleth } from '../../src/view/choropleth.ts';
import { mapSummary } from '../../src/view/text.ts';
import { translator } from '../../src/i18n/translate.ts';
import { territoryTexts } from '../../src/view/territory.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const id = (x: number) => x;

describe('bivariate classes', () => {
  it('puts each axis in terciles and numbers the cells 3·y + x', () => {
    const s = bivariateScheme([1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 20, 30, 40, 50, 60, 70, 80, 90], {
      x: id,
      y: id,
    });
    expect(s.x).toHaveLength(2);
    expect(s.y).toHaveLength(2);
    expect(bivariateCell(s, 1, 10)).toBe(0);
    expect(bivariateCell(s, 9, 10)).toBe(CRITICAL_CELL);
    expect(bivariateCell(s, 9, 90)).toBe(8);
    expect(bivariateCell(s, 1, 90)).toBe(6);
    expect(bivariateCell(s, 5, 50)).toBe(4);
  });

  it('finds the critical cell by the measures’ polarities', () => {
    // Demand high, supply low — a coverage share, for instance.
    expect(criticalCell('neutral', 'hoeher_besser')).toBe(CRITICAL_CELL);
    expect(criticalCell('neutral', 'neutral')).toBe(2);
    // A loss of supply: the high third is the short supply.
    expect(criticalCell('neutral', 'hoeher_schlechter')).toBe(8);
    // A first measure where higher is better (a share with a doctor nearby): its low third is the need.
    expect(criticalCell('hoeher_besser', 'hoeher_besser')).toBe(0);
    expect(criticalCell('hoeher_besser', 'hoeher_schlechter')).toBe(6);
  });
});

describe('the demand × supply map', () => {
  const { model } = shippedModel();
  const k = urlKnowledge(model);
  const q = '?indikator=anteil_80_plus&bivariat=erreichbar_500m_lebensmittelmarkt&jahr=2024';

  it('is a link; an unknown or the same indicator is named and dropped', () => {
    const { state, notices } = parseUrl(q, k);
    expect(notices).toEqual([]);
    expect(state.bivariat).toBe('erreichbar_500m_lebensmittelmarkt');
    expect(serializeUrl(state)).toContain('bivariat=erreichbar_500m_lebensmittelmarkt');
    for (const bad of ['nix', 'anteil_80_plus']) {
      const r = parseUrl(`?indikator=anteil_80_plus&bivariat=${bad}`, k);
      expect(r.state.bivariat).toBeNull();
      expect(r.notices.map((n) => n.param)).toEqual(['bivariat']);
    }
  });

  it('classes every area with both values, counts each cell and names the critical one', () => {
    const ch = choropleth(model, parseUrl(q, k).state);
    const b = ch.bivariate!;
    expect(ch.legend).toHaveLength(9);
    expect(ch.legend.reduce((s, c) => s + c.count, 0)).toBe(ch.classOf.size);
    expect(ch.classOf.size + ch.noData + ch.suppressed).toBe(ch.areas.length);
    for (const [a, cell] of ch.classOf) {
      const [x, y] = b.axes.get(a)!;
      expect(cell).toBe(3 * y + x);
      const yc = b.yCells.get(a)!;
      expect(yc.kind).toBe('wert');
    }
    // Surheide: old, and without a grocery (the sources say so): high demand, low supply.
    expect(ch.classOf.get('231' as never)).toBe(CRITICAL_CELL);
    const t = translator('de', territoryTexts(model, 'de'));
    expect(mapSummary(model, ch, 'de', t, 'Ortsteile')).toMatch(
      /hoher Bedarf und geringe Versorgung \(Feld 3\) in .*Surheide/,
    );
  });
});
