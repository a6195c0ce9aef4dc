import type { ReactNode } from 'react';
import { isCommunity, type Language } from '../../domain/format.ts';
import type { Model } from '../../data/model.ts';
import { I18nProvider, useI18n } from '../../i18n/context.tsx';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import { territoryTexts } from '../../view/territory.ts';

/**
 * The views translated into the community languages (ar, bg, tr, uk): the map and the resident's
 * profile and finder. The others — comparison, scatter, presentation, meeting, Datenwerkstatt,
 * statement, embed builder — are for the city's staff and the Beirat and stay German.
 */
export const TRANSLATED_VIEWS: ReadonlySet<ViewState['ansicht']> = new Set(['karte', 'profil']);

export const isGermanOnly = (lang: Language, view: ViewState['ansicht']) =>
  isCommunity(lang) && !TRANSLATED_VIEWS.has(view);

/** A translated page says that it is one, and that the German text is authoritative. */
export function TranslationNote({ state }: { state: ViewState }) {
  const { lang, t } = useI18n();
  if (!isCommunity(lang)) return null;
  return (
    <p className="translation-note" role="note" data-testid="uebersetzung">
      {isGermanOnly(lang, state.ansicht) ? t('lang.germanOnly') : t('lang.translated')}
      <a href={serializeUrl({ ...state, sprache: 'de' })} hrefLang="de">
        {t('lang.germanLink')}
      </a>
    </p>
  );
}

/**
 * A German-only view inside a page in another language: German texts and numbers throughout,
 * marked `lang="de"` (and left to right) so a screen reader switches voice, not half translated.
 */
export function GermanOnly({
  lang,
  view,
  model,
  children,
}: {
  lang: Language;
  view: ViewState['ansicht'];
  model: Model;
  children: ReactNode;
}) {
  if (!isGermanOnly(lang, view)) return <>{children}</>;
  return (
    <div lang="de" dir="ltr" className="german-only">
      <I18nProvider lang="de" territory={territoryTexts(model, 'de')}>
        {children}
      </I18nProvider>
    </div>
  );
}
