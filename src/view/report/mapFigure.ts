import { bbox } from '../../domain/geo/bbox.ts';
import type { Language } from '../../domain/format.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { MapLevel } from '../../domain/levels.ts';
import type { Model } from '../../data/model.ts';
import type { BoundaryFeature } from '../../data/schemas.ts';
import type { Translate } from '../../i18n/translate.ts';
import { fillColours, NO_DATA_CLASS, SUPPRESSED_CLASS, type Choropleth } from '../choropleth.ts';
import { svgShapes } from '../geoSvg.ts';
import { areaName, cellText, indicatorLabel } from '../text.ts';
import { wrapText, type Figure, type Measure, type Prim } from './figure.ts';
import { kmPerLonDegree, scaleBar } from './scaleBar.ts';
import { reportCredits, type Credits } from './credits.ts';
import { legendFigure } from './legendFigure.ts';

/** Page sizes in CSS pixels (96 per inch): A4 upright and across, and a 16:9 slide. */
export const FIGURE_FORMATS = {
  'a4-quer': { width: 1123, height: 794 },
  'a4-hoch': { width: 794, height: 1123 },
  folie: { width: 1280, height: 720 },
} as const;
export type FigureFormat = keyof typeof FIGURE_FORMATS;
export const FIGURE_FORMAT_IDS = Object.keys(FIGURE_FORMATS) as FigureFormat[];

export interface MapFigureInput {
  model: Model;
  ch: Choropleth;
  level: MapLevel;
  features: readonly BoundaryFeature[];
  levelName: string;
  lang: Language;
  t: Translate;
  measure: Measure;
  format: FigureFormat;
  /** "Grenzen schematisch (Näherung)" or the address-point note; null for surveyed boundaries. */
  boundaryNote: string | null;
}

const INK = '#1a1a1a';
const MUTED = '#444444';
const M = 36;
/** Above this many areas the class numbers would cover the map: the legend and table carry them. */
const MAX_NUMBERED = 120;

/**
 * The explorer's map as a report figure: title, subtitle (territory, level, year), status marks,
 * the areas in their class colours with their class numbers (colour is never the only carrier),
 * north arrow and scale bar, the legend with class bounds and counts and the city's value, and the
 * credits (Datenstand, sources with licences, status, boundaries) — the same as on the screen.
 */
export function mapFigure(input: MapFigureInput): Figure {
  const { model, ch, lang, t, measure, format } = input;
  const { width, height } = FIGURE_FORMATS[format];
  const prims: Prim[] = [];
  const text = (x: number, y: number, s: string, size: number, extra: Partial<Prim & { t: 'text' }> = {}) =>
    prims.push({ t: 'text', x, y, text: s, size, ...extra });
  const title =
    indicatorLabel(ch.indicator, lang) + (ch.bivariate ? ` × ${indicatorLabel(ch.bivariate.y, lang)}` : '');
  const subtitle = t('report.subtitle', {
    level: input.levelName,
    year: ch.since === null ? String(ch.year) : `${ch.since}–${ch.year}`,
  });
  const credits = reportCredits(model, ch, input.level, lang, t, input.boundaryNote);

  // Header: title (wrapped), subtitle, status marks.
  let y = M + 26;
  for (const line of wrapText(measure, title, 26, width - 2 * M, true).slice(0, 3)) {
    text(M, y, line, 26, { bold: true });
    y += 32;
  }
  text(M, y - 4, subtitle, 16, { fill: MUTED });
  y += 12;
  // Status marks in a row, wrapping onto a second row where the page is narrow.
  let bx = M;
  for (const mark of credits.marks) {
    const w = measure(mark, 13, true) + 20;
    if (bx > M && bx + w > width - M) {
      bx = M;
      y += 32;
    }
    prims.push({ t: 'rect', x: bx, y, w, h: 24, fill: '#fff4ce', stroke: '#8a5a00', width: 1.5 });
    text(bx + 10, y + 17, mark, 13, { bold: true, fill: '#5c3b00' });
    bx += w + 10;
  }
  if (credits.marks.length) y += 36;

  // Footer first (its height decides the map's).
  // Upright pages also hold the legend under the map: less room for the credits there.
  const footer = fitFooter(credits.lines, measure, width - 2 * M, height * (width < height ? 0.2 : 0.26), t);
  const footerTop = height - M - footer.lines.length * footer.lead + 4;
  footer.lines.forEach((l, i) => text(M, footerTop + i * footer.lead + 8, l, footer.size, { fill: MUTED }));

  const bodyTop = y;
  const bodyBottom = footerTop - 18;
  const portrait = width < height;
  const legendW = portrait ? width - 2 * M : Math.min(340, Math.round(width * 0.3));
  const legend = legendFigure(input, legendW, measure);
  const legendH = legend.height;
  const map = portrait
    ? { x: M, y: bodyTop, w: width - 2 * M, h: Math.max(200, bodyBottom - bodyTop - legendH - 16) }
    : { x: M, y: bodyTop, w: width - 3 * M - legendW, h: bodyBottom - bodyTop };
  const lx = portrait ? M : map.x + map.w + M;
  const ly = portrait ? map.y + map.h + 16 : bodyTop;
  prims.push(...mapPrims(input, map));
  for (const p of legend.prims) prims.push(offset(p, lx, ly));

  return {
    width,
    height,
    title,
    description: [subtitle, ...credits.lines].join(' · '),
    prims,
  };
}

/**
 * The credits within a share of the page: at 12 px, else 10 px, else with the sources line cut
 * after as many sources as fit and "… und n weitere" (the table and the data ZIP list them all).
 */
function fitFooter(
  lines: readonly string[],
  measure: Measure,
  width: number,
  maxHeight: number,
  t: Translate,
): { lines: string[]; size: number; lead: number } {
  const wrapAll = (ls: readonly string[], size: number) =>
    ls.flatMap((l) => wrapText(measure, l, size, width));
  for (const [size, lead] of [
    [12, 17],
    [10, 14],
  ] as const) {
    const wrapped = wrapAll(lines, size);
    if (wrapped.length * lead <= maxHeight) return { lines: wrapped, size, lead };
  }
  const [size, lead] = [10, 14];
  const prefix = `${t('report.sources')}: `;
  const at = lines.findIndex((l) => l.startsWith(prefix));
  if (at < 0) return { lines: wrapAll(lines, size), size, lead };
  const sources = lines[at]!.slice(prefix.length).split('; ');
  for (let n = sources.length - 1; n >= 1; n--) {
    const cut = `${prefix}${sources.slice(0, n).join('; ')} ${t('report.moreSources', { n: sources.length - n })}`;
    const wrapped = wrapAll([...lines.slice(0, at), cut, ...lines.slice(at + 1)], size);
    if (wrapped.length * lead <= maxHeight || n === 1) return { lines: wrapped, size, lead };
  }
  return { lines: wrapAll(lines, size), size, lead };
}

function offset(p: Prim, dx: number, dy: number): Prim {
  if (p.t === 'rect' || p.t === 'text') return { ...p, x: p.x + dx, y: p.y + dy };
  if (p.t === 'line') return { ...p, x1: p.x1 + dx, x2: p.x2 + dx, y1: p.y1 + dy, y2: p.y2 + dy };
  if (p.t === 'poly') return { ...p, points: p.points.map(([x, y]) => [x + dx, y + dy] as [number, number]) };
  return p;
}

/** The areas, their class numbers, a frame, the north arrow and the scale bar in the box. */
function mapPrims(input: MapFigureInput, box: { x: number; y: number; w: number; h: number }): Prim[] {
  const { model, ch, lang, features } = input;
  const prims: Prim[] = [
    { t: 'rect', x: box.x, y: box.y, w: box.w, h: box.h, fill: '#f7f9fb', stroke: '#b0b8c0', width: 1 },
  ];
  const byKey = new Map(features.map((f) => [f.properties.schluessel, f]));
  const shown = ch.areas.flatMap((a) => (byKey.has(a) ? [byKey.get(a)!] : []));
  if (!shown.length) return prims;
  const pad = 28;
  const { shapes, project } = svgShapes(shown, box.w, box.h, pad, [], [box.x, box.y]);
  const colours = fillColours(ch, '#ffffff');
  for (const s of shapes) {
    const d = s.d;
    const k = classKey(ch, s.key);
    prims.push({
      t: 'path',
      d,
      fill: colours.get(s.key) ?? '#ffffff',
      // No data: white with a grey outline, as on the screen.
      stroke: k === NO_DATA_CLASS ? '#8a8a8a' : '#ffffff',
      width: k === NO_DATA_CLASS ? 0.8 : 1.2,
      area: {
        key: s.key,
        name: `${areaName(model, s.key, lang)}: ${cellText(ch.cells.get(s.key), ch.indicator, input.lang, input.t)}`,
      },
    });
  }
  if (shown.length <= MAX_NUMBERED)
    for (const key of ch.areas) {
      const k = classKey(ch, key);
      const anchor = model.areas.get(key)?.anchor;
      const pt = anchor && project(anchor);
      if (!pt || k === undefined) continue;
      prims.push({
        t: 'text',
        x: pt[0],
        y: pt[1] + 4,
        text: k >= 0 ? String(k + 1) : k === SUPPRESSED_CLASS ? '·' : '–',
        // The dot of "suppressed" is small at the numbers' size.
        size: k === SUPPRESSED_CLASS ? 20 : 11,
        bold: true,
        anchor: 'middle',
        halo: true,
      });
    }
  // North arrow (the figure is north-up: a planar view with north at the top).
  const nx = box.x + box.w - 26;
  const ny = box.y + 14;
  prims.push({
    t: 'poly',
    points: [
      [nx, ny],
      [nx + 8, ny + 22],
      [nx, ny + 17],
      [nx - 8, ny + 22],
    ],
    fill: INK,
  });
  prims.push({ t: 'text', x: nx, y: ny + 36, text: 'N', size: 12, bold: true, anchor: 'middle', halo: true });
  // Scale bar, from the projection's pixels per km at the map's middle latitude.
  const [w, s, e, n] = bbox(shown.map((f) => f.geometry));
  const lat = (s + n) / 2;
  const lon = (w + e) / 2;
  const a = project([lon, lat]);
  const b = project([lon + 1 / kmPerLonDegree(lat), lat]);
  const bar = a && b ? scaleBar(Math.abs(b[0] - a[0]), box.w * 0.25) : undefined;
  if (bar) {
    const x0 = box.x + 14;
    const y0 = box.y + box.h - 14;
    prims.push({ t: 'rect', x: x0, y: y0 - 6, w: bar.px, h: 6, fill: INK });
    prims.push({
      t: 'rect',
      x: x0 + bar.px / 2,
      y: y0 - 6,
      w: bar.px / 2,
      h: 6,
      fill: '#ffffff',
      stroke: INK,
      width: 1,
    });
    prims.push({ t: 'text', x: x0 + bar.px + 6, y: y0, text: bar.label, size: 11, halo: true });
  }
  return prims;
}

const classKey = (ch: Choropleth, key: AreaKey): number | undefined => {
  const c = ch.cells.get(key);
  if (!c || c.kind === 'fehlt') return NO_DATA_CLASS;
  if (c.kind === 'unterdrueckt') return SUPPRESSED_CLASS;
  return ch.classOf.get(key);
};

export type { Credits };
