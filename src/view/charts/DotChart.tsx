import { scaleLinear } from 'd3-scale';
import { formatValue } from '../../domain/format.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName, indicatorLabel } from '../text.ts';
import { CITY_COLOUR, type DotPanel } from './data.ts';
import { ChartProvenance } from './ChartParts.tsx';
import { Mark } from './marks.tsx';

export const DOT_WIDTH = 560;

/** Decimals the axis ticks need: none for whole steps, else one (in display units). */
export function tickDecimals(ticks: number[], unit?: string): number {
  const f = unit === 'anteil' ? 100 : 1;
  return ticks.every((v) => Number.isInteger(Math.round(v * f * 1e6) / 1e6)) ? 0 : 1;
}
const ROW = 30;
const PAD = 28;

/** Dot charts: per row one indicator, all rows of a panel on one scale; text alternative per row. */
export function DotChart({ model, panels }: { model: Model; panels: DotPanel[] }) {
  const { lang, t } = useI18n();
  return (
    <div className="dot-panels">
      {panels.map((p) => {
        const x = scaleLinear()
          .domain(p.domain)
          .nice()
          .range([PAD, DOT_WIDTH - PAD]);
        const unit = p.rows[0]!.indicator;
        const fmt = (v: number) => formatValue(lang, v, unit.einheit, tickDecimals(x.ticks(5), unit.einheit));
        return (
          <div className="dot-panel" key={p.unit}>
            {p.rows.map((r) => {
              const text = (v: number | undefined) =>
                v === undefined
                  ? t('value.noData')
                  : formatValue(lang, v, r.indicator.einheit, r.indicator.dezimalen);
              const alt = [
                ...r.values.map((v) => `${areaName(model, v.area, lang)} ${text(v.value)}`),
                ...(r.city === undefined ? [] : [`${t('charts.city')} ${text(r.city)}`]),
              ].join(', ');
              const range = r.range
                ? t('charts.range', { from: text(r.range[0]), to: text(r.range[1]) })
                : '';
              return (
                <div className="dot-row" key={r.indicator.id}>
                  <span className="dot-label">{indicatorLabel(r.indicator, lang)}</span>
                  <svg
                    viewBox={`0 0 ${DOT_WIDTH} ${ROW}`}
                    role="img"
                    aria-label={`${indicatorLabel(r.indicator, lang)}: ${alt}. ${range}`}
                  >
                    <line x1={PAD} x2={DOT_WIDTH - PAD} y1={ROW / 2} y2={ROW / 2} className="dot-track" />
                    {r.city === undefined && r.values.every((v) => v.value === undefined) && (
                      <text x={PAD} y={ROW / 2 - 3} className="dot-empty">
                        {t('value.noData')}
                      </text>
                    )}
                    {r.range && (
                      <rect
                        x={x(r.range[0])}
                        width={Math.max(2, x(r.range[1]) - x(r.range[0]))}
                        y={ROW / 2 - 5}
                        height={10}
                        className="dot-range"
                      />
                    )}
                    {r.city !== undefined && (
                      <line
                        x1={x(r.city)}
                        x2={x(r.city)}
                        y1={3}
                        y2={ROW - 3}
                        stroke={CITY_COLOUR}
                        strokeWidth={3}
                      />
                    )}
                    {r.values.map((v, i) =>
                      v.value === undefined ? null : (
                        <Mark key={v.area} index={i} x={x(v.value)} y={ROW / 2} />
                      ),
                    )}
                  </svg>
                </div>
              );
            })}
            <div className="dot-row dot-axis" aria-hidden="true">
              <span className="dot-label" />
              <svg viewBox={`0 0 ${DOT_WIDTH} 22`}>
                {x.ticks(5).map((tick) => (
                  <g key={tick} transform={`translate(${x(tick)},0)`}>
                    <line y1={0} y2={5} stroke="currentColor" />
                    <text y={18} textAnchor="middle">
                      {fmt(tick)}
                    </text>
                  </g>
                ))}
              </svg>
            </div>
            <ChartProvenance model={model} cells={p.rows.flatMap((r) => r.cells)} />
          </div>
        );
      })}
    </div>
  );
}
