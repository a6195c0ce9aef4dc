import { aggregate, type AggregationContext } from '../domain/aggregate.ts';
import { FIRST_YEAR, FORECAST_YEARS, LAST_YEAR, type IndicatorId, type Year } from '../domain/ids.ts';
import { IssueList, type Issue } from './issues.ts';
import { ortsteileResolver } from './model.ts';
import { obsKey, PACKAGE_FILES as F, type DataPackage } from './package.ts';
import { levelOfKey, MAP_LEVELS, PARENT_LEVEL } from '../domain/levels.ts';

/** Stated shares may come from a slightly different base than our counts (see data/README.md). */
const SHARE_TOLERANCE = 0.001;
const EXPECTED_FEATURES = { ortsteil: 24, stadtteil: 9, stadtbezirk: 2 } as const;

/**
 * Cross-file rules of the package: keys exist, years sane, shares in [0, 1], sums consistent,
 * every value has a known source, every geometry key has data and vice versa.
 */
export function checkPackage(pkg: DataPackage): Issue[] {
  const issues = new IssueList();
  const areas = new Map(pkg.areas.map((a) => [a.schluessel as string, a]));
  const indicators = new Map(pkg.catalogue.indikatoren.map((i) => [i.id as string, i]));
  const sources = new Set(pkg.sources.map((s) => s.id as string));
  const groups = new Set(pkg.catalogue.gruppen.map((g) => g.id));

  // Registry: hierarchy.
  for (const a of pkg.areas) {
    const expected = PARENT_LEVEL[a.ebene];
    const parent = a.eltern ? areas.get(a.eltern) : undefined;
    if (expected && (!parent || parent.ebene !== expected))
      issues.add(
        F.gebiete,
        `Elterngebiet „${a.eltern}“ fehlt oder ist kein(e) ${expected}`,
        `Gebiet ${a.schluessel}`,
        'eltern',
      );
    if (!sources.has(a.quelle))
      issues.add(F.gebiete, `unbekannte Quelle „${a.quelle}“`, `Gebiet ${a.schluessel}`, 'quelle');
  }
  // Catalogue: references between indicators and groups.
  for (const i of pkg.catalogue.indikatoren) {
    if (!groups.has(i.gruppe))
      issues.add(F.indikatoren, `unbekannte Gruppe „${i.gruppe}“`, `Indikator ${i.id}`, 'gruppe');
    const agg = i.aggregation;
    const refs =
      agg.art === 'summe_aus'
        ? agg.teile
        : agg.art === 'verhaeltnis'
          ? [agg.zaehler, agg.nenner]
          : agg.art === 'mittel'
            ? [agg.gewicht]
            : agg.art === 'veraenderung'
              ? [agg.basis]
              : [];
    for (const r of refs)
      if (!indicators.has(r))
        issues.add(
          F.indikatoren,
          `verweist auf unbekannten Indikator „${r}“`,
          `Indikator ${i.id}`,
          'aggregation',
        );
    if (agg.art === 'summe' && i.einheit === 'anteil')
      issues.add(
        F.indikatoren,
        'ein Anteil darf nicht summiert werden (aggregation.art = verhaeltnis)',
        `Indikator ${i.id}`,
        'aggregation',
      );
  }

  // Observations: keys, years, sources, ranges, duplicates.
  const values = new Map<string, number>();
  pkg.observations.forEach((o, n) => {
    const ort = `Zeile ${pkg.observationLines[n]}`;
    const ind = indicators.get(o.indikator);
    if (!areas.has(o.gebiet))
      issues.add(F.beobachtungen, `unbekannter Gebietsschlüssel „${o.gebiet}“`, ort, 'gebiet');
    if (!ind) issues.add(F.beobachtungen, `unbekannter Indikator „${o.indikator}“`, ort, 'indikator');
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
    if (ind?.einheit === 'anteil' && ind.aggregation.art === 'verhaeltnis' && (o.wert < 0 || o.wert > 1))
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
    const k = obsKey(o.gebiet, o.indikator, o.jahr);
    if (values.has(k))
      issues.add(F.beobachtungen, `doppelter Wert für ${o.gebiet}/${o.indikator}/${o.jahr}`, ort, 'gebiet');
    values.set(k, o.wert);
  });

  // Sums: age bands add up to the population; computed shares in [0, 1]; stated higher-level values
  // match the aggregate of their Ortsteile.
  const ortsteile = pkg.areas.filter((a) => a.ebene === 'ortsteil').map((a) => a.schluessel);
  const ortsteileOf = ortsteileResolver(pkg.areas);
  const ctx: AggregationContext = {
    rule: (id) => indicators.get(id)?.aggregation,
    base: (a, id, y) => values.get(obsKey(a, id, y)),
    ortsteile: ortsteileOf,
  };
  const bands = pkg.catalogue.indikatoren.filter((i) => i.pyramide).map((i) => i.id);
  const years = [...new Set(pkg.observations.map((o) => o.jahr))].sort();
  const shares = pkg.catalogue.indikatoren.filter(
    (i) => i.einheit === 'anteil' && i.aggregation.art === 'verhaeltnis',
  );
  for (const o of ortsteile)
    for (const y of years) {
      const e = values.get(obsKey(o, 'einwohner', y));
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
    if (levelOfKey(o.gebiet) === 'ortsteil' || !areas.has(o.gebiet)) return;
    const ind = indicators.get(o.indikator);
    if (!ind) return;
    const agg = aggregate(ctx, o.indikator, o.gebiet, o.jahr);
    if (agg === undefined) return;
    const tol = ind.einheit === 'anteil' ? SHARE_TOLERANCE : 0.5 + 10 ** -ind.dezimalen / 2;
    if (Math.abs(agg - o.wert) > tol)
      issues.add(
        F.beobachtungen,
        `angegebener Wert ${o.wert} passt nicht zur Summe der Ortsteile (${+agg.toFixed(4)})`,
        `Zeile ${pkg.observationLines[n]}`,
        'wert',
      );
  });

  // Facilities: sources.
  for (const fac of pkg.facilities)
    if (!sources.has(fac.properties.quelle))
      issues.add(
        F.einrichtungen,
        `unbekannte Quelle „${fac.properties.quelle}“`,
        `Einrichtung ${fac.id}`,
        'properties.quelle',
      );

  // Geometry ↔ registry ↔ data.
  for (const level of MAP_LEVELS) {
    const file = F[`${level}e`];
    const layer = pkg.boundaries[level];
    if (!layer) continue;
    if (!sources.has(layer.quelle))
      issues.add(file, `unbekannte Quelle „${layer.quelle}“`, undefined, 'quelle');
    if (layer.features.length !== EXPECTED_FEATURES[level])
      issues.add(file, `${layer.features.length} Features, erwartet ${EXPECTED_FEATURES[level]}`);
    const seen = new Set<string>();
    for (const feat of layer.features) {
      const k = feat.properties.schluessel;
      if (seen.has(k)) issues.add(file, `Schlüssel ${k} doppelt`, `Feature ${k}`, 'properties.schluessel');
      seen.add(k);
      if (areas.get(k)?.ebene !== level)
        issues.add(
          file,
          `Schlüssel ${k} ist kein(e) ${level} im Gebietsverzeichnis`,
          `Feature ${k}`,
          'properties.schluessel',
        );
      else if (
        !values.has(obsKey(k, 'einwohner', LAST_YEAR)) &&
        aggregate(ctx, 'einwohner' as IndicatorId, k, LAST_YEAR as Year) === undefined
      )
        issues.add(
          file,
          `keine Einwohnerdaten für ${k} (${LAST_YEAR})`,
          `Feature ${k}`,
          'properties.schluessel',
        );
      for (const poly of feat.geometry.type === 'Polygon'
        ? [feat.geometry.coordinates]
        : feat.geometry.coordinates)
        poly.forEach((ring, r) => {
          const a = ring[0]!;
          const b = ring.at(-1)!;
          if (a[0] !== b[0] || a[1] !== b[1])
            issues.add(file, `Ring ${r + 1} ist nicht geschlossen`, `Feature ${k}`, 'geometry.coordinates');
        });
    }
    for (const a of pkg.areas)
      if (a.ebene === level && !seen.has(a.schluessel))
        issues.add(file, `keine Geometrie für ${a.schluessel} ${a.name}`, `Gebiet ${a.schluessel}`);
  }
  return issues.items;
}
