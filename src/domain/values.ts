import { aggregate, type AggregationContext, type AggregationRule } from './aggregate.ts';
import {
  FORECAST_YEARS,
  yearsBefore,
  type AreaKey,
  type IndicatorId,
  type SourceId,
  type Status,
  type Year,
} from './ids.ts';
import { SYMBOL_INFO, type StatSymbol } from './symbols.ts';

/** The small-number rule of an indicator (see the catalogue's `kleinzahl`). */
export interface SmallNumberRule {
  min_nenner?: number | undefined;
  min_anzahl?: number | undefined;
  min_gewicht?: number | undefined;
}

export interface ValueContext extends AggregationContext {
  /** Source (id and status) of a stored Ortsteil value. */
  baseSource(area: AreaKey, id: IndicatorId, year: Year): { id: SourceId; status: Status } | undefined;
  smallNumbers(id: IndicatorId): SmallNumberRule;
  /**
   * A value the package states for an area above the finest level (a Kreis total, a Stadtteil's
   * published figure), with its own source: shown instead of the aggregate, which data:check holds
   * it to (checks/sums.ts), so the number agrees and the status is the publication's.
   */
  stated?(
    area: AreaKey,
    id: IndicatorId,
    year: Year,
  ): { value: number; id: SourceId; status: Status } | undefined;
  /** The statistical symbol stored for an Ortsteil instead of a value (– . x / …), with its source. */
  symbol?(
    area: AreaKey,
    id: IndicatorId,
    year: Year,
  ): { zeichen: StatSymbol; id: SourceId; status: Status } | undefined;
}

/** One area's value of one indicator in one year, as shown on the map, in the table and the panel. */
export type Cell =
  | { kind: 'wert'; value: number; status: Status; sources: SourceId[]; forecast: boolean }
  /** Too few people behind it: suppressed to protect privacy and avoid noise. */
  | { kind: 'unterdrueckt'; status: Status; sources: SourceId[]; forecast: boolean; zeichen?: StatSymbol }
  /** No value; `zeichen` when the source gives a reason (– nichts vorhanden, x gesperrt, … noch nicht). */
  | { kind: 'fehlt'; zeichen?: StatSymbol };

const STATUS_RANK: Record<Status, number> = { amtlich: 0, sekundaer: 1, naeherung: 2, beispiel: 3 };

/** The weakest of several statuses: a value is only as official as its least official input. */
export function weakest(statuses: Iterable<Status>): Status | undefined {
  let worst: Status | undefined;
  for (const s of statuses) if (worst === undefined || STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}

/** The stored indicators (and years) a derived value is computed from. */
export function storedInputs(
  ctx: AggregationContext,
  id: IndicatorId,
  year: Year,
): { id: IndicatorId; year: Year }[] {
  const rule: AggregationRule | undefined = ctx.rule(id);
  if (!rule) return [];
  switch (rule.art) {
    case 'summe':
      return [{ id, year }];
    case 'summe_aus':
      return rule.teile.flatMap((t) => storedInputs(ctx, t, year));
    case 'verhaeltnis':
      return [...storedInputs(ctx, rule.zaehler, year), ...storedInputs(ctx, rule.nenner, year)];
    case 'mittel':
      return [{ id, year }, ...storedInputs(ctx, rule.gewicht, year)];
    case 'veraenderung':
      return [
        ...storedInputs(ctx, rule.basis, year),
        ...storedInputs(ctx, rule.basis, yearsBefore(year, rule.jahre)),
      ];
  }
}

/** The amount the small-number rule looks at, or undefined when the rule does not apply. */
function smallNumberBase(ctx: ValueContext, id: IndicatorId, area: AreaKey, year: Year, value: number) {
  const rule = ctx.rule(id);
  const sn = ctx.smallNumbers(id);
  if (!rule) return undefined;
  if ((rule.art === 'summe' || rule.art === 'summe_aus') && sn.min_anzahl !== undefined)
    return { amount: value, min: sn.min_anzahl };
  const amount = (a: number | undefined, min: number) => (a === undefined ? undefined : { amount: a, min });
  if (rule.art === 'verhaeltnis' && sn.min_nenner !== undefined)
    return amount(aggregate(ctx, rule.nenner, area, year), sn.min_nenner);
  if (rule.art === 'veraenderung' && sn.min_nenner !== undefined)
    return amount(aggregate(ctx, rule.basis, area, yearsBefore(year, rule.jahre)), sn.min_nenner);
  if (rule.art === 'mittel' && sn.min_gewicht !== undefined)
    return amount(aggregate(ctx, rule.gewicht, area, year), sn.min_gewicht);
  return undefined;
}

/**
 * A cell without a value, told by the symbol of an input where the source gives one: a withheld
 * value (. /) is suppressed with its provenance, others (– x …) are missing with their reason.
 */
function missing(ctx: ValueContext, id: IndicatorId, area: AreaKey, year: Year): Cell {
  if (!ctx.symbol) return { kind: 'fehlt' };
  for (const o of ctx.ortsteile(area))
    for (const inp of storedInputs(ctx, id, year)) {
      const s = ctx.symbol(o, inp.id, inp.year);
      if (!s) continue;
      if (SYMBOL_INFO[s.zeichen].art === 'fehlt') return { kind: 'fehlt', zeichen: s.zeichen };
      const forecast = (FORECAST_YEARS as readonly number[]).includes(year);
      return { kind: 'unterdrueckt', status: s.status, sources: [s.id], forecast, zeichen: s.zeichen };
    }
  return { kind: 'fehlt' };
}

/** The cell for an area of any level: aggregated from Ortsteil data, small numbers suppressed. */
export function cellOf(ctx: ValueContext, id: IndicatorId, area: AreaKey, year: Year): Cell {
  const stated = ctx.stated?.(area, id, year);
  if (stated) {
    const small = smallNumberBase(ctx, id, area, year, stated.value);
    const prov = { status: stated.status, sources: [stated.id] };
    const forecast = (FORECAST_YEARS as readonly number[]).includes(year);
    return small && small.amount < small.min
      ? { kind: 'unterdrueckt', ...prov, forecast }
      : { kind: 'wert', value: stated.value, ...prov, forecast };
  }
  const value = aggregate(ctx, id, area, year);
  // A share of nobody (an Ortsteil without residents) is a small number, not missing data.
  const small = smallNumberBase(ctx, id, area, year, value ?? 0);
  const derived = ['verhaeltnis', 'veraenderung', 'mittel'].includes(ctx.rule(id)?.art ?? '');
  if (value === undefined && !(derived && small && small.amount < small.min))
    return missing(ctx, id, area, year);
  // Provenance: every source behind the value, and the weakest status among them.
  const statuses: Status[] = [];
  const sources = new Set<SourceId>();
  const parts = ctx.ortsteile(area);
  // An Ortsteil's own mean is its stored value: the weight only matters when areas are combined.
  const single = parts.length === 1 && parts[0] === area && ctx.rule(id)?.art === 'mittel';
  for (const o of parts)
    for (const inp of single ? [{ id, year }] : storedInputs(ctx, id, year)) {
      const src = ctx.baseSource(o, inp.id, inp.year);
      if (!src) continue;
      statuses.push(src.status);
      sources.add(src.id);
    }
  const prov = { status: weakest(statuses) ?? 'beispiel', sources: [...sources] };
  const forecast = (FORECAST_YEARS as readonly number[]).includes(year);
  if (value === undefined || (small && small.amount < small.min))
    return { kind: 'unterdrueckt', ...prov, forecast };
  return { kind: 'wert', value, ...prov, forecast };
}

/** Cells for a list of areas. */
export function cellsOf(
  ctx: ValueContext,
  id: IndicatorId,
  areas: readonly AreaKey[],
  year: Year,
): Map<AreaKey, Cell> {
  return new Map(areas.map((a) => [a, cellOf(ctx, id, a, year)]));
}

/** The weakest status and every source of values shown together (a chart, a table, an image). */
export function provenanceOf(cells: Iterable<Cell>): { status: Status | undefined; sources: SourceId[] } {
  const statuses: Status[] = [];
  const sources = new Set<SourceId>();
  for (const c of cells) {
    if (c.kind === 'fehlt') continue;
    statuses.push(c.status);
    c.sources.forEach((s) => sources.add(s));
  }
  return { status: weakest(statuses), sources: [...sources] };
}
