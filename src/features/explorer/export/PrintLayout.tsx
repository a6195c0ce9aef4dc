import { useLayoutEffect } from 'react';
import { createPortal } from 'react-dom';
import { dataLanguage, INTL_LOCALE, UNIT_NAME } from '../../../domain/format.ts';
import { useI18n } from '../../../i18n/context.tsx';
import { FigureSvg } from '../../../view/report/FigureSvg.tsx';
import { currentFigure, currentTable, type MapExportInput } from '../../../view/report/exports.ts';
import { indicatorLabel } from '../../../view/text.ts';

/**
 * The print pages of the map view: page 1 the map figure in A4 landscape (legend and credits as in
 * the PNG), page 2 the table of values with the same credits. Shown only in print (`print-report`
 * on the body hides the app, see styles).
 */
export function PrintLayout({ input }: { input: MapExportInput }) {
  const { lang, t } = useI18n();
  const fig = currentFigure(input, 'a4-quer');
  const full = currentTable(input);
  // The title names indicator, level and year, the notes the sources: the page keeps the rest.
  const left = new Set([
    t('table.head.level'),
    t('table.head.indicator'),
    t('table.head.unit'),
    t('table.head.year'),
    t('table.head.symbol'),
    t('table.head.source'),
  ]);
  const keep = full.header.map((h, i) => (left.has(h) ? -1 : i)).filter((i) => i >= 0);
  // Without the unit column, the value's header names the unit.
  const unit = UNIT_NAME[input.ch.indicator.einheit][dataLanguage(lang)];
  const head = (h: string) => (h === t('table.value') ? `${h} (${unit})` : h);
  const table = {
    header: keep.map((i) => head(full.header[i]!)),
    rows: full.rows.map((r) => keep.map((i) => r[i])),
    notes: full.notes,
  };
  useLayoutEffect(() => {
    document.body.classList.add('print-report');
    return () => document.body.classList.remove('print-report');
  }, []);
  return createPortal(
    <div className="print-layout" data-testid="druckansicht">
      <section className="print-page">
        <FigureSvg fig={fig} className="print-figure" />
      </section>
      <section className="print-page print-table">
        <h1>
          {t('print.tableTitle', {
            indicator: indicatorLabel(input.ch.indicator, lang),
            level: input.levelName,
            year: String(input.ch.year),
          })}
        </h1>
        <table>
          <thead>
            <tr>
              {table.header.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j} className={typeof c === 'number' ? 'num' : undefined}>
                      {typeof c === 'number' ? c.toLocaleString(INTL_LOCALE[lang]) : (c ?? '')}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {table.notes.map((n, i) => (
          <p key={i} className="print-note">
            {n}
          </p>
        ))}
      </section>
    </div>,
    document.body,
  );
}
