import { toCsv, type CsvCell } from '../../domain/compare/csv.ts';
import { dataLanguage, displayNumber, UNIT_NAME, type Language } from '../../domain/format.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { Cell } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import type { Indicator } from '../../data/schemas.ts';
import type { Translate } from '../../i18n/translate.ts';
import { classKeyOf, type Choropleth } from '../choropleth.ts';
import { classLabel } from '../Legend.tsx';
import { areaName, indicatorLabel } from '../text.ts';
import { sourceCredit } from './credits.ts';

/** A table as every export writes it: a header, rows of plain cells, and notes below. */
export interface ReportTable {
  header: string[];
  rows: CsvCell[][];
  notes: string[];
}

/** A value as a number in the unit it is shown in (a share in %), or null: never a made-up number. */
export const shownNumber = (
  cell: Cell | undefined,
  ind: Pick<Indicator, 'einheit' | 'dezimalen'>,
): number | null => (cell?.kind === 'wert' ? displayNumber(cell.value, ind.einheit, ind.dezimalen) : null);

/** "Beispielwert", "amtlich (Prognose)", "unterdrückt", "keine Daten" — the table's status column. */
export function statusText(cell: Cell | undefined, t: Translate): string {
  if (!cell || cell.kind === 'fehlt') return t('value.noData');
  const status = t(`status.${cell.status}`) + (cell.forecast ? ` (${t('value.forecast')})` : '');
  return cell.kind === 'unterdrueckt' ? `${t('value.suppressed')} – ${status}` : status;
}

const sourcesOf = (model: Model, cell: Cell | undefined, lang: Language) =>
  cell && cell.kind !== 'fehlt' ? cell.sources.map((s) => sourceCredit(model, s, lang)).join(' | ') : null;

/**
 * The explorer's table as a download: one row per area (sorted by rank, as the table opens) and
 * one for the whole territory, with key, level, indicator, unit, year, value, class with its
 * bounds, rank, status, statistical symbol and source; a bivariate map adds the second measure.
 */
export function mapTable(
  model: Model,
  ch: Choropleth,
  levelName: string,
  lang: Language,
  t: Translate,
  notes: readonly string[],
): ReportTable {
  const de = dataLanguage(lang) === 'de';
  const ind = ch.indicator;
  const y = ch.bivariate;
  const header = [
    t('table.name'),
    de ? 'Schlüssel' : 'Key',
    t('table.head.level'),
    t('table.head.indicator'),
    t('table.head.unit'),
    t('table.head.year'),
    t('table.value'),
    ...(y ? [`${t('table.value')}: ${indicatorLabel(y.y, lang)}`, `${t('table.head.unit')} 2`] : []),
    t('table.class'),
    t('table.head.classBounds'),
    t('table.rank'),
    t('table.status'),
    t('table.head.symbol'),
    t('table.head.source'),
  ];
  const row = (
    a: AreaKey,
    level: string,
    cell: Cell | undefined,
    yCell: Cell | undefined,
    own: boolean,
  ): CsvCell[] => {
    const k = own ? classKeyOf(ch, a) : null;
    const symbol = cell && cell.kind !== 'wert' ? (cell.zeichen ?? null) : null;
    return [
      areaName(model, a, lang),
      a,
      level,
      indicatorLabel(ind, lang),
      UNIT_NAME[ind.einheit][dataLanguage(lang)],
      ch.since === null ? ch.year : `${ch.since}–${ch.year}`,
      shownNumber(cell, ind),
      ...(y ? [shownNumber(yCell, y.y), UNIT_NAME[y.y.einheit][dataLanguage(lang)]] : []),
      k !== null && k >= 0 ? k + 1 : null,
      k === null ? null : classLabel(ch, k, lang, t),
      own ? (ch.rank.get(a) ?? null) : null,
      statusText(cell, t),
      symbol,
      sourcesOf(model, cell, lang),
    ];
  };
  const rank = (a: AreaKey) => ch.rank.get(a) ?? Infinity;
  const sorted = [...ch.areas].sort(
    (a, b) => rank(a) - rank(b) || areaName(model, a, lang).localeCompare(areaName(model, b, lang), lang),
  );
  const rows = sorted.map((a) => row(a, levelName, ch.cells.get(a), y?.yCells.get(a), true));
  rows.push(row(model.rootKey, t('level.one.gesamt'), ch.city, y?.yCity, false));
  return { header, rows, notes: [...notes] };
}

/** The table as CSV for German Excel (toCsv: BOM, `;`, decimal commas, formulas neutralised). */
export const reportCsv = (table: ReportTable): string =>
  toCsv([table.header, ...table.rows, [], ...table.notes.map((n) => [n])]);
