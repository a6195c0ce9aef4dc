import { dataLanguage, type Language } from '../../domain/format.ts';
import type { MapLevel } from '../../domain/levels.ts';
import { weakest, type Cell } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Choropleth } from '../choropleth.ts';
import { sourceTitle } from '../../data/model.ts';

export interface Credits {
  /** Marks shown prominently ("Beispielwerte – keine amtlichen Zahlen", "Grenzen schematisch"). */
  marks: string[];
  /** Datenstand, sources with publisher and licence, the values' status, boundaries, the tool. */
  lines: string[];
}

/** Every value a choropleth shows (both axes of a bivariate map, the city). */
export function shownCells(ch: Choropleth): Cell[] {
  return [
    ...ch.cells.values(),
    ch.city,
    ...(ch.bivariate ? [...ch.bivariate.yCells.values(), ch.bivariate.yCity] : []),
  ];
}

/** A source as credits name it: "Titel (Herausgeber, Lizenz, Stand …)". */
export function sourceCredit(model: Model, id: string, lang: Language): string {
  const s = model.sources.get(id);
  if (!s) return id;
  return `${sourceTitle(model, id, lang)} (${[s.herausgeber, s.lizenz, s.stichtag].filter(Boolean).join(', ')})`;
}

/** The provenance of a map export, as the screen shows it (status marks, sources, Datenstand). */
export function reportCredits(
  model: Model,
  ch: Choropleth,
  level: MapLevel,
  lang: Language,
  t: Translate,
  boundaryNote: string | null,
): Credits {
  const cells = shownCells(ch).filter((c): c is Exclude<Cell, { kind: 'fehlt' }> => c.kind !== 'fehlt');
  const sources = [...new Set(cells.flatMap((c) => c.sources))];
  const status = weakest(cells.map((c) => c.status));
  const forecast = cells.some((c) => c.forecast);
  const sample = cells.some((c) => c.status === 'beispiel');
  const marks = [
    ...(sample ? [t('report.sampleMark')] : []),
    ...(forecast ? [t('report.forecastMark')] : []),
    ...(boundaryNote ? [boundaryNote] : []),
  ];
  const layer = model.boundaries[level];
  const lines = [
    ch.since !== null
      ? t('report.dateChange', { since: ch.since, year: ch.year })
      : forecast
        ? t('report.dateForecast', { year: ch.year })
        : t('report.date', { year: ch.year }),
    `${t('report.sources')}: ${sources.length ? sources.map((s) => sourceCredit(model, s, lang)).join('; ') : '–'}`,
    ...(status ? [t('report.status', { status: t(`status.${status}`) })] : []),
    ...(layer ? [t('report.boundaries', { attribution: layer.attribution })] : []),
    t('report.made', { titel: model.manifest.titel[dataLanguage(lang)] }),
  ];
  return { marks, lines };
}
