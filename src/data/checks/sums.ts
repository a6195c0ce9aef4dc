import { aggregate } from '../../domain/aggregate.ts';
import { POPULATION } from '../../domain/ids.ts';
import { FINEST } from '../../domain/levels.ts';
import { obsKey, PACKAGE_FILES as F } from '../package.ts';
import type { ValueContext } from './context.ts';

/** Stated shares may come from a slightly different base than our counts (see data/README.md). */
const SHARE_TOLERANCE = 0.001;

/**
 * Sums: age bands add up to the population; computed shares lie in [0, 1]; stated higher-level
 * values match the aggregate of their areas on the finest level.
 */
export function checkSums({ pkg, issues, areas, indicators, values, agg: ctx }: ValueContext): void {
  const ortsteile = pkg.areas.filter((a) => a.ebene === FINEST).map((a) => a.schluessel);
  const bands = pkg.catalogue.indikatoren.filter((i) => i.pyramide).map((i) => i.id);
  const years = [...new Set(pkg.observations.map((o) => o.jahr))].sort();
  const shares = pkg.catalogue.indikatoren.filter(
    (i) => i.einheit === 'anteil' && i.aggregation.art === 'verhaeltnis',
  );
  for (const o of ortsteile)
    for (const y of years) {
      const e = values.get(obsKey(o, POPULATION, y));
      if (e === undefined) continue;
      const sum = bands.reduce<number | undefined>((s, b) => {
        const v = values.get(obsKey(o, b, y));
        return s === undefined || v === undefined ? undefined : s + v;
      }, 0);
      if (bands.length > 0 && sum !== undefined && sum !== e)
        issues.add(
          F.beobachtungen,
          `Altersgruppen ergeben ${sum}, Einwohner ${e}`,
          `Gebiet ${o}, Jahr ${y}`,
          'wert',
        );
      for (const s of shares) {
        const v = aggregate(ctx, s.id, o, y);
        if (v !== undefined && (v < 0 || v > 1))
          issues.add(
            F.beobachtungen,
            `berechneter Anteil ${s.id} = ${v.toFixed(3)} liegt nicht in [0, 1] (Zähler größer als Nenner)`,
            `Gebiet ${o}, Jahr ${y}`,
            'wert',
          );
      }
    }
  pkg.observations.forEach((o, n) => {
    if (areas.get(o.gebiet)?.ebene === FINEST || !areas.has(o.gebiet)) return;
    const ind = indicators.get(o.indikator);
    if (!ind) return;
    const agg = aggregate(ctx, o.indikator, o.gebiet, o.jahr);
    if (agg === undefined) return;
    const tol = ind.einheit === 'anteil' ? SHARE_TOLERANCE : 0.5 + 10 ** -ind.dezimalen / 2;
    if (Math.abs(agg - o.wert) > tol)
      issues.add(
        F.beobachtungen,
        `angegebener Wert ${o.wert} passt nicht zur Summe der ${pkg.manifest.ebenen[0]!.namen.de.many} (${+agg.toFixed(4)})`,
        `Zeile ${pkg.observationLines[n]}`,
        'wert',
      );
  });
}
