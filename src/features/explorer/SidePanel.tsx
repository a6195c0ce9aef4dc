import { wholeOf } from '../../view/territory.ts';
import type { Choropleth } from '../../view/choropleth.ts';
import { type AreaKey, type Year } from '../../domain/ids.ts';
import { cellOf } from '../../domain/values.ts';
import { sourceTitle, type Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { Ledger } from './facilities/Ledger.tsx';
import type { Update } from '../../state/useUrlState.ts';
import { BeiratTopics } from '../../view/meeting/BeiratTopics.tsx';
import { StatusMark } from '../../view/StatusMark.tsx';
import { areaName, cellText, cityComparison, indicatorLabel } from '../../view/text.ts';

// Of the many supply indicators the panel shows the headline, the changes and the open counts;
// rates and coverage are one indicator switch away on the map and in the table.
const RATE_OR_COVERAGE = /(_je_1000|^erreichbar_)/;
const inPanel = (id: string) => !RATE_OR_COVERAGE.test(id);

/** Key figures of the selected area across the Handlungsfelder, each next to Bremerhaven's. */
export function SidePanel(props: {
  model: Model;
  area: AreaKey;
  year: Year;
  /** The map's choropleth: in a change map, the panel names the change it shows. */
  ch?: Choropleth;
  onClose: () => void;
  ledgerOpen: boolean;
  onLedger: (open: boolean) => void;
  onFocusFacility: (id: string | null) => void;
  compared: boolean;
  onCompare: () => void;
  onOpenCompare: () => void;
  /** Opens a view (a Beirat topic's link). */
  update: Update;
}) {
  const { lang, t } = useI18n();
  const { model, area, year } = props;
  const info = model.areas.get(area);
  const name = areaName(model, area, lang);
  const parent = info?.parent ? model.areas.get(info.parent) : undefined;
  return (
    <section className="side-panel" aria-labelledby="panel-title" data-testid="seitenleiste">
      <div className="panel-head">
        <h2 id="panel-title">{t('panel.title', { name })}</h2>
        <button type="button" onClick={props.onClose}>
          {t('panel.close')}
        </button>
      </div>
      <p className="hint">
        {info ? t(`level.one.${info.level}`) : ''} {area}
        {parent ? ` · ${t(`level.one.${parent.level}`)} ${parent.name}` : ''} · {year}
      </p>
      {props.ch?.since != null && (
        <p className="panel-change" data-testid="seitenleiste-veraenderung">
          <strong>{indicatorLabel(props.ch.indicator, lang)}</strong>:{' '}
          {cellText(props.ch.cells.get(area), props.ch.indicator, lang, t)} ·{' '}
          {areaName(model, model.rootKey, lang)}: {cellText(props.ch.city, props.ch.indicator, lang, t)}
        </p>
      )}
      {info?.positionEstimated && (
        <p className="hint" data-testid="lage-geschaetzt">
          {t('area.positionEstimatedHint', { name })}
        </p>
      )}
      <p className="panel-actions">
        <button
          type="button"
          aria-pressed={props.compared}
          onClick={props.onCompare}
          data-testid="zum-vergleich"
        >
          {t(props.compared ? 'panel.compared' : 'panel.compare')}
        </button>{' '}
        <button type="button" className="link-button" onClick={props.onOpenCompare}>
          {t('panel.openCompare')}
        </button>
      </p>
      <BeiratTopics model={model} area={area} update={props.update} />
      {model.catalogue.gruppen.map((g) => {
        const rows = model.catalogue.indikatoren
          .filter((i) => i.gruppe === g.id && !i.pyramide && !i.hilfsgroesse && inPanel(i.id))
          .map((ind) => ({
            ind,
            cell: cellOf(model.ctx, ind.id, area, year),
            city: cellOf(model.ctx, ind.id, model.rootKey, year),
          }));
        if (rows.length === 0) return null;
        // Status per value, sources once per table (they repeat from row to row).
        const sources = [...new Set(rows.flatMap((r) => (r.cell.kind === 'fehlt' ? [] : r.cell.sources)))];
        return (
          <table key={g.id} className="figures">
            <caption>{indicatorLabel(g, lang)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panel.indicator')}</th>
                <th scope="col">{name}</th>
                <th scope="col">{t('panel.cityDiff')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ ind, cell, city }) => {
                return (
                  <tr key={ind.id}>
                    <th scope="row">{indicatorLabel(ind, lang)}</th>
                    <td className="num">
                      {cellText(cell, ind, lang, t)}
                      {cell.kind !== 'fehlt' && (
                        <>
                          <br />
                          <StatusMark status={cell.status} forecast={cell.forecast} />
                        </>
                      )}
                    </td>
                    <td className="num">
                      {cellText(city, ind, lang, t)}
                      <br />
                      <span className="diff">
                        {cityComparison(cell, city, ind, lang, wholeOf(model, lang)) ?? '–'}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
            {sources.length > 0 && (
              <tfoot>
                <tr>
                  <td colSpan={3} className="source">
                    {t('value.source', {
                      titles: sources.map((id) => sourceTitle(model, id, lang)).join('; '),
                    })}
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        );
      })}
      <Ledger
        model={model}
        area={area}
        open={props.ledgerOpen}
        onToggle={props.onLedger}
        onFocusFacility={props.onFocusFacility}
      />
    </section>
  );
}
