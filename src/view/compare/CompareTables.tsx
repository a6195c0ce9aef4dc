import { wholeOf } from '../territory.ts';
import { formatCityComparison } from '../../domain/format.ts';
import { type AreaKey } from '../../domain/ids.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import { provenanceOf } from '../../domain/values.ts';
import { useI18n } from '../../i18n/context.tsx';
import { StatusMark } from '../StatusMark.tsx';
import { areaName, cellText, indicatorLabel } from '../text.ts';
import type { compareRows } from './rows.ts';

/** The indicator tables, one per Handlungsfeld: a column per area and the city, sources in the foot. */
export function CompareTables(props: {
  model: Model;
  areas: readonly AreaKey[];
  groups: ReturnType<typeof compareRows>;
}) {
  const { model, areas, groups } = props;
  const { lang, t } = useI18n();
  return (
    <>
      {groups.map(({ group, rows }) => (
        <div className="compare-scroll" key={group.id}>
          <table className="compare-table">
            <caption>{indicatorLabel(group, lang)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panel.indicator')}</th>
                {areas.map((a) => (
                  <th scope="col" key={a}>
                    {areaName(model, a, lang)}
                  </th>
                ))}
                <th scope="col">{areaName(model, model.rootKey, lang)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.indicator.id}>
                  <th scope="row">{indicatorLabel(r.indicator, lang)}</th>
                  {r.cells.map(({ area, cell, compared }) => (
                    <td key={area} className="num" data-notable={compared.notable ?? undefined}>
                      <span className="value">{cellText(cell, r.indicator, lang, t)}</span>
                      {compared.notable && (
                        <span className="notable">
                          {compared.notable === 'hoeher' ? '▲ ' : '▼ '}
                          {t(compared.notable === 'hoeher' ? 'compare.higher' : 'compare.lower')}
                        </span>
                      )}
                      {cell.kind === 'wert' && r.city.kind === 'wert' && (
                        <span className="diff">
                          {formatCityComparison(
                            lang,
                            cell.value,
                            r.city.value,
                            r.indicator.einheit,
                            r.indicator.dezimalen,
                            wholeOf(model, lang),
                          )}
                        </span>
                      )}
                      {compared.rank !== undefined && (
                        <span className="rank">
                          {t('compare.rank', { rank: compared.rank, of: compared.of })}
                        </span>
                      )}
                      {cell.kind !== 'fehlt' && <StatusMark status={cell.status} forecast={cell.forecast} />}
                    </td>
                  ))}
                  <td className="num">
                    <span className="value">{cellText(r.city, r.indicator, lang, t)}</span>
                    {r.city.kind !== 'fehlt' && (
                      <StatusMark status={r.city.status} forecast={r.city.forecast} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={areas.length + 2} className="source">
                  {t('value.source', {
                    titles: sourceTitles(
                      model,
                      provenanceOf(rows.flatMap((r) => [r.city, ...r.cells.map((c) => c.cell)])).sources,
                      lang,
                    ).join('; '),
                  })}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      ))}
    </>
  );
}
