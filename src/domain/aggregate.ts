import { yearsBefore, type AreaKey, type IndicatorId, type Year } from './ids.ts';

/** How an indicator is derived and aggregated (mirrors the catalogue's `aggregation`). */
export type AggregationRule =
  | { art: 'summe' }
  | { art: 'summe_aus'; teile: readonly IndicatorId[] }
  | { art: 'verhaeltnis'; zaehler: IndicatorId; nenner: IndicatorId; faktor: number }
  | { art: 'mittel'; gewicht: IndicatorId }
  | { art: 'veraenderung'; basis: IndicatorId; jahre: number };

export interface AggregationContext {
  rule(id: IndicatorId): AggregationRule | undefined;
  /** A stored Ortsteil value. */
  base(area: AreaKey, id: IndicatorId, year: Year): number | undefined;
  /** The Ortsteile that make up an area (an Ortsteil is made of itself). */
  ortsteile(area: AreaKey): readonly AreaKey[];
}

/**
 * The value of an indicator for any area from Ortsteil data, by the catalogue's rule: counts are
 * summed; ratios are recomputed from summed numerators and denominators, never averaged; means are
 * weighted. Undefined when any input is missing or a denominator is zero.
 */
export function aggregate(
  ctx: AggregationContext,
  id: IndicatorId,
  area: AreaKey,
  year: Year,
): number | undefined {
  const rule = ctx.rule(id);
  if (!rule) return undefined;
  const parts = ctx.ortsteile(area);
  switch (rule.art) {
    case 'summe': {
      let s = 0;
      for (const o of parts) {
        const v = ctx.base(o, id, year);
        if (v === undefined) return undefined;
        s += v;
      }
      return parts.length ? s : undefined;
    }
    case 'summe_aus': {
      let s = 0;
      for (const t of rule.teile) {
        const v = aggregate(ctx, t, area, year);
        if (v === undefined) return undefined;
        s += v;
      }
      return s;
    }
    case 'verhaeltnis': {
      const z = aggregate(ctx, rule.zaehler, area, year);
      const n = aggregate(ctx, rule.nenner, area, year);
      return z === undefined || n === undefined || n === 0 ? undefined : (z / n) * rule.faktor;
    }
    case 'mittel': {
      let sw = 0;
      let swv = 0;
      for (const o of parts) {
        const w = aggregate(ctx, rule.gewicht, o, year);
        if (w === undefined) return undefined;
        if (w === 0) continue;
        const v = ctx.base(o, id, year);
        if (v === undefined) return undefined;
        sw += w;
        swv += w * v;
      }
      return sw === 0 ? undefined : swv / sw;
    }
    case 'veraenderung': {
      const now = aggregate(ctx, rule.basis, area, year);
      const before = aggregate(ctx, rule.basis, area, yearsBefore(year, rule.jahre));
      return now === undefined || before === undefined || before === 0 ? undefined : now / before - 1;
    }
  }
}
