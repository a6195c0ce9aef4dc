import { dataLanguage } from '../../../domain/format.ts';
import { useEffect, useRef } from 'react';
import type { AreaKey } from '../../../domain/ids.ts';
import { CATEGORY_INFO } from '../../../domain/supply/categories.ts';
import { ledger } from '../../../domain/supply/counts.ts';
import { isOpen } from '../../../domain/supply/facility.ts';
import { LAST_YEAR } from '../../../domain/ids.ts';
import { sourceTitle, type Model } from '../../../data/model.ts';
import { useI18n } from '../../../i18n/context.tsx';
import { StatusMark } from '../../../view/StatusMark.tsx';
import { FacilitySymbol } from './FacilitySymbol.tsx';

/**
 * The Verlust-Ledger of an area (an Ortsteil, or all Ortsteile of a Stadtteil or Stadtbezirk):
 * every opening and closure with a year, newest first, with its source and status. Focusing an
 * entry rings the facility on the map.
 */
export function Ledger(props: {
  model: Model;
  area: AreaKey;
  open: boolean;
  onToggle: (open: boolean) => void;
  onFocusFacility: (id: string | null) => void;
}) {
  const { lang, t } = useI18n();
  const { model } = props;
  const parts = new Set<string>(model.ctx.ortsteile(props.area));
  const here = model.facilities.filter((f) => parts.has(model.facilityArea.get(f.id) ?? ''));
  const entries = ledger(here);
  const openNow = here.filter((f) => isOpen(f, LAST_YEAR)).length;
  // Opened from the table's "Chronik" button: bring it into view and put the focus on it.
  const summary = useRef<HTMLElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (props.open && !wasOpen.current) {
      summary.current?.scrollIntoView({ block: 'nearest' });
      summary.current?.focus();
    }
    wasOpen.current = props.open;
  }, [props.open]);
  return (
    <details
      className="ledger"
      id="chronik"
      open={props.open}
      onToggle={(e) => {
        if (e.currentTarget.open !== props.open) props.onToggle(e.currentTarget.open);
      }}
      data-testid="chronik"
    >
      <summary ref={summary}>{t('supply.ledger', { count: entries.length })}</summary>
      <p className="hint">{t('supply.ledgerOpenNow', { count: openNow })}</p>
      {entries.length === 0 ? (
        <p>{t('supply.ledgerEmpty')}</p>
      ) : (
        <ol className="ledger-list">
          {entries.map((e) => {
            const f = e.facility;
            return (
              <li key={`${f.id}-${e.kind}`} data-kind={e.kind}>
                <button
                  type="button"
                  className="ledger-entry"
                  onFocus={() => props.onFocusFacility(f.id)}
                  onBlur={() => props.onFocusFacility(null)}
                  onMouseEnter={() => props.onFocusFacility(f.id)}
                  onMouseLeave={() => props.onFocusFacility(null)}
                >
                  <span className="ledger-year">{e.year}</span>{' '}
                  <span className={`ledger-kind ${e.kind}`}>
                    {e.kind === 'geschlossen' ? `× ${t('supply.closed')}` : `+ ${t('supply.opened')}`}
                  </span>{' '}
                  <FacilitySymbol category={f.category} closed={e.kind === 'geschlossen'} />{' '}
                  {CATEGORY_INFO[f.category][dataLanguage(lang)].one}: {f.name}
                </button>
                <span className="ledger-source">
                  <StatusMark status={f.status} /> ·{' '}
                  {t('value.source', { titles: sourceTitle(model, f.source, lang) })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
