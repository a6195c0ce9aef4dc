import { useMemo } from 'react';
import { SUPPRESSED_COLOUR, NO_DATA_COLOUR } from '../../domain/classify/palettes.ts';
import { FORECAST_YEARS, type AreaKey, type Year } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { mapLevelOf } from '../../domain/levels.ts';
import { useI18n } from '../../i18n/context.tsx';
import { svgShapes } from '../geoSvg.ts';
import type { ViewState } from '../../state/url.ts';
import { choropleth } from '../choropleth.ts';
import { areaName, cellText, indicatorLabel, rangeText, yearText } from '../text.ts';
import { ChartProvenance, ChartTable } from './ChartParts.tsx';
import { Mark } from './marks.tsx';

const W = 240;
const H = 240;
const forecast = (y: Year) => (FORECAST_YEARS as readonly number[]).includes(y);

/** The panel years: first and last observed, one between, and the last forecast year. */
export function panelYears(years: readonly Year[], forecast: (y: Year) => boolean): Year[] {
  const observed = years.filter((y) => !forecast(y));
  const ahead = years.filter(forecast);
  const mid = observed[Math.floor((observed.length - 1) / 2)];
  return [
    ...new Set([observed[0], mid, observed.at(-1), ahead.at(-1)].filter((y): y is Year => y !== undefined)),
  ];
}

/**
 * Small multiples of the chosen indicator: one map per year with the same class breaks (fixed over
 * all years), compared areas outlined and marked with their symbol.
 */
export function SmallMaps(props: { model: Model; state: ViewState; areas: readonly AreaKey[] }) {
  const { model, state, areas } = props;
  const { lang, t } = useI18n();
  const first = model.areas.get(areas[0]!)?.level;
  const level = mapLevelOf(first);
  const layer = model.boundaries[level];
  const { shapes, project } = useMemo(() => svgShapes(layer?.features ?? [], W, H), [layer]);
  // Computed when the data or the view changes, not on every render of the comparison.
  const maps = useMemo(
    () =>
      panelYears(model.years, forecast).map((jahr) =>
        choropleth(model, { ...state, ebene: level, jahr, fixiert: true, veraenderungSeit: null }),
      ),
    [model, state, level],
  );
  const legend = maps.at(-1)!;
  if (!layer || shapes.length === 0) return <p className="hint">{t('value.noData')}</p>;
  const ind = legend.indicator;
  return (
    <figure className="chart">
      <div className="small-maps">
        {maps.map((m) => (
          <figure key={m.year} className="small-map">
            <figcaption>
              {m.year}
              {forecast(m.year) ? ` (${t('value.forecast')})` : ''}
            </figcaption>
            <svg
              viewBox={`0 0 ${W} ${H}`}
              role="img"
              aria-label={t('charts.smallMapAlt', {
                year: yearText(ind, m.year, lang, t),
                indicator: indicatorLabel(ind, lang),
              })}
            >
              {shapes.map((s) => {
                const cell = m.cells.get(s.key);
                const fill =
                  cell?.kind === 'wert'
                    ? m.scheme.colours[m.classOf.get(s.key) ?? 0]
                    : cell?.kind === 'unterdrueckt'
                      ? SUPPRESSED_COLOUR
                      : NO_DATA_COLOUR;
                return <path key={s.key} d={s.d} fill={fill} stroke="#fff" strokeWidth={0.6} />;
              })}
              {shapes
                .filter((s) => areas.includes(s.key))
                .map((s) => (
                  <path key={`o${s.key}`} d={s.d} fill="none" stroke="#111" strokeWidth={2.2} />
                ))}
              {areas.map((a, i) => {
                const anchor = model.areas.get(a)?.anchor;
                const p = anchor && project(anchor);
                return p ? <Mark key={a} index={i} x={p[0]} y={p[1]} size={70} /> : null;
              })}
            </svg>
          </figure>
        ))}
      </div>
      <figcaption>
        <ul className="small-legend" aria-label={t('legend.title')}>
          {legend.legend.map((c) => (
            <li key={c.index}>
              <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
              {rangeText(c, ind, lang, t)}
            </li>
          ))}
          {maps.some((m) => m.suppressed > 0) && (
            <li>
              <span className="swatch" style={{ background: SUPPRESSED_COLOUR }} aria-hidden="true" />
              {t('value.suppressed')}
            </li>
          )}
          <li>
            <span className="swatch" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
            {t('value.noData')}
          </li>
        </ul>
        <p className="hint">{t('charts.smallMapsNote')}</p>
      </figcaption>
      <ChartProvenance model={model} cells={maps.flatMap((m) => [...m.cells.values()])} />
      <ChartTable
        caption={indicatorLabel(ind, lang)}
        head={
          <>
            <tr>
              <th scope="col">{t('table.name')}</th>
              {maps.map((m) => (
                <th scope="col" key={m.year}>
                  {m.year}
                </th>
              ))}
            </tr>
          </>
        }
      >
        {areas.map((a) => (
          <tr key={a}>
            <th scope="row">{areaName(model, a, lang)}</th>
            {maps.map((m) => {
              const cell = m.cells.get(a);
              const k = m.classOf.get(a);
              return (
                <td key={m.year} className="num">
                  {cellText(cell, ind, lang, t)}
                  {k !== undefined ? ` · ${t('charts.class', { k: k + 1, n: m.scheme.colours.length })}` : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </ChartTable>
    </figure>
  );
}
