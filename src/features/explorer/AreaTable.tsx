import { memo, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { Choropleth } from '../../view/choropleth.ts';
import { classKeyOf, classLabel } from '../../view/Legend.tsx';
import { areaName, cellText, indicatorLabel, yearText } from '../../view/text.ts';
import { Provenance } from '../../view/Provenance.tsx';

type Column = 'name' | 'value' | 'rank';

/**
 * The map as a table: every area with value, class, rank and status. Sortable by column header
 * buttons; each row's name is a button that selects the area (and the map follows). Hovering or
 * focusing a row marks the area on the map and in the scatter plot (`onHover`), and the area
 * marked there is marked here (useRowMark) — by a class set on one row, so a table of thousands of
 * rows is not rendered again on every pointer move (the table is memoised; pass stable callbacks).
 */
export const AreaTable = memo(function AreaTable(props: {
  model: Model;
  ch: Choropleth;
  levelName: string;
  selected: AreaKey | null;
  onSelect: (key: AreaKey) => void;
  /** With supply indicators: a button per row opens the area's ledger. */
  onLedger?: ((key: AreaKey) => void) | undefined;
  /** Areas in the comparison, and how to add or remove one. */
  compared?: readonly AreaKey[];
  onCompare?: ((key: AreaKey) => void) | undefined;
  /** The table body, for useRowMark (the hovered area's row). */
  bodyRef?: RefObject<HTMLTableSectionElement | null>;
  onHover?: ((key: AreaKey | null) => void) | undefined;
  /** Shown after the caption's text (the link to the indicator's Indikatorenblatt). */
  captionExtra?: ReactNode;
}) {
  const { lang, t } = useI18n();
  const { ch, model, bodyRef } = props;
  const [sort, setSort] = useState<{ col: Column; asc: boolean }>({ col: 'rank', asc: true });
  const rows = useMemo(() => {
    const name = (a: AreaKey) => areaName(model, a, lang);
    const rank = (a: AreaKey) => ch.rank.get(a) ?? Infinity;
    const cmp: Record<Column, (a: AreaKey, b: AreaKey) => number> = {
      name: (a, b) => name(a).localeCompare(name(b), lang),
      rank: (a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b), lang),
      value: (a, b) => rank(b) - rank(a) || name(a).localeCompare(name(b), lang),
    };
    const sorted = [...ch.areas].sort(cmp[sort.col]);
    return sort.asc ? sorted : sorted.reverse();
  }, [ch, model, lang, sort]);
  const header = (col: Column, label: string) => (
    <th scope="col" aria-sort={sort.col === col ? (sort.asc ? 'ascending' : 'descending') : undefined}>
      <button
        type="button"
        onClick={() => setSort((s) => ({ col, asc: s.col === col ? !s.asc : true }))}
        aria-label={t('table.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true">{sort.col === col ? (sort.asc ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  return (
    <div className="table-wrap" role="region" aria-labelledby="table-caption" tabIndex={0}>
      <table className="area-table" data-testid="tabelle">
        <caption id="table-caption">
          {t('table.caption', {
            indicator: indicatorLabel(ch.indicator, lang),
            year: yearText(ch.indicator, ch.year, lang, t),
            level: props.levelName,
          })}
          {props.captionExtra && <> · {props.captionExtra}</>}
        </caption>
        <thead>
          <tr>
            {header('name', t('table.name'))}
            {header('value', t('table.value'))}
            {ch.bivariate && <th scope="col">{indicatorLabel(ch.bivariate.y, lang)}</th>}
            <th scope="col">{t('table.class')}</th>
            {header('rank', t('table.rank'))}
            <th scope="col">{t('table.status')}</th>
            {props.onLedger && <th scope="col">{t('supply.ledgerCol')}</th>}
            {props.onCompare && <th scope="col">{t('table.compare')}</th>}
          </tr>
        </thead>
        <tbody
          ref={bodyRef}
          onMouseOver={(e) => {
            const key = (e.target as Element).closest('tr')?.getAttribute('data-key');
            const area = key ? model.areaKey(key) : undefined;
            if (area) props.onHover?.(area);
          }}
          onMouseLeave={() => props.onHover?.(null)}
          onFocus={(e) => {
            const key = (e.target as Element).closest('tr')?.getAttribute('data-key');
            const area = key ? model.areaKey(key) : undefined;
            if (area) props.onHover?.(area);
          }}
        >
          {rows.map((a) => {
            const cell = ch.cells.get(a);
            const k = classKeyOf(ch, a);
            const colour = k >= 0 ? ch.legend[k]?.colour : undefined;
            const selected = a === props.selected;
            return (
              <tr
                key={a}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                data-key={a}
                data-colour={colour ?? (k === -1 ? 'keine-daten' : 'unterdrueckt')}
              >
                <th scope="row">
                  <button type="button" aria-pressed={selected} onClick={() => props.onSelect(a)}>
                    {areaName(model, a, lang)}
                  </button>
                </th>
                <td className="num">
                  {cellText(
                    ch.bivariate ? ((cell?.kind === 'wert' ? cell : undefined) ?? cell) : cell,
                    ch.indicator,
                    lang,
                    t,
                  )}
                </td>
                {ch.bivariate && (
                  <td className="num">{cellText(ch.bivariate.yCells.get(a), ch.bivariate.y, lang, t)}</td>
                )}
                <td className="class-cell">
                  {colour && (
                    <span className="swatch small" style={{ background: colour }} aria-hidden="true" />
                  )}
                  {k >= 0 ? `${k + 1}: ` : ''}
                  {classLabel(ch, k, lang, t)}
                </td>
                <td className="num">{ch.rank.get(a) ?? '–'}</td>
                <td className="status-cell">
                  {cell && cell.kind !== 'fehlt' ? <Provenance model={model} cell={cell} /> : '–'}
                </td>
                {props.onLedger && (
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('supply.ledgerFor', { name: areaName(model, a, lang) })}
                      onClick={() => props.onLedger?.(a)}
                    >
                      {t('supply.ledgerButton')}
                    </button>
                  </td>
                )}
                {props.onCompare && (
                  <td>
                    <input
                      type="checkbox"
                      className="compare-check"
                      checked={props.compared?.includes(a) ?? false}
                      aria-label={t('table.compareArea', { name: areaName(model, a, lang) })}
                      onChange={() => props.onCompare?.(a)}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

/** Marks the hovered area's row (class `hovered`) without rendering the table again. */
export function useRowMark(body: RefObject<HTMLTableSectionElement | null>, hovered: AreaKey | null): void {
  useEffect(() => {
    const row = hovered ? body.current?.querySelector(`tr[data-key="${CSS.escape(hovered)}"]`) : null;
    row?.classList.add('hovered');
    return () => row?.classList.remove('hovered');
  }, [body, hovered]);
}
