import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/url.ts';
import { choropleth } from '../../src/view/choropleth.ts';
import { compareRows } from '../../src/view/compare/rows.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const { model } = shippedModel();
const base = defaultState(urlKnowledge(model));

describe('one ranking rule', () => {
  it('gives the map table (and the slides built on it) and the comparison the same rank for every area', () => {
    let checked = 0;
    let ties = 0;
    for (const ebene of model.mapLevels)
      for (const jahr of [model.years[0]!, base.jahr]) {
        const areas = model.byLevel[ebene];
        const rows = compareRows(model, areas, jahr).flatMap((g) => g.rows);
        for (const row of rows) {
          const ch = choropleth(model, { ...base, ebene, jahr, indikator: row.indicator.id });
          for (const c of row.cells) {
            expect(c.compared.rank, `${row.indicator.id} ${ebene} ${jahr} ${c.area}`).toBe(
              ch.rank.get(c.area),
            );
            checked++;
          }
          ties += ch.rank.size - new Set(ch.rank.values()).size;
        }
      }
    expect(checked).toBeGreaterThan(1000);
    // The rule matters: some areas are equal as displayed, and share their rank.
    expect(ties).toBeGreaterThan(0);
  });
});
