import { useId, useState } from 'react';
import { MEETING_LIMITS, type Card, type CardState, type Meeting } from '../../domain/meeting/meeting.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { parseUrl, type UrlKnowledge } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { fieldName, meetingDate } from '../../view/meeting/knowledge.ts';
import { areaName } from '../../view/text.ts';

export interface CardActions {
  vote: (id: string, delta: 1 | -1) => void;
  move: (card: Card, to: CardState) => void;
  remove: (card: Card) => void;
  edit: (id: string, f: (c: Card) => Card) => void;
}

/** The id of a card's dot button (−1: one less, 1: one more), for the focus after a vote. */
export const dotButtonId = (card: string, delta: 1 | -1) =>
  `karte-${card}-${delta === 1 ? 'mehr' : 'weniger'}`;

/** Notes and the agreed next steps of a card in discussion or discussed. */
function CardNotes({ card, edit }: { card: Card; edit: CardActions['edit'] }) {
  const { t } = useI18n();
  const id = useId();
  const [step, setStep] = useState('');
  return (
    <div className="card-notes">
      <label htmlFor={`${id}-notiz`}>{t('board.notes', { title: card.titel })}</label>
      <textarea
        id={`${id}-notiz`}
        rows={3}
        maxLength={MEETING_LIMITS.text}
        value={card.notizen}
        onChange={(e) => edit(card.id, (c) => ({ ...c, notizen: e.target.value }))}
      />
      <h4>{t('board.steps')}</h4>
      {card.schritte.length > 0 && (
        <ul className="card-steps">
          {card.schritte.map((s, i) => (
            <li key={`${i}-${s}`}>
              {s}{' '}
              <button
                type="button"
                className="icon-button"
                aria-label={t('board.stepRemove', { step: s })}
                onClick={() =>
                  edit(card.id, (c) => ({ ...c, schritte: c.schritte.filter((_, j) => j !== i) }))
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {card.schritte.length < MEETING_LIMITS.steps && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const s = step.trim().slice(0, MEETING_LIMITS.step);
            if (s) edit(card.id, (c) => ({ ...c, schritte: [...c.schritte, s] }));
            setStep('');
          }}
        >
          <label htmlFor={`${id}-schritt`} className="visually-hidden">
            {t('board.stepNew', { title: card.titel })}
          </label>
          <input
            id={`${id}-schritt`}
            value={step}
            maxLength={MEETING_LIMITS.step}
            placeholder={t('board.stepNew', { title: card.titel })}
            onChange={(e) => setStep(e.target.value)}
          />{' '}
          <button type="submit">{t('board.stepAdd')}</button>
        </form>
      )}
    </div>
  );
}

/** One topic card on the board: what it is about, its dots, where it goes next, and its notes. */
export function BoardCard(props: {
  card: Card;
  meeting: Meeting;
  model: Model;
  k: UrlKnowledge;
  update: Update;
  actions: CardActions;
  canVote: boolean;
}) {
  const { card: c, meeting: m, model, k, update, actions, canVote } = props;
  const { lang, t } = useI18n();
  const dots = c.punkte === 1 ? t('board.dotsOne') : t('board.dots', { n: c.punkte });
  return (
    <article
      className={`board-card ${c.status}`}
      id={`karte-${c.id}`}
      tabIndex={-1}
      aria-labelledby={`karte-${c.id}-titel`}
    >
      <h3 id={`karte-${c.id}-titel`}>{c.titel}</h3>
      <div className="card-dots">
        {c.status === 'offen' ? (
          <>
            <button
              type="button"
              className="dot-button"
              id={dotButtonId(c.id, -1)}
              aria-label={t('board.dotLess', { title: c.titel })}
              disabled={c.punkte === 0}
              onClick={() => actions.vote(c.id, -1)}
            >
              −
            </button>
            <span className="dot-count" aria-live="off">
              {dots}
            </span>
            <button
              type="button"
              className="dot-button"
              id={dotButtonId(c.id, 1)}
              aria-label={t('board.dotMore', { title: c.titel })}
              disabled={!canVote}
              onClick={() => actions.vote(c.id, 1)}
            >
              +
            </button>
          </>
        ) : (
          <span className="dot-count">{dots}</span>
        )}
      </div>
      <ul className="card-meta">
        {c.handlungsfeld && <li>{t('board.field', { name: fieldName(model, c.handlungsfeld, lang) })}</li>}
        {c.gebiete.length > 0 && (
          <li>{t('board.areas', { names: c.gebiete.map((g) => areaName(model, g, lang)).join(', ') })}</li>
        )}
        {c.seit && c.seit !== m.datum && <li>{t('board.fromStore', { date: meetingDate(c.seit, lang) })}</li>}
        {c.ansicht && (
          <li>
            <a
              href={`?${c.ansicht}&sprache=${lang}`}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                update({ ...parseUrl(`?${c.ansicht}`, k).state, sprache: lang });
              }}
            >
              {t('board.openView')}
            </a>
          </li>
        )}
      </ul>
      <p className="card-actions">
        {c.status === 'offen' && (
          <>
            <button type="button" className="primary" onClick={() => actions.move(c, 'im_gespraech')}>
              {t('board.talk')}
            </button>{' '}
            <button
              type="button"
              aria-label={t('board.remove', { title: c.titel })}
              onClick={() => actions.remove(c)}
            >
              {t('board.removeShort')}
            </button>
          </>
        )}
        {c.status === 'im_gespraech' && (
          <button type="button" className="primary" onClick={() => actions.move(c, 'besprochen')}>
            {t('board.done')}
          </button>
        )}
        {c.status === 'besprochen' && (
          <button type="button" onClick={() => actions.move(c, 'offen')}>
            {t('board.reopen')}
          </button>
        )}
      </p>
      {c.status === 'im_gespraech' && <CardNotes card={c} edit={actions.edit} />}
      {c.status === 'besprochen' && (
        // Done: what was noted in a line, the editor one click away, so the column stays short.
        <details className="card-done">
          <summary>
            {t('board.notesSummary', { n: c.schritte.length })}
            {c.notizen && <span className="card-note-line">{c.notizen}</span>}
          </summary>
          <CardNotes card={c} edit={actions.edit} />
        </details>
      )}
    </article>
  );
}
