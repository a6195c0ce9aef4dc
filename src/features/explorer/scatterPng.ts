import type { Language } from '../../domain/format.ts';
import { provenanceOf, type Cell } from '../../domain/values.ts';
import { drawSampleBadge, PNG_FONT, wrap } from '../../view/pngParts.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Choropleth } from '../../view/choropleth.ts';

const WIDTH = 1200;
const SCALE = 2;
const FONT = PNG_FONT;

/** An SVG element as an image, through a blob: URL (allowed by the CSP's img-src). */
function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
  );
  return new Promise((ok, fail) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      ok(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      fail(new Error('SVG'));
    };
    img.src = url;
  });
}

/**
 * The scatter plot as a PNG at 2×: title, the plot as drawn (the same SVG), r in words, a
 * "Beispielwerte" badge where any value is one, the sources, the reference date and the
 * boundaries' note — the same provenance as on screen.
 */
export async function scatterPng(input: {
  /** The plot's layers, bottom first (the drawing, then the marks of the selection). */
  svgs: SVGSVGElement[];
  model: Model;
  ch: Choropleth;
  title: string;
  fit: string;
  t: Translate;
  lang: Language;
}): Promise<Blob> {
  const { model, ch, t, lang } = input;
  const layers = await Promise.all(input.svgs.map(svgImage));
  const img = layers[0]!;
  const cells: Cell[] = [...ch.cells.values(), ...ch.bivariate!.yCells.values()];
  const sources = sourceTitles(model, provenanceOf(cells).sources, lang);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas');
  ctx.font = `15px ${FONT}`;
  const footer = [
    ...wrap(ctx, input.fit, WIDTH - 64),
    ...wrap(ctx, `${t('png.sources')}: ${sources.join('; ')}`, WIDTH - 64),
    t('png.date', { year: ch.year }),
    ...(model.boundaries.ebene1?.genauigkeit === 'naeherung' ? [t('png.boundaries')] : []),
  ];
  ctx.font = `bold 26px ${FONT}`;
  const title = wrap(ctx, input.title, WIDTH - 64 - (ch.anyBeispiel ? 380 : 0));
  const plotH = Math.round((WIDTH - 64) * (img.height / img.width));
  const top = 30 + title.length * 34 + 14;
  const height = top + plotH + 20 + footer.length * 22 + 20;
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  ctx.setTransform(SCALE, 0, 0, SCALE, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `bold 26px ${FONT}`;
  title.forEach((l, i) => ctx.fillText(l, 32, 52 + i * 34));
  if (ch.anyBeispiel) {
    drawSampleBadge(ctx, t('png.sample'), WIDTH);
  }
  for (const layer of layers) ctx.drawImage(layer, 32, top, WIDTH - 64, plotH);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `15px ${FONT}`;
  footer.forEach((l, i) => ctx.fillText(l, 32, top + plotH + 30 + i * 22));
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG'))), 'image/png'));
}
