import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { splitForecast } from '../../domain/compare/series.ts';
import { formatValue } from '../../domain/format.ts';
import type { Model } from '../../data/model.ts';
import type { Indicator } from '../../data/schemas.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName, indicatorLabel } from '../text.ts';
import { AREA_MARKS, CITY_COLOUR, type Series } from './data.ts';
import { ChartProvenance, ChartTable } from './ChartParts.tsx';
import { Mark } from './marks.tsx';

const W = 640;
const H = 280;
const M = { top: 16, right: 16, bottom: 28, left: 64 };

/** The chosen indicator over time; forecast years dashed and shaded, with a table alternative. */
export function TimeSeries({
  model,
  indicator,
  series,
}: {
  model: Model;
  indicator: Indicator;
  series: Series[];
}) {
  const { lang, t } = useI18n();
  const pts = series.flatMap((s) => s.points);
  const years = [...new Set(pts.map((p) => p.year))].sort((a, b) => a - b);
  if (pts.length === 0 || years.length === 0) return <p className="hint">{t('value.noData')}</p>;
  const values = pts.map((p) => p.value);
  const lo = Math.min(...values);
  const x = scaleLinear()
    .domain([years[0]!, years.at(-1)!])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([
      indicator.einheit === 'anteil' || indicator.einheit === 'personen' ? Math.min(0, lo) : lo,
      Math.max(...values),
    ])
    .nice()
    .range([H - M.bottom, M.top]);
  const path = line<{ year: number; value: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  const lastObserved = Math.max(...pts.filter((p) => !p.forecast).map((p) => p.year));
  const fmt = (v: number) => formatValue(lang, v, indicator.einheit, indicator.dezimalen);
  const colour = (i: number, area: string) =>
    area === model.rootKey ? CITY_COLOUR : AREA_MARKS[i % AREA_MARKS.length]!.colour;
  const last = (s: Series) => s.points.at(-1);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('charts.seriesAlt', {
          indicator: indicatorLabel(indicator, lang),
          text: series
            .map((s) => {
              const first = s.points[0];
              const end = last(s);
              return first && end
                ? `${areaName(model, s.area, lang)} ${first.year} ${fmt(first.value)}, ${end.year} ${fmt(end.value)}`
                : `${areaName(model, s.area, lang)} –`;
            })
            .join('; '),
        })}
      >
        {Number.isFinite(lastObserved) && lastObserved < years.at(-1)! && (
          <g className="forecast-zone">
            <rect
              x={x(lastObserved)}
              width={x(years.at(-1)!) - x(lastObserved)}
              y={M.top}
              height={H - M.top - M.bottom}
            />
            <text x={x(lastObserved) + 6} y={M.top + 14}>
              {t('value.forecast')}
            </text>
          </g>
        )}
        {y.ticks(5).map((tick) => (
          <g key={tick} className="grid">
            <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} />
            <text x={M.left - 6} y={y(tick) + 4} textAnchor="end">
              {fmt(tick)}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text key={yr} x={x(yr)} y={H - 8} textAnchor="middle" className="tick">
            {yr % 2 === 0 || yr > lastObserved ? yr : ''}
          </text>
        ))}
        {series.map((s, i) => {
          const { observed, forecast } = splitForecast(s.points);
          const c = colour(i, s.area);
          return (
            <g key={s.area}>
              <path
                d={path(observed) ?? ''}
                fill="none"
                stroke={c}
                strokeWidth={s.area === model.rootKey ? 3 : 2}
              />
              <path
                d={path(forecast) ?? ''}
                fill="none"
                stroke={c}
                strokeWidth={s.area === model.rootKey ? 3 : 2}
                strokeDasharray="6 4"
              />
              {s.area !== model.rootKey &&
                s.points.map((p) => <Mark key={p.year} index={i} x={x(p.year)} y={y(p.value)} size={40} />)}
            </g>
          );
        })}
      </svg>
      {series.some((s) => s.area === model.rootKey) && (
        <figcaption className="hint">{t('charts.seriesNote')}</figcaption>
      )}
      <ChartProvenance model={model} cells={series.flatMap((x) => x.points.map((p) => p.cell))} />
      <ChartTable
        caption={
          <>
            {indicatorLabel(indicator, lang)} {years[0]}–{years.at(-1)}
          </>
        }
        head={
          <>
            <tr>
              <th scope="col">{t('charts.year')}</th>
              {series.map((s) => (
                <th scope="col" key={s.area}>
                  {areaName(model, s.area, lang)}
                </th>
              ))}
            </tr>
          </>
        }
      >
        {years.map((yr) => (
          <tr key={yr}>
            <th scope="row">
              {yr}
              {yr > lastObserved ? ` (${t('value.forecast')})` : ''}
            </th>
            {series.map((s) => {
              const p = s.points.find((q) => q.year === yr);
              return (
                <td key={s.area} className="num">
                  {p ? fmt(p.value) : t('value.noData')}
                </td>
              );
            })}
          </tr>
        ))}
      </ChartTable>
    </figure>
  );
}
