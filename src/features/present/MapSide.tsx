import { cityIsYardstick } from '../../domain/format.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { legendRows, type Choropleth } from '../../view/choropleth.ts';
import { classLabel } from '../../view/Legend.tsx';
import { StatusMark } from '../../view/StatusMark.tsx';
import { areaName, cellText, indicatorWithYear } from '../../view/text.ts';

/** Which areas the side table lists: the spotlight's, else the three highest and lowest. */
export function tableAreas(ch: Choropleth, spotlight: readonly AreaKey[]): AreaKey[] {
  const lit = spotlight.filter((a) => ch.areas.includes(a));
  const ranked = [...ch.rank.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  const list = lit.length ? lit : ranked.length <= 8 ? ranked : [...ranked.slice(0, 3), ...ranked.slice(-3)];
  return [...list].sort((a, b) => (ch.rank.get(a) ?? Infinity) - (ch.rank.get(b) ?? Infinity));
}

/**
 * Beside the map: the legend at double size and a table of the values that matter for the slide,
 * so nothing depends on hovering.
 */
export function MapSide({ model, ch, spotlight }: { model: Model; ch: Choropleth; spotlight: AreaKey[] }) {
  const { lang, t } = useI18n();
  const rows = legendRows(ch);
  const listed = tableAreas(ch, spotlight);
  const ind = ch.indicator;
  return (
    <aside className="present-side">
      <section className="present-legend" data-testid="folienlegende" aria-label={t('legend.title')}>
        <h3>{indicatorWithYear(ind, ch.year, lang, t)}</h3>
        <ul>
          {rows.map((r) => (
            <li key={r.k} data-colour={r.colour}>
              <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />
              <span>{classLabel(ch, r.k, lang, t)}</span>
              <span className="count">({r.count})</span>
            </li>
          ))}
        </ul>
      </section>
      <table className="present-table" data-testid="folientabelle">
        <caption>{spotlight.length ? t('present.tableSpotlight') : t('present.tableTop')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.rank')}</th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.value')}</th>
            <th scope="col">{t('table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((a) => {
            const cell = ch.cells.get(a);
            return (
              <tr key={a}>
                <td className="num">{ch.rank.get(a) ?? '–'}</td>
                <th scope="row">{areaName(model, a, lang)}</th>
                <td className="num">{cellText(cell, ind, lang, t)}</td>
                <td>{cell && cell.kind !== 'fehlt' && <StatusMark status={cell.status} />}</td>
              </tr>
            );
          })}
          <tr className="city">
            <td />
            <th scope="row">{cityIsYardstick(ind.einheit) ? t('present.city') : t('present.cityTotal')}</th>
            <td className="num">{cellText(ch.city, ind, lang, t)}</td>
            <td>{ch.city.kind !== 'fehlt' && <StatusMark status={ch.city.status} />}</td>
          </tr>
        </tbody>
      </table>
    </aside>
  );
}
