import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonCsv } from '../src/features/compare/exportCsv.ts';
import { drawComparison, PNG_WIDTH } from '../src/features/compare/exportPng.ts';
import { LAST_YEAR } from '../src/domain/ids.ts';
import { loadViewMessages, translator } from '../src/i18n/translate.ts';
import { dotPanels } from '../src/view/charts/data.ts';
import { compareRows, presetAreas } from '../src/view/compare/rows.ts';
import { modelOf, shippedTexts } from '../tools/fixtures/shipped.ts';
import { craftedPackage, FORMULA_NAME, LITERAL, PAYLOADS } from './helpers/xss.ts';

/** The XSS corpus of tests/xss.test.tsx in the two exports of the comparison: CSV and PNG. */
const { model } = modelOf(craftedPackage(shippedTexts()));
const areas = presetAreas(model);
beforeAll(loadViewMessages);

/** A 2D context that records the text it is asked to draw (jsdom has no canvas). */
function recordingContext() {
  const drawn: string[] = [];
  const canvas = { width: 0, height: 0 };
  const base: Record<string, unknown> = {
    canvas,
    fillText: (text: string) => void drawn.push(text),
    measureText: (text: string) => ({ width: text.length * 8 }),
  };
  // Every other method is a no-op; properties (font, fillStyle …) are kept.
  const ctx = new Proxy(base, {
    get: (target, key: string) => (key in target ? target[key] : () => undefined),
    set: (target, key: string, value) => ((target[key] = value), true),
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn, canvas };
}

describe('XSS corpus in the exports', () => {
  it('CSV: texts stay literal, a name that is a formula is neutralised', () => {
    const t = translator('de');
    const csv = comparisonCsv(model, compareRows(model, areas, LAST_YEAR), LAST_YEAR, 'de', t);
    expect(csv).toMatch(LITERAL);
    const lines = csv.split('\r\n');
    const geestendorf = lines.filter((l) => l.includes(';212;'));
    expect(geestendorf.length).toBeGreaterThan(5);
    for (const l of geestendorf) {
      // The name has a semicolon, so it is quoted; inside, the apostrophe keeps Excel from running it.
      expect(l).toContain(`"'${FORMULA_NAME}"`);
      expect(l).not.toMatch(/(^|;)"?=HYPERLINK/);
    }
    // No field of any line starts with a formula character outside quotes.
    for (const l of lines) expect(l).not.toMatch(/(^|;)"?[=+@\t]/);
  });

  it('PNG: names, labels and sources are drawn as literal text on the canvas', () => {
    const { ctx, drawn, canvas } = recordingContext();
    const height = drawComparison(ctx, {
      model,
      areas,
      year: LAST_YEAR,
      panels: dotPanels(model, areas, LAST_YEAR),
      lang: 'de',
      t: translator('de'),
    });
    expect(canvas.width).toBe(PNG_WIDTH * 2);
    expect(height).toBeGreaterThan(300);
    const all = drawn.join('\n');
    expect(all).toContain(FORMULA_NAME);
    expect(all).toMatch(LITERAL);
    // Indicator labels (with the corpus appended) are among the drawn texts as they are.
    expect(drawn.some((d) => PAYLOADS.some((p) => d.endsWith(p)))).toBe(true);
  });
});
