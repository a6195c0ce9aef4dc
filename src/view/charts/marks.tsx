import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName } from '../text.ts';
import { AREA_MARKS, CITY_COLOUR, type Shape } from './data.ts';

export const SYMBOLS: Record<Shape, SymbolType> = {
  kreis: symbolCircle,
  quadrat: symbolSquare,
  dreieck: symbolTriangle,
  raute: symbolDiamond,
};

/** Path of an area's mark, centred on 0,0 (size in px² as d3 counts it). */
export const markPath = (index: number, size = 90) =>
  symbol(SYMBOLS[AREA_MARKS[index % AREA_MARKS.length]!.shape], size)() ?? '';

export function Mark({ index, x, y, size }: { index: number; x: number; y: number; size?: number }) {
  const m = AREA_MARKS[index % AREA_MARKS.length]!;
  return (
    <path
      d={markPath(index, size)}
      transform={`translate(${x},${y})`}
      fill={m.colour}
      stroke="#fff"
      strokeWidth={1}
    />
  );
}

/** Which mark is which area; the city is a black vertical stroke. */
export function AreaLegend({ model, areas }: { model: Model; areas: readonly AreaKey[] }) {
  const { lang, t } = useI18n();
  return (
    <ul className="chart-legend" aria-label={t('charts.legend')}>
      {areas.map((a, i) => (
        <li key={a}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <Mark index={i} x={8} y={8} size={110} />
          </svg>
          {areaName(model, a, lang)}
        </li>
      ))}
      <li>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <line x1="8" x2="8" y1="1" y2="15" stroke={CITY_COLOUR} strokeWidth={3} />
        </svg>
        {t('charts.city')}
      </li>
    </ul>
  );
}
