import type { AggregationContext } from './aggregate.ts';
import { aggregate } from './aggregate.ts';
import type { Unit } from './format.ts';
import { FORECAST_YEARS, type AreaKey, type IndicatorId, type Year } from './ids.ts';
import { cellOf, weakest, type Cell, type ValueContext } from './values.ts';

/**
 * Change maps: how an indicator changed from a base year to the shown year. Shares (and other
 * values in per cent) change in percentage points; counts, rates and means in per cent of their
 * base value. Both ends are the cells the map would show (aggregated from the finest level's
 * numerators and denominators, small numbers suppressed), so a change never hides a suppression;
 * a change in per cent on a small base is suppressed too (a village going from 2 to 4 is no
 * "+100 %" to map).
 */
export type ChangeKind = 'pp' | 'prozent';

/** How a change of a value in `unit` is measured. */
export const changeKind = (unit: Unit): ChangeKind => (unit === 'anteil' ? 'pp' : 'prozent');

/** The unit a change is shown in (see format.ts): points, or per cent of the base value. */
export const changeUnit = (kind: ChangeKind): Unit => (kind === 'pp' ? 'pp' : 'veraenderung');

/**
 * Below this base a change in per cent is suppressed: counts (residents, facilities) and, for
 * rates and means, the count they rest on (the denominator or the weight) in the base year.
 */
export const MIN_CHANGE_BASE = 20;

/** The amount a change in per cent rests on in the base year (the value, or its denominator). */
function baseAmount(ctx: AggregationContext, id: IndicatorId, area: AreaKey, base: Year, value: number) {
  const rule = ctx.rule(id);
  if (!rule || rule.art === 'summe' || rule.art === 'summe_aus') return value;
  if (rule.art === 'verhaeltnis') return aggregate(ctx, rule.nenner, area, base);
  if (rule.art === 'mittel') return aggregate(ctx, rule.gewicht, area, base);
  return undefined;
}

/** The change of `id` for `area` from `base` to `year`, as a cell with both ends' provenance. */
export function changeCell(
  ctx: ValueContext,
  id: IndicatorId,
  unit: Unit,
  area: AreaKey,
  base: Year,
  year: Year,
): Cell {
  const from = cellOf(ctx, id, area, base);
  const to = cellOf(ctx, id, area, year);
  if (from.kind === 'fehlt') return from;
  if (to.kind === 'fehlt') return to;
  const status = weakest([from.status, to.status])!;
  const sources = [...new Set([...from.sources, ...to.sources])];
  const forecast = (FORECAST_YEARS as readonly number[]).some((y) => y === year || y === base);
  const prov = { status, sources, forecast };
  if (from.kind === 'unterdrueckt' || to.kind === 'unterdrueckt') return { kind: 'unterdrueckt', ...prov };
  if (changeKind(unit) === 'pp') return { kind: 'wert', value: to.value - from.value, ...prov };
  const amount = baseAmount(ctx, id, area, base, from.value);
  if (from.value === 0 || amount === undefined || Math.abs(amount) < MIN_CHANGE_BASE)
    return { kind: 'unterdrueckt', ...prov };
  return { kind: 'wert', value: (to.value - from.value) / Math.abs(from.value), ...prov };
}
