import { dataLanguage, UNIT_NAME, type Language } from '../../domain/format.ts';
import { FORECAST_YEARS, type AreaKey, type Status, type Year } from '../../domain/ids.ts';

const isForecastYear = (y: number) => (FORECAST_YEARS as readonly number[]).includes(y);
import { cellOf, type Cell } from '../../domain/values.ts';
import type { MapLevel } from '../../domain/levels.ts';
import type { Model } from '../../data/model.ts';
import type { Indicator } from '../../data/schemas.ts';
import type { Translate } from '../../i18n/translate.ts';
import { indicatorLabel } from '../text.ts';

/** The indicator's name for another id of the catalogue (its parts, numerator, weight). */
const nameOf = (model: Model, id: string, lang: Language) => {
  const ind = model.indicators.get(id as Indicator['id']);
  return ind ? indicatorLabel(ind, lang) : id;
};

/** How the indicator is computed and aggregated to coarser levels, in words. */
export function formulaText(model: Model, ind: Indicator, lang: Language, t: Translate): string {
  const a = ind.aggregation;
  switch (a.art) {
    case 'summe':
      return t('formula.summe');
    case 'summe_aus':
      return t('formula.summe_aus', { parts: a.teile.map((p) => nameOf(model, p, lang)).join(' + ') });
    case 'verhaeltnis':
      return t('formula.verhaeltnis', {
        zaehler: nameOf(model, a.zaehler, lang),
        nenner: nameOf(model, a.nenner, lang),
        factor: a.faktor === 1 ? '' : t('formula.factor', { f: a.faktor }),
      });
    case 'mittel':
      return t('formula.mittel', { gewicht: nameOf(model, a.gewicht, lang) });
    case 'veraenderung':
      return t('formula.veraenderung', { basis: nameOf(model, a.basis, lang), jahre: a.jahre });
  }
}

/** The same as a formula in symbols over an area g and year j, e.g. "x(g, j) = Σ z ÷ Σ n". */
export function formulaSymbols(ind: Indicator): string {
  const a = ind.aggregation;
  const id = ind.id;
  switch (a.art) {
    case 'summe':
      return `${id}(G, j) = Σ_{o ∈ G} ${id}(o, j)`;
    case 'summe_aus':
      return `${id}(G, j) = ${a.teile.map((p) => `Σ_{o ∈ G} ${p}(o, j)`).join(' + ')}`;
    case 'verhaeltnis':
      return `${id}(G, j) = Σ_{o ∈ G} ${a.zaehler}(o, j) ÷ Σ_{o ∈ G} ${a.nenner}(o, j)${a.faktor === 1 ? '' : ` × ${a.faktor}`}`;
    case 'mittel':
      return `${id}(G, j) = Σ_{o ∈ G} ${id}(o, j) · ${a.gewicht}(o, j) ÷ Σ_{o ∈ G} ${a.gewicht}(o, j)`;
    case 'veraenderung':
      return `${id}(G, j) = Σ_{o ∈ G} ${a.basis}(o, j) ÷ Σ_{o ∈ G} ${a.basis}(o, j − ${a.jahre}) − 1`;
  }
}

/** The small-number rule in words (every rule the indicator has, or "none"). */
export function smallNumberText(ind: Indicator, t: Translate): string {
  const k = ind.kleinzahl;
  const parts = [
    ...(k.min_nenner ? [t('sheet.smallNumbers.nenner', { n: k.min_nenner })] : []),
    ...(k.min_anzahl ? [t('sheet.smallNumbers.anzahl', { n: k.min_anzahl })] : []),
    ...(k.min_gewicht ? [t('sheet.smallNumbers.gewicht', { n: k.min_gewicht })] : []),
  ];
  return parts.length ? parts.join(' ') : t('sheet.smallNumbers.none');
}

export const unitName = (ind: Indicator, lang: Language): string =>
  UNIT_NAME[ind.einheit][dataLanguage(lang)];

/** The Handlungsfeld (catalogue group) of an indicator in the reader's language. */
export function fieldName(model: Model, ind: Indicator, lang: Language): string {
  const g = model.catalogue.gruppen.find((x) => x.id === ind.gruppe);
  return g ? indicatorLabel(g, lang) : ind.gruppe;
}

export interface LevelCoverage {
  level: MapLevel | 'gesamt';
  years: Year[];
  /** Areas with a value in the last year that has any, and the level's number of areas. */
  valued: number;
  of: number;
  statuses: Status[];
  sources: string[];
}

/** Which years and levels have values, with their statuses and sources. */
export function coverage(model: Model, ind: Indicator): LevelCoverage[] {
  const levels: { level: MapLevel | 'gesamt'; areas: AreaKey[] }[] = [
    ...model.mapLevels.map((l) => ({ level: l, areas: model.byLevel[l] })),
    { level: 'gesamt', areas: [model.rootKey] },
  ];
  return levels.map(({ level, areas }) => {
    const byYear = model.years.map((y) => ({ y, cells: areas.map((a) => cellOf(model.ctx, ind.id, a, y)) }));
    const withValues = byYear.filter((b) => b.cells.some((c) => c.kind !== 'fehlt'));
    // Counted in the last observed year, as the map opens (a forecast may cover fewer areas).
    const last = withValues.filter((b) => !isForecastYear(b.y)).at(-1) ?? withValues.at(-1);
    const present = withValues
      .flatMap((b) => b.cells)
      .filter((c): c is Exclude<Cell, { kind: 'fehlt' }> => c.kind !== 'fehlt');
    return {
      level,
      years: withValues.map((b) => b.y),
      valued: last ? last.cells.filter((c) => c.kind === 'wert').length : 0,
      of: areas.length,
      statuses: [...new Set(present.map((c) => c.status))],
      sources: [...new Set(present.flatMap((c) => c.sources))],
    };
  });
}

/** "2014–2024, 2030, 2035": runs of consecutive years joined. */
export function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
