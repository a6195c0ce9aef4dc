import { bbox } from '../../domain/geo/bbox.ts';
import { cityIsYardstick, type Language } from '../../domain/format.ts';
import { classIndex } from '../../domain/classify/breaks.ts';
import { roundToDisplay } from '../../domain/format.ts';
import { BIVARIATE_CLASSES } from '../../domain/classify/bivariate.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { MapLevel } from '../../domain/levels.ts';
import type { Model } from '../../data/model.ts';
import type { BoundaryFeature } from '../../data/schemas.ts';
import type { Translate } from '../../i18n/translate.ts';
import { fillColours, legendRows, NO_DATA_CLASS, SUPPRESSED_CLASS, type Choropleth } from '../choropleth.ts';
import { svgShapes } from '../geoSvg.ts';
import {
  areaName,
  bivariateBounds,
  cellText,
  indicatorLabel,
  indicatorWithYear,
  rangeText,
} from '../text.ts';
import { wrapText, type Figure, type Measure, type Prim } from './figure.ts';
import { kmPerLonDegree, scaleBar } from './scaleBar.ts';
import { reportCredits, type Credits } from './credits.ts';

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
  let bx = M;
  for (const mark of credits.marks) {
    const w = measure(mark, 13, true) + 20;
    prims.push({ t: 'rect', x: bx, y, w, h: 24, fill: '#fff4ce', stroke: '#8a5a00', width: 1.5 });
    text(bx + 10, y + 17, mark, 13, { bold: true, fill: '#5c3b00' });
    bx += w + 10;
  }
  if (credits.marks.length) y += 36;

  // Footer first (its height decides the map's).
  const footerLines = credits.lines.flatMap((l) => wrapText(measure, l, 12, width - 2 * M));
  const footerTop = height - M - footerLines.length * 17 + 4;
  footerLines.forEach((l, i) => text(M, footerTop + i * 17 + 8, l, 12, { fill: MUTED }));

  const bodyTop = y;
  const bodyBottom = footerTop - 18;
  const portrait = width < height;
  const legendW = portrait ? width - 2 * M : Math.min(340, Math.round(width * 0.3));
  const legend = legendPrims(input, legendW, measure);
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

/** The legend laid out at (0, 0) in a column `w` wide: its primitives and height. */
function legendPrims(input: MapFigureInput, w: number, measure: Measure): { prims: Prim[]; height: number } {
  const { model, ch, lang, t } = input;
  const prims: Prim[] = [];
  let y = 16;
  const line = (s: string, size = 13, extra: Partial<Prim & { t: 'text' }> = {}) => {
    for (const l of wrapText(measure, s, size, w, extra.bold)) {
      prims.push({ t: 'text', x: 0, y, text: l, size, fill: INK, ...extra });
      y += size + 5;
    }
  };
  line(
    `${t('legend.title')}: ${ch.since === null ? indicatorWithYear(ch.indicator, ch.year, lang, t) : indicatorLabel(ch.indicator, lang)}${ch.bivariate ? ` × ${indicatorLabel(ch.bivariate.y, lang)}` : ''}`,
    14,
    { bold: true },
  );
  y += 4;
  const count = (n: number) => (n === 1 ? t('legend.countOne') : t('legend.count', { count: n }));
  if (ch.bivariate) {
    const b = ch.bivariate;
    const cell = Math.min(52, Math.floor((w - 150) / 3));
    const gx = 130;
    const xb = bivariateBounds(b.breaks.x, ch.indicator, lang, t);
    const yb = bivariateBounds(b.breaks.y, b.y, lang, t);
    line(`↑ ${indicatorLabel(b.y, lang)}`, 12, { fill: MUTED });
    const top = y;
    for (const row of [2, 1, 0]) {
      const cy = top + (2 - row) * cell;
      prims.push({
        t: 'text',
        x: 0,
        y: cy + cell / 2,
        text: t(`bivariate.step${row}` as 'bivariate.step0'),
        size: 11,
        bold: true,
      });
      prims.push({ t: 'text', x: 0, y: cy + cell / 2 + 14, text: yb[row] ?? '', size: 10, fill: MUTED });
      for (const col of [0, 1, 2]) {
        const k = row * BIVARIATE_CLASSES + col;
        const cx = gx + col * cell;
        prims.push({
          t: 'rect',
          x: cx,
          y: cy,
          w: cell - 2,
          h: cell - 2,
          fill: ch.legend[k]!.colour,
          stroke: k === b.critical ? INK : '#ffffff',
          width: k === b.critical ? 2.5 : 1,
        });
        prims.push({
          t: 'text',
          x: cx + cell / 2 - 1,
          y: cy + cell / 2 - 2,
          text: String(k + 1),
          size: 13,
          bold: true,
          anchor: 'middle',
          halo: true,
        });
        prims.push({
          t: 'text',
          x: cx + cell / 2 - 1,
          y: cy + cell / 2 + 13,
          text: `(${ch.legend[k]!.count})`,
          size: 10,
          anchor: 'middle',
          halo: true,
        });
      }
    }
    y = top + 3 * cell + 14;
    for (const col of [0, 1, 2]) {
      prims.push({
        t: 'text',
        x: gx + col * cell + cell / 2,
        y,
        text: t(`bivariate.step${col}` as 'bivariate.step0'),
        size: 11,
        bold: true,
        anchor: 'middle',
      });
    }
    y += 16;
    line(`→ ${indicatorLabel(ch.indicator, lang)}: ${xb.filter(Boolean).join(' · ')}`, 11, { fill: MUTED });
    line(t('report.bivariateCounts'), 11, { fill: MUTED });
    const critical = ch.areas
      .filter((a) => ch.classOf.get(a) === b.critical)
      .map((a) => areaName(model, a, lang));
    y += 4;
    line(
      `${t('bivariate.critical', { n: b.critical + 1 })} ${critical.length ? critical.join(', ') : t('bivariate.none')}`,
      12,
      { bold: true },
    );
    for (const r of legendRows(ch).filter((r) => r.k < 0)) {
      prims.push({ t: 'rect', x: 0, y: y - 12, w: 22, h: 16, fill: r.colour, stroke: '#8a8a8a', width: 1 });
      prims.push({
        t: 'text',
        x: 30,
        y,
        text: `${r.k === NO_DATA_CLASS ? t('legend.noData') : t('legend.suppressed')}: ${count(r.count)}`,
        size: 12,
      });
      y += 22;
    }
  } else {
    const ind = ch.indicator;
    const cityClass =
      ch.city.kind === 'wert' && cityIsYardstick(ind.einheit)
        ? classIndex(roundToDisplay(ch.city.value, ind.einheit, ind.dezimalen), ch.scheme.thresholds)
        : null;
    for (const r of legendRows(ch)) {
      const label =
        r.k === NO_DATA_CLASS
          ? t('legend.noData')
          : r.k === SUPPRESSED_CLASS
            ? t('legend.suppressed')
            : rangeText(ch.legend[r.k]!, ind, lang, t);
      prims.push({ t: 'rect', x: 0, y: y - 13, w: 30, h: 20, fill: r.colour, stroke: '#8a8a8a', width: 1 });
      prims.push({
        t: 'text',
        x: 15,
        y: y + 2,
        text: r.k >= 0 ? String(r.k + 1) : r.k === SUPPRESSED_CLASS ? '·' : '–',
        size: 12,
        bold: true,
        anchor: 'middle',
        halo: true,
      });
      prims.push({ t: 'text', x: 40, y: y + 1, text: label, size: 13 });
      prims.push({ t: 'text', x: w, y: y + 1, text: count(r.count), size: 12, anchor: 'end', fill: MUTED });
      if (r.k === cityClass)
        prims.push({
          t: 'text',
          x: 40,
          y: y + 16,
          text: `◆ ${t('legend.city', { value: cellText(ch.city, ind, lang, t) })}`,
          size: 11,
          fill: MUTED,
        });
      y += r.k === cityClass ? 40 : 26;
    }
    if (cityClass === null)
      line(t('legend.city', { value: cellText(ch.city, ind, lang, t) }), 13, { bold: true });
    if (ch.scheme.centreIndex !== undefined)
      line(t(ch.since === null ? 'legend.centreNote' : 'legend.centreZero'), 11, { fill: MUTED });
    line(t('report.method', { method: t(`method.${ch.method}`) }), 11, { fill: MUTED });
  }
  line(t('report.numbers'), 11, { fill: MUTED });
  return { prims, height: y };
}

export type { Credits };
