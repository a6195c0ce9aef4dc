import { toCsv, type CsvCell } from '../domain/compare/csv.ts';
import { dataLanguage, displayNumber, UNIT_NAME, type Language } from '../domain/format.ts';
import type { AreaKey } from '../domain/ids.ts';
import type { Cell } from '../domain/values.ts';
import { sourceTitle, type Model } from '../data/model.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Choropleth } from './choropleth.ts';
import { correlationText, type ScatterData } from './scatter.ts';
import { areaName, indicatorWithYear } from './text.ts';

/**
 * The scatter plot as a CSV for German Excel: one line per area of the level (the plotted ones
 * and those left out, which have empty value cells and say why), then the territory, then r, the
 * line, the reference date, the sources and the status note. Values in the units shown; texts
 * that Excel would run as a formula are neutralised by toCsv.
 */
export function scatterCsv(
  model: Model,
  ch: Choropleth,
  data: ScatterData,
  lang: Language,
  t: Translate,
  levelName: string,
): string {
  const de = dataLanguage(lang) === 'de';
  const b = ch.bivariate!;
  const x = ch.indicator;
  const y = b.y;
  const col = (ind: typeof x) =>
    `${indicatorWithYear(ind, ch.year, lang, t)} (${UNIT_NAME[ind.einheit][dataLanguage(lang)]})`;
  const used = new Set<string>();
  const value = (cell: Cell | undefined, ind: typeof x): CsvCell => {
    if (!cell || cell.kind === 'fehlt') return null;
    cell.sources.forEach((s) => used.add(s));
    return cell.kind === 'wert' ? displayNumber(cell.value, ind.einheit, ind.dezimalen) : null;
  };
  const state = (cell: Cell | undefined): string =>
    !cell || cell.kind === 'fehlt'
      ? t('value.noData')
      : cell.kind === 'unterdrueckt'
        ? t('value.suppressed')
        : t(`status.${cell.status}`) + (cell.forecast ? ` (${t('value.forecast')})` : '');
  const cellOf = new Map(data.points.map((p) => [p.key, p.cell]));
  const outlying = new Set(data.outliers);
  const rows: CsvCell[][] = [
    [
      t('scatter.label', {
        level: levelName,
        x: indicatorWithYear(x, ch.year, lang, t),
        y: indicatorWithYear(y, ch.year, lang, t),
        year: ch.year,
      }),
    ],
    de
      ? [
          'Gebiet',
          'Schlüssel',
          col(x),
          col(y),
          'Zelle (1–9)',
          'Abseits der Punktwolke',
          `Status ${col(x)}`,
          `Status ${col(y)}`,
          'Quelle',
        ]
      : [
          'Area',
          'Key',
          col(x),
          col(y),
          'Cell (1–9)',
          'Away from the cloud',
          `Status ${col(x)}`,
          `Status ${col(y)}`,
          'Source',
        ],
  ];
  const line = (a: AreaKey, cx: Cell | undefined, cy: Cell | undefined, cell?: number): CsvCell[] => [
    areaName(model, a, lang),
    a,
    value(cx, x),
    value(cy, y),
    cell === undefined ? null : cell + 1,
    outlying.has(a) ? (de ? 'ja' : 'yes') : null,
    state(cx),
    state(cy),
    [
      ...new Set([
        ...(cx && cx.kind !== 'fehlt' ? cx.sources : []),
        ...(cy && cy.kind !== 'fehlt' ? cy.sources : []),
      ]),
    ]
      .map((s) => sourceTitle(model, s, lang))
      .join(' | '),
  ];
  // x's own cell, not the combined one the bivariate map keeps (which is missing when y is).
  const xCell = (a: AreaKey): Cell | undefined => {
    const c = ch.cells.get(a);
    return c?.kind === 'fehlt' && b.yCells.get(a)?.kind !== 'fehlt' ? undefined : c;
  };
  for (const a of ch.areas) rows.push(line(a, xCell(a), b.yCells.get(a), cellOf.get(a)));
  rows.push(line(model.rootKey, ch.city, b.yCity));
  rows.push([]);
  const fit = data.fit;
  // Display units per stored unit (a share's 1 is 100 %).
  const perUnit = (u: typeof x.einheit) => displayNumber(1, u, 0);
  const num = (v: number) =>
    v.toLocaleString(de ? 'de-DE' : 'en-GB', { maximumFractionDigits: 4, useGrouping: false });
  rows.push([de ? 'Zusammenhang' : 'Relationship', correlationText(fit, lang, t)]);
  if (fit)
    rows.push([
      de ? 'Regressionsgerade (in den gezeigten Einheiten)' : 'Regression line (in the units shown)',
      `y = ${num(displayNumber(fit.intercept, y.einheit, 4))} + ${num((fit.slope * perUnit(y.einheit)) / perUnit(x.einheit))} · x`,
      `n = ${fit.n}`,
    ]);
  rows.push([
    de ? `Zelle ${ch.bivariate!.critical + 1}` : `Cell ${ch.bivariate!.critical + 1}`,
    de ? 'hoher Bedarf, geringe Versorgung' : 'high demand, low supply',
  ]);
  rows.push([
    de ? `Datenstand: 31.12.${ch.year}` : `Reference date: 31 Dec ${ch.year}`,
    (de ? 'Quellen: ' : 'Sources: ') + [...used].map((s) => sourceTitle(model, s, lang)).join(' | '),
    ch.anyBeispiel
      ? de
        ? 'Beispielwerte sind erzeugt und keine amtlichen Zahlen.'
        : 'Sample values are generated, not official figures.'
      : null,
  ]);
  return toCsv(rows);
}
