import { toCsv, type CsvCell } from '../../domain/compare/csv.ts';
import { dataLanguage, displayNumber, isExtensive, UNIT_NAME, type Language } from '../../domain/format.ts';
import { type AreaKey, type Year } from '../../domain/ids.ts';
import type { Cell } from '../../domain/values.ts';
import { sourceTitle, type Model } from '../../data/model.ts';
import type { Translate } from '../../i18n/translate.ts';
import { areaName, indicatorLabel } from '../../view/text.ts';
import type { compareRows } from '../../view/compare/rows.ts';

/**
 * The comparison as a CSV for German Excel: one line per indicator and area (the city included),
 * with unit, status and source columns, shares in percent and differences in percentage points,
 * and a last line with the reference date and the sources.
 */
export function comparisonCsv(
  model: Model,
  groups: ReturnType<typeof compareRows>,
  year: Year,
  lang: Language,
  t: Translate,
): string {
  const de = dataLanguage(lang) === 'de';
  const rows: CsvCell[][] = [
    de
      ? [
          'Handlungsfeld',
          'Kennzahl',
          'Einheit',
          'Gebiet',
          'Schlüssel',
          'Jahr',
          'Wert',
          `Unterschied zu ${model.manifest.gebiet.de.name}`,
          'Rang',
          'von',
          'Status',
          'Quelle',
        ]
      : [
          'Field of action',
          'Indicator',
          'Unit',
          'Area',
          'Key',
          'Year',
          'Value',
          `Difference to ${model.manifest.gebiet.en.name}`,
          'Rank',
          'of',
          'Status',
          'Source',
        ],
  ];
  const used = new Set<string>();
  for (const { group, rows: list } of groups)
    for (const r of list) {
      const ind = r.indicator;
      const round = (x: number) => displayNumber(x, ind.einheit, ind.dezimalen);
      const line = (area: AreaKey, cell: Cell, diff?: number, rank?: number, of?: number): CsvCell[] => {
        if (cell.kind !== 'fehlt') cell.sources.forEach((s) => used.add(s));
        return [
          de ? group.label_de : group.label_en,
          indicatorLabel(ind, lang),
          UNIT_NAME[ind.einheit][dataLanguage(lang)],
          areaName(model, area, lang),
          area,
          year,
          cell.kind === 'wert' ? round(cell.value) : null,
          // Counts and areas differ from the city by its size: no difference column for them.
          diff === undefined || isExtensive(ind.einheit) ? null : round(diff),
          rank ?? null,
          rank === undefined ? null : (of ?? null),
          cell.kind === 'fehlt'
            ? t('value.noData')
            : cell.kind === 'unterdrueckt'
              ? t('value.suppressed')
              : t(`status.${cell.status}`) + (cell.forecast ? ` (${t('value.forecast')})` : ''),
          cell.kind === 'fehlt' ? null : cell.sources.map((s) => sourceTitle(model, s, lang)).join(' | '),
        ];
      };
      for (const c of r.cells)
        rows.push(line(c.area, c.cell, c.compared.diff, c.compared.rank, c.compared.of));
      rows.push(line(model.rootKey, r.city));
    }
  rows.push([]);
  rows.push([
    de ? `Datenstand: 31.12.${year}` : `Reference date: 31 Dec ${year}`,
    (de ? 'Quellen: ' : 'Sources: ') + [...used].map((s) => sourceTitle(model, s, lang)).join(' | '),
    de
      ? 'Beispielwerte sind erzeugt und keine amtlichen Zahlen; Grenzen schematisch (Näherung).'
      : 'Sample values are generated, not official figures; boundaries schematic (approximation).',
  ]);
  return toCsv(rows);
}
