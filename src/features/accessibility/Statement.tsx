import { useEffect, type MouseEvent } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { meetingDate } from '../../view/meeting/knowledge.ts';

/** When the statement was written and last reviewed against the checks of the test suite (update on review). */
export const STATEMENT_CREATED = '2026-12-03';
export const STATEMENT_REVIEWED = '2026-12-03';

const GAPS = ['a11y.gap.1', 'a11y.gap.2', 'a11y.gap.3', 'a11y.gap.4', 'a11y.gap.5'] as const;
const CHECKS = [
  'a11y.check.1',
  'a11y.check.2',
  'a11y.check.3',
  'a11y.check.4',
  'a11y.check.5',
  'a11y.check.6',
] as const;
const MEDIATION =
  'https://www.behindertenbeauftragter.bremen.de/der_beauftragte/schlichtungsstelle_der_freien_hansestadt_bremen-31675';

/** The prepared feedback message: a mailto link with subject and body (to nobody where no address is set). */
export function feedbackHref(address: string | null, subject: string, body: string): string {
  const q = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${address ?? ''}?${q}`;
}

/**
 * The accessibility statement BremBGG § 14 asks for (`ansicht=barrierefreiheit`): the standard,
 * the state of conformity as the project's own tests establish it and what is known not to
 * conform, a feedback route with a prepared message naming the view the reader came from
 * (`von=`), the Schlichtungsstelle, and the dates.
 */
export function Statement(props: {
  state: ViewState;
  update: Update;
  feedback: string | null;
  /** The deployment's config problem, if any (a wrong feedback address is one). */
  configProblem: string | null;
}) {
  const { state, update, feedback } = props;
  const { lang, t } = useI18n();
  useEffect(() => {
    document.title = `${t('a11y.title')} – ${t('app.title')}`;
  }, [t]);
  useEffect(() => {
    // Opened from a footer link (the statement loads after the click): the reader lands on its title.
    const from = document.activeElement;
    if (from === document.body || from?.closest('.about'))
      document.getElementById('erklaerung-titel')?.focus();
  }, []);
  const back: Partial<ViewState> = { ansicht: state.von ?? 'karte', von: null };
  const viewQuery = serializeUrl({ ...state, ...back });
  const link = `${location.origin}${location.pathname}${viewQuery}`;
  const address = `${location.origin}${location.pathname}`;
  const href = feedbackHref(feedback, t('a11y.mailSubject'), t('a11y.mailBody', { link }));
  const goBack = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update(back);
  };
  return (
    <article className="statement" aria-labelledby="erklaerung-titel">
      <h2 id="erklaerung-titel" tabIndex={-1}>
        {t('a11y.title')}
      </h2>
      <p>{t('a11y.intro')}</p>
      <h3>{t('a11y.scopeTitle')}</h3>
      <p>{t('a11y.scope', { address })}</p>
      <h3>{t('a11y.standardTitle')}</h3>
      <p>{t('a11y.standard')}</p>
      <h3>{t('a11y.stateTitle')}</h3>
      <p data-testid="konformitaet">{t('a11y.state')}</p>
      <ul>
        {GAPS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h3>{t('a11y.checksTitle')}</h3>
      <p>{t('a11y.checks')}</p>
      <ul>
        {CHECKS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h3 id="barriere-melden">{t('a11y.feedbackTitle')}</h3>
      <p>{t('a11y.feedback')}</p>
      <p className="statement-feedback">
        <a className="button" href={href} data-testid="rueckmeldung">
          {t('a11y.feedbackLink')}
        </a>{' '}
        {feedback && <span>{t('a11y.feedbackTo', { address: feedback })}</span>}
      </p>
      {props.configProblem && <p role="alert">{props.configProblem}</p>}
      {!feedback && <p className="hint">{t('a11y.feedbackNoAddress')}</p>}
      <p className="statement-view">{t('a11y.viewLink', { link })}</p>
      <h3>{t('a11y.mediationTitle')}</h3>
      <p>{t('a11y.mediation')}</p>
      <p>
        <a href={MEDIATION} rel="noopener noreferrer" hrefLang="de">
          {t('a11y.mediationLink')}
        </a>
      </p>
      <h3>{t('a11y.dateTitle')}</h3>
      <p>
        {t('a11y.date', {
          created: meetingDate(STATEMENT_CREATED, lang),
          reviewed: meetingDate(STATEMENT_REVIEWED, lang),
        })}
      </p>
      <p>
        <a href={viewQuery} onClick={goBack}>
          {t('a11y.back')}
        </a>
      </p>
    </article>
  );
}
