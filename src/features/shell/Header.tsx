import { type MouseEvent } from 'react';
import { useDocumentLanguage } from '../../i18n/useDocumentLanguage.ts';
import { LanguageMenu } from './LanguageMenu.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { NAV_VIEWS, serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import type { Model } from '../../data/model.ts';
import { AddSlide } from './AddSlide.tsx';

/** Title, view navigation and language switch, all real links so they can be opened in a new tab. */
export function Header({ state, update, model }: { state: ViewState; update: Update; model: Model }) {
  const { lang, t } = useI18n();
  useDocumentLanguage(lang);
  const go = (patch: Partial<ViewState>) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update(patch);
  };
  return (
    <header className="app-header">
      <a className="skip" href="#inhalt">
        {t('app.skip')}
      </a>
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {NAV_VIEWS.map((v) => (
            <li key={v}>
              <a
                href={serializeUrl({ ...state, ansicht: v })}
                aria-current={state.ansicht === v ? 'page' : undefined}
                onClick={go({ ansicht: v })}
              >
                {t(`nav.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* A meeting's parts are no slides. */}
      {state.ansicht !== 'sitzung' && <AddSlide state={state} update={update} model={model} />}
      <LanguageMenu state={state} go={go} />
    </header>
  );
}
