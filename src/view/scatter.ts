import { cityIsYardstick, type Language } from '../domain/format.ts';
import type { AreaKey } from '../domain/ids.ts';
import { linearFit, outliers, strengthOf, type LinearFit } from '../domain/scatter/correlation.ts';
import type { Model } from '../data/model.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Choropleth } from './choropleth.ts';
import { areaName, cellText, indicatorLabel, yearText } from './text.ts';

/** One area of the scatter plot: its values on both axes and its demand × supply cell (0–8). */
export interface ScatterPoint {
  key: AreaKey;
  x: number;
  y: number;
  cell: number;
}

export interface ScatterData {
  points: ScatterPoint[];
  /** Areas without a value (or with a suppressed one) on either axis: not plotted, but named. */
  missing: AreaKey[];
  /** The whole territory's point, where both values are rates or shares (a total is no yardstick). */
  city: { x: number; y: number } | null;
  /** Why the territory has no point: its value is a total on an axis, or it has none. */
  cityNote: 'summe' | 'fehlt' | null;
  fit: LinearFit | undefined;
  /** The areas far from the cloud, farthest first (labelled in the plot). */
  outliers: AreaKey[];
  xDomain: [number, number];
  yDomain: [number, number];
}

/** How many outliers are labelled: a few for the Ortsteile, more for a large territory. */
export const outlierLabels = (n: number) => (n <= 60 ? 4 : 8);

/**
 * The scatter plot of a demand × supply choropleth (`ch.bivariate`): x is the map's indicator (its
 * level or change), y the second; both in the units they are shown in.
 */
export function scatterData(ch: Choropleth): ScatterData {
  const b = ch.bivariate!;
  const points: ScatterPoint[] = [];
  const missing: AreaKey[] = [];
  for (const a of ch.areas) {
    const cx = ch.cells.get(a);
    const cy = b.yCells.get(a);
    const cell = ch.classOf.get(a);
    if (cx?.kind === 'wert' && cy?.kind === 'wert' && cell !== undefined)
      points.push({ key: a, x: cx.value, y: cy.value, cell });
    else missing.push(a);
  }
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const yardstick = cityIsYardstick(ch.indicator.einheit) && cityIsYardstick(b.y.einheit);
  const city =
    yardstick && ch.city.kind === 'wert' && b.yCity.kind === 'wert'
      ? { x: ch.city.value, y: b.yCity.value }
      : null;
  const extent = (v: number[], extra: number | undefined): [number, number] => {
    const all = extra === undefined ? v : [...v, extra];
    if (all.length === 0) return [0, 1];
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  };
  return {
    points,
    missing,
    city,
    cityNote: city ? null : yardstick ? 'fehlt' : 'summe',
    fit: linearFit(xs, ys),
    outliers: outliers(xs, ys, outlierLabels(points.length)).map((i) => points[i]!.key),
    xDomain: extent(xs, city?.x),
    yDomain: extent(ys, city?.y),
  };
}

/** r in words: "mäßiger positiver Zusammenhang (r = 0,42)". */
export function correlationText(fit: LinearFit | undefined, lang: Language, t: Translate): string {
  if (!fit) return t('scatter.noFit');
  const { strength, direction } = strengthOf(fit.r);
  const r = fit.r.toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const key =
    strength === 'keiner' || direction === null
      ? 'scatter.strength.keiner'
      : (`scatter.strength.${strength}.${direction}` as const);
  return t(key, { r: r.replace('-', '−') });
}

/**
 * The text alternative of the plot: what is plotted, how the two go together, the labelled areas,
 * the territory's point and what is left out.
 */
export function scatterSummary(
  model: Model,
  ch: Choropleth,
  data: ScatterData,
  lang: Language,
  t: Translate,
  levelName: string,
): string {
  const b = ch.bivariate!;
  const name = (a: AreaKey) => areaName(model, a, lang);
  const parts = [
    t('scatter.summary', {
      n: data.points.length,
      level: levelName,
      x: indicatorLabel(ch.indicator, lang),
      y: indicatorLabel(b.y, lang),
      year: yearText(b.y, ch.year, lang, t),
      fit: correlationText(data.fit, lang, t),
    }),
  ];
  if (data.fit) parts.push(t('scatter.caution'));
  if (data.outliers.length)
    parts.push(
      t('scatter.outliers', {
        areas: data.outliers
          .map(
            (a) =>
              `${name(a)} (${cellText(ch.cells.get(a), ch.indicator, lang, t)}; ${cellText(b.yCells.get(a), b.y, lang, t)})`,
          )
          .join(', '),
      }),
    );
  const critical = data.points.filter((p) => p.cell === b.critical).map((p) => name(p.key));
  parts.push(
    t('scatter.critical', {
      n: ch.bivariate!.critical + 1,
      areas: critical.length ? critical.join(', ') : t('bivariate.none'),
    }),
  );
  parts.push(
    data.city
      ? t('scatter.city', {
          x: cellText(ch.city, ch.indicator, lang, t),
          y: cellText(b.yCity, b.y, lang, t),
        })
      : t(data.cityNote === 'summe' ? 'scatter.citySum' : 'scatter.cityNone'),
  );
  if (data.missing.length)
    parts.push(
      t(data.missing.length === 1 ? 'scatter.missingOne' : 'scatter.missing', {
        n: data.missing.length,
        areas: data.missing.slice(0, 8).map(name).join(', '),
      }),
    );
  const text = parts.join(' ');
  return ch.anyBeispiel ? text + t('summary.sample') : text;
}
