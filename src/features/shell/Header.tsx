import { htmlLang } from '../../domain/format.ts';
import { useEffect, type MouseEvent } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import { NAV_VIEWS, serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import type { Model } from '../../data/model.ts';
import { AddSlide } from './AddSlide.tsx';

/** Title, view navigation and language switch, all real links so they can be opened in a new tab. */
export function Header({ state, update, model }: { state: ViewState; update: Update; model: Model }) {
  const { lang, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.documentElement.dataset.sprache = lang;
  }, [lang]);
  const go = (patch: Partial<ViewState>) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update(patch);
  };
  // Leichte Sprache is offered in the profile; from it the header leads to English.
  const other = lang === 'en' ? 'de' : 'en';
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
      <a
        className="lang"
        href={serializeUrl({ ...state, sprache: other })}
        hrefLang={other}
        lang={other}
        aria-label={t('app.languageLabel')}
        onClick={go({ sprache: other })}
      >
        {t('app.language')}
      </a>
    </header>
  );
}
