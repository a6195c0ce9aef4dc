import type { MouseEvent } from 'react';
import { sourceTitle, type Model } from '../../data/model.ts';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { coverageNote } from '../../view/coverageNote.ts';
import { useI18n } from '../../i18n/context.tsx';
import { StatusMark } from '../../view/StatusMark.tsx';
import { boundaryNote } from '../../view/boundaryNote.ts';

/** What the data is and where it comes from: the targets of the notices' "Was heißt das?" links. */
export function About({ model, state, update }: { model: Model; state: ViewState; update: Update }) {
  const { t, lang } = useI18n();
  const attribution = model.boundaries.ebene1?.attribution;
  // The statement names the view it was opened from, so its feedback message can say where.
  const statement: ViewState = {
    ...state,
    ansicht: 'barrierefreiheit',
    von: state.ansicht === 'barrierefreiheit' || state.ansicht === 'einbetten' ? state.von : state.ansicht,
  };
  const embed: ViewState = { ...statement, ansicht: 'einbetten' };
  const toEmbed = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update(embed);
    window.scrollTo({ top: 0 });
  };
  const toStatement = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update(statement);
    window.scrollTo({ top: 0 });
  };
  const note = boundaryNote(model.boundaries.ebene1, t) ?? {
    title: t('notice.boundaries'),
    text: t('notice.boundariesText'),
  };
  return (
    <footer className="about">
      <section id="hinweis-grenzen" tabIndex={-1}>
        <h2>{note.title}</h2>
        <p>{note.text}</p>
        {attribution && <p>{attribution}</p>}
      </section>
      <section id="hinweis-beispiel" tabIndex={-1}>
        <h2>{t('notice.sample')}</h2>
        <p>{t('notice.sampleText')}</p>
      </section>
      <section id="hinweis-versorgung" tabIndex={-1}>
        <h2>{t('about.supply')}</h2>
        <p>{t('about.supplyText')}</p>
        <p>{coverageNote(model, lang, t)}</p>
      </section>
      <details>
        <summary>{t('about.sources', { count: model.sources.size })}</summary>
        <ul className="sources">
          {[...model.sources.values()].map((s) => (
            <li key={s.id}>
              <StatusMark status={s.status} /> {sourceTitle(model, s.id, lang)} – {s.herausgeber},{' '}
              {s.stichtag}, {s.lizenz}
            </li>
          ))}
        </ul>
      </details>
      <p className="footer-links">
        <a href={serializeUrl(statement)} onClick={toStatement} data-testid="link-barrierefreiheit">
          {t('a11y.footerLink')}
        </a>
        {' · '}
        <a href={serializeUrl(embed)} onClick={toEmbed}>
          {t('embed.footerLink')}
        </a>
      </p>
    </footer>
  );
}
