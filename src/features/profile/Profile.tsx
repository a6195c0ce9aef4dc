import { SheetLink } from '../../view/SheetLink.tsx';
import { indicatorLabel } from '../../view/text.ts';
import { useEffect } from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { AreaProfile } from '../../view/profile/AreaProfile.tsx';
import { areaName } from '../../view/text.ts';
import { Finder } from './Finder.tsx';
import { BeiratTopics } from '../../view/meeting/BeiratTopics.tsx';

/** The resident's view: find an Ortsteil or Stadtteil and read it in plain language. */
export function Profile(props: { model: Model; state: ViewState; update: Update }) {
  const { model, state, update } = props;
  const { lang, t } = useI18n();
  const area = state.gebiet;
  useEffect(() => {
    document.title = `${area ? t('profile.titleOf', { name: areaName(model, area, lang) }) : t('profile.findTitle')} – ${t('app.title')}`;
  }, [area, model, lang, t]);
  const choose = (key: AreaKey) => {
    update({ gebiet: key });
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => document.getElementById('profile-title')?.focus());
  };
  // Leichte Sprache is one link away in the profile and finder, and back again.
  const easy = lang === 'leicht';
  const other: ViewState = { ...state, sprache: easy ? 'de' : 'leicht' };
  return (
    <div className={`profile-view${easy ? ' leichte-sprache' : ''}`} data-testid="profil">
      <p className="profile-language">
        {!easy && lang === 'de' && <span>{t('profile.easyNote')} </span>}
        <a
          href={serializeUrl(other)}
          hrefLang="de"
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            update({ sprache: other.sprache });
          }}
        >
          {easy ? t('profile.standardLink') : t('profile.easyLink')}
        </a>
      </p>
      {area ? <AreaProfile model={model} area={area} year={state.jahr} /> : null}
      {area ? <BeiratTopics model={model} area={area} update={update} /> : null}
      {area ? (
        <p className="sheet-links">
          <SheetLink
            state={state}
            update={update}
            indicator={state.indikator}
            name={indicatorLabel(model.indicators.get(state.indikator)!, lang)}
          />
        </p>
      ) : null}
      <Finder model={model} onChoose={choose} compact={area !== null} />
    </div>
  );
}
