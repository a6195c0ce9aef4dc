import { useState, type MouseEvent } from 'react';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';

/**
 * "Add the current view as a slide": appends the view to the deck in the URL (the default deck
 * if there is none yet) and offers the way to the presentation. The deck code loads on first use.
 */
export function AddSlide({ state, update, model }: { state: ViewState; update: Update; model: Model }) {
  const { t } = useI18n();
  const [added, setAdded] = useState<{ n: number; title: string; deck: string | null } | null>(null);
  // The deck's slide limit once it is reached (the deck code, with its limits, is loaded on click).
  const [full, setFull] = useState<number | null>(null);
  const add = async () => {
    const { appendView, SLIDE_LIMIT } = await import('../../view/deckState.ts');
    const title = document.title.replace(` – ${t('app.title')}`, '');
    const r = appendView(state, title, model);
    setFull(r === null ? SLIDE_LIMIT : null);
    if (!r) return;
    update({ deck: r.deck }, 'replace');
    setAdded(r);
  };
  const target = added && { ...state, ansicht: 'praesentation' as const, deck: added.deck, folie: added.n };
  const open = (e: MouseEvent) => {
    if (!target || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update(target);
  };
  return (
    <div className="add-slide">
      <button type="button" onClick={() => void add()} data-testid="folie-hinzufuegen">
        {t('deck.addCurrent')}
      </button>
      <p role="status" className="add-slide-status">
        {full !== null && t('deck.problem.zu_viele', { field: 'folien', detail: full })}
        {target && (
          <>
            {t('deck.added', { n: target.folie, title: added.title })}{' '}
            <a href={serializeUrl(target)} onClick={open}>
              {t('deck.toPresentation')}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
