import { BIVARIATE_CLASSES } from '../../domain/classify/bivariate.ts';
import { classIndex } from '../../domain/classify/breaks.ts';
import { cityIsYardstick, roundToDisplay } from '../../domain/format.ts';
import { legendRows, NO_DATA_CLASS, SUPPRESSED_CLASS } from '../choropleth.ts';
import {
  areaName,
  bivariateBounds,
  cellText,
  indicatorLabel,
  indicatorWithYear,
  rangeText,
} from '../text.ts';
import { wrapText, type Measure, type Prim } from './figure.ts';
import type { MapFigureInput } from './mapFigure.ts';

const INK = '#1a1a1a';
const MUTED = '#444444';

/** The legend laid out at (0, 0) in a column `w` wide: its primitives and height. */
export function legendFigure(
  input: MapFigureInput,
  w: number,
  measure: Measure,
): { prims: Prim[]; height: number } {
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
