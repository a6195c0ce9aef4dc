import type { MouseEvent } from 'react';
import type { IndicatorId } from '../domain/ids.ts';
import { useI18n } from '../i18n/context.tsx';
import { serializeUrl, type ViewState } from '../state/url.ts';
import type { Update } from '../state/useUrlState.ts';

/**
 * A link to an indicator's Indikatorenblatt (`ansicht=indikator&indikator=<id>`): a real link (it
 * opens in a new tab with a modifier key) that switches the view in place on a plain click.
 */
export function SheetLink(props: {
  state: ViewState;
  update: Update;
  indicator: IndicatorId;
  /** The indicator's name for the link's accessible name ("Indikatorenblatt zu …"). */
  name: string;
  children?: React.ReactNode;
}) {
  const { t } = useI18n();
  const target: ViewState = { ...props.state, ansicht: 'indikator', indikator: props.indicator };
  const go = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    props.update(target);
    window.scrollTo({ top: 0 });
  };
  return (
    <a
      href={serializeUrl(target)}
      onClick={go}
      className="sheet-link"
      data-testid="link-indikatorenblatt"
      aria-label={`${t('nav.indikator')}: ${props.name}`}
    >
      {props.children ?? t('sheet.link')}
    </a>
  );
}
