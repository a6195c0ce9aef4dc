import { FIRST_YEAR, FORECAST_YEARS, LAST_YEAR } from '../../domain/ids.ts';
import { obsKey, PACKAGE_FILES as F } from '../package.ts';
import type { CheckContext } from './context.ts';

/**
 * Observations and symbol rows: keys, years, sources, ranges and duplicates (a value and a symbol
 * for the same place are a duplicate too). Returns every value by obsKey.
 */
export function checkObservations({
  pkg,
  issues,
  areas,
  indicators,
  sources,
}: CheckContext): Map<string, number> {
  const values = new Map<string, number>();
  const seen = new Set<string>();
  /** What every row has, a value or a symbol: keys, source, year, forecast mark, no duplicate. */
  const common = (o: (typeof pkg.observations)[number] | (typeof pkg.symbols)[number], ort: string) => {
    if (!areas.has(o.gebiet))
      issues.add(F.beobachtungen, `unbekannter Gebietsschlüssel „${o.gebiet}“`, ort, 'gebiet');
    if (!indicators.has(o.indikator))
      issues.add(F.beobachtungen, `unbekannter Indikator „${o.indikator}“`, ort, 'indikator');
    if (!sources.has(o.quelle)) issues.add(F.beobachtungen, `unbekannte Quelle „${o.quelle}“`, ort, 'quelle');
    const isForecastYear = (FORECAST_YEARS as readonly number[]).includes(o.jahr);
    if (!isForecastYear && (o.jahr < FIRST_YEAR || o.jahr > LAST_YEAR))
      issues.add(
        F.beobachtungen,
        `Jahr ${o.jahr} außerhalb ${FIRST_YEAR}–${LAST_YEAR} und keine Prognosejahr (${FORECAST_YEARS.join(', ')})`,
        ort,
        'jahr',
      );
    if (o.prognose !== isForecastYear)
      issues.add(
        F.beobachtungen,
        isForecastYear
          ? `Prognosejahr ${o.jahr} nicht als prognose=1 markiert`
          : `prognose=1 in einem Ist-Jahr (${o.jahr})`,
        ort,
        'prognose',
      );
    const k = obsKey(o.gebiet, o.indikator, o.jahr);
    if (seen.has(k))
      issues.add(F.beobachtungen, `doppelter Wert für ${o.gebiet}/${o.indikator}/${o.jahr}`, ort, 'gebiet');
    seen.add(k);
    return k;
  };
  pkg.observations.forEach((o, n) => {
    const ort = `Zeile ${pkg.observationLines[n]}`;
    const k = common(o, ort);
    const ind = indicators.get(o.indikator);
    if (ind?.einheit === 'anteil' && ind.aggregation.art !== 'veraenderung' && (o.wert < 0 || o.wert > 1))
      issues.add(
        F.beobachtungen,
        `Anteil ${o.wert} liegt nicht in [0, 1] (Anteile als Dezimalzahl, z. B. 0,206)`,
        ort,
        'wert',
      );
    if ((ind?.einheit === 'personen' || ind?.einheit === 'km2') && o.wert < 0)
      issues.add(
        F.beobachtungen,
        `negative ${ind.einheit === 'km2' ? 'Fläche' : 'Anzahl'} ${o.wert}`,
        ort,
        'wert',
      );
    values.set(k, o.wert);
  });
  pkg.symbols.forEach((o, n) => common(o, `Zeile ${pkg.symbolLines[n]}`));
  return values;
}
