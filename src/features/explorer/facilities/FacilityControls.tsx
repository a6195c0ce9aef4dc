import { dataLanguage } from '../../../domain/format.ts';
import { CATEGORIES, CATEGORY_INFO, type Category } from '../../../domain/supply/categories.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../../domain/ids.ts';
import type { Model } from '../../../data/model.ts';
import { useI18n } from '../../../i18n/context.tsx';
import type { ViewState } from '../../../state/url.ts';
import type { Update } from '../../../state/useUrlState.ts';
import { facilityYear, visibleFacilities } from './facilityLayer.ts';
import { FacilitySymbol } from './FacilitySymbol.tsx';

/** Category filter, "closed since" filter and the symbol key of the facility layer. */
export function FacilityControls(props: { model: Model; state: ViewState; update: Update }) {
  const { lang, t } = useI18n();
  const { state, update } = props;
  const chosen = new Set(state.einrichtungen);
  const toggle = (c: Category) =>
    update(
      { einrichtungen: CATEGORIES.filter((x) => (x === c ? !chosen.has(x) : chosen.has(x))) },
      'replace',
    );
  const shown = visibleFacilities(props.model.facilities, state);
  const closed = shown.filter((s) => s.state === 'geschlossen').length;
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);
  return (
    <fieldset className="facility-controls" data-testid="einrichtungen-filter">
      <legend>{t('supply.title')}</legend>
      <div className="facility-bulk">
        <button type="button" onClick={() => update({ einrichtungen: [...CATEGORIES] }, 'replace')}>
          {t('supply.all')}
        </button>
        <button type="button" onClick={() => update({ einrichtungen: [] }, 'replace')}>
          {t('supply.none')}
        </button>
      </div>
      <ul className="facility-list">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <label>
              <input type="checkbox" checked={chosen.has(c)} onChange={() => toggle(c)} />
              <FacilitySymbol category={c} /> {CATEGORY_INFO[c][dataLanguage(lang)].many}
            </label>
          </li>
        ))}
      </ul>
      <label className="facility-closed">
        {t('supply.closedSince')}{' '}
        <select
          value={state.geschlossenSeit === null ? 'keine' : String(state.geschlossenSeit)}
          onChange={(e) =>
            update(
              { geschlossenSeit: e.currentTarget.value === 'keine' ? null : Number(e.currentTarget.value) },
              'replace',
            )
          }
        >
          <option value="keine">{t('supply.closedNone')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {t('supply.closedSinceYear', { year: y })}
            </option>
          ))}
        </select>
      </label>
      {chosen.size > 0 && (
        <>
          <p className="hint" data-testid="einrichtungen-zahl" aria-live="polite">
            {t('supply.count', { year: facilityYear(state.jahr), open: shown.length - closed, closed })}
          </p>
          <ul className="facility-key" aria-label={t('legend.title')}>
            <li>
              <span className="facility-symbol" aria-hidden="true">
                L
              </span>{' '}
              {t('supply.keyOpen')}
            </li>
            <li>
              <span className="facility-symbol closed" aria-hidden="true">
                L
              </span>{' '}
              {t('supply.keyClosed')}
            </li>
            <li>
              <span className="facility-symbol cluster" aria-hidden="true">
                5
              </span>{' '}
              {t('supply.keyCluster')}
            </li>
          </ul>
          <p className="hint">{t('supply.sample')}</p>
        </>
      )}
    </fieldset>
  );
}
