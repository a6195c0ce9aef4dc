import { scaleLinear } from 'd3-scale';
import { drawSampleBadge, PNG_FONT, wrap } from '../../view/pngParts.ts';
import { symbol } from 'd3-shape';
import { formatValue, type Language } from '../../domain/format.ts';
import type { AreaKey, Year } from '../../domain/ids.ts';
import { provenanceOf } from '../../domain/values.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import type { Translate } from '../../i18n/translate.ts';
import { areaName, indicatorLabel } from '../../view/text.ts';
import { AREA_MARKS, CITY_COLOUR, type DotPanel } from '../../view/charts/data.ts';
import { tickDecimals } from '../../view/charts/DotChart.tsx';
import { SYMBOLS } from '../../view/charts/marks.tsx';

export const PNG_WIDTH = 1200;
export const PNG_SCALE = 2;
const FONT = PNG_FONT;
const LABEL_W = 360;
const ROW = 34;

export interface PngInput {
  model: Model;
  areas: readonly AreaKey[];
  year: Year;
  panels: DotPanel[];
  lang: Language;
  t: Translate;
}

/** Sources and whether any shown value is a sample value, over the panels' values. */
function provenance({ model, panels, lang }: PngInput) {
  const cells = panels.flatMap((p) => p.rows.flatMap((r) => r.cells));
  return {
    sources: sourceTitles(model, provenanceOf(cells).sources, lang),
    sample: cells.some((c) => c.kind !== 'fehlt' && c.status === 'beispiel'),
  };
}

/** Logical height of the image for the input (before the 2× scale). */
export function pngHeight(input: PngInput, footerLines: number): number {
  const rows = input.panels.reduce((s, p) => s + p.rows.length * ROW + 40, 0);
  return 150 + rows + 30 + footerLines * 22 + 20;
}

/** Draws the comparison slide: title, legend, the dot panels, sample mark, sources and reference date. */
export function drawComparison(ctx: CanvasRenderingContext2D, input: PngInput): number {
  const { model, areas, year, panels, lang, t } = input;
  const { sources, sample } = provenance(input);
  ctx.font = `15px ${FONT}`;
  const footer = [
    ...wrap(ctx, `${t('png.sources')}: ${sources.join('; ')}`, PNG_WIDTH - 64),
    t('png.date', { year }),
    t('png.boundaries'),
  ];
  const height = pngHeight(input, footer.length);
  ctx.canvas.width = PNG_WIDTH * PNG_SCALE;
  ctx.canvas.height = height * PNG_SCALE;
  ctx.setTransform(PNG_SCALE, 0, 0, PNG_SCALE, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PNG_WIDTH, height);
  ctx.fillStyle = '#1a1a1a';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold 30px ${FONT}`;
  ctx.fillText(t('compare.title', { year }), 32, 50);
  ctx.font = `18px ${FONT}`;
  ctx.fillText(t('png.subtitle', { names: areas.map((a) => areaName(model, a, lang)).join(', ') }), 32, 80);

  if (sample) {
    drawSampleBadge(ctx, t('png.sample'), PNG_WIDTH);
  }

  // Legend: mark and name of every area, the city as a black stroke.
  let lx = 32;
  ctx.font = `16px ${FONT}`;
  areas.forEach((a, i) => {
    drawMark(ctx, i, lx + 8, 112, 140);
    ctx.fillStyle = '#1a1a1a';
    const name = areaName(model, a, lang);
    ctx.fillText(name, lx + 22, 118);
    lx += ctx.measureText(name).width + 48;
  });
  ctx.strokeStyle = CITY_COLOUR;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(lx + 8, 102);
  ctx.lineTo(lx + 8, 122);
  ctx.stroke();
  ctx.fillText(t('charts.city'), lx + 20, 118);

  let y = 150;
  for (const p of panels) {
    const x = scaleLinear()
      .domain(p.domain)
      .nice()
      .range([LABEL_W, PNG_WIDTH - 40]);
    const unit = p.rows[0]!.indicator;
    for (const r of p.rows) {
      const mid = y + ROW / 2;
      ctx.fillStyle = '#1a1a1a';
      ctx.font = `16px ${FONT}`;
      ctx.fillText(indicatorLabel(r.indicator, lang), 32, mid + 5, LABEL_W - 48);
      ctx.strokeStyle = '#c8c8c8';
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(LABEL_W, mid);
      ctx.lineTo(PNG_WIDTH - 40, mid);
      ctx.stroke();
      if (r.range) {
        ctx.fillStyle = '#dedede';
        ctx.fillRect(x(r.range[0]), mid - 6, Math.max(2, x(r.range[1]) - x(r.range[0])), 12);
      }
      if (r.city !== undefined) {
        ctx.strokeStyle = CITY_COLOUR;
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(x(r.city), mid - 13);
        ctx.lineTo(x(r.city), mid + 13);
        ctx.stroke();
      }
      r.values.forEach((v, i) => v.value !== undefined && drawMark(ctx, i, x(v.value), mid, 150));
      y += ROW;
    }
    ctx.fillStyle = '#444';
    ctx.font = `14px ${FONT}`;
    ctx.textAlign = 'center';
    const ticks = x.ticks(6);
    const decimals = tickDecimals(ticks, unit.einheit);
    for (const tick of ticks) ctx.fillText(formatValue(lang, tick, unit.einheit, decimals), x(tick), y + 18);
    ctx.textAlign = 'left';
    y += 40;
  }
  ctx.fillStyle = '#444';
  ctx.font = `14px ${FONT}`;
  ctx.fillText(t('png.rangeNote'), 32, y + 4);
  y += 30;
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `15px ${FONT}`;
  for (const line of footer) {
    ctx.fillText(line, 32, y);
    y += 22;
  }
  return height;
}

function drawMark(ctx: CanvasRenderingContext2D, index: number, x: number, y: number, size: number) {
  const m = AREA_MARKS[index % AREA_MARKS.length]!;
  ctx.save();
  ctx.translate(x, y);
  ctx.beginPath();
  symbol(SYMBOLS[m.shape], size).context(ctx)();
  ctx.fillStyle = m.colour;
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.restore();
}

/** The comparison as a PNG at 2×; rejects rather than returning an empty image. */
export async function comparisonPng(input: PngInput): Promise<Blob> {
  await document.fonts?.ready;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D nicht verfügbar');
  drawComparison(ctx, input);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size === 0) throw new Error('PNG leer');
  return blob;
}
