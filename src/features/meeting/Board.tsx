import { boardColumns, dotTotals, moveCard, nextCard, vote } from '../../domain/meeting/board.ts';
import { CARD_STATES, type Card, type CardState } from '../../domain/meeting/meeting.ts';
import { addCard, removeCard, updateCard } from '../../domain/meeting/topics.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { UrlKnowledge } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { BoardCard, dotButtonId, type CardActions } from './BoardCard.tsx';
import { useFocusAfterRender } from '../../ui/focusAfter.ts';
import { CardForm } from './CardForm.tsx';
import { RoundTimer, useRound } from './RoundTimer.tsx';
import type { Meetings } from './useMeetings.ts';

/**
 * The Lean Coffee board (`bereich=tafel`), for the big screen and the moderator's laptop: the
 * topic cards in three columns — "Zu besprechen" by dots, "Im Gespräch", "Besprochen" — the
 * dots given against those the room has, the round timer, and a form for new topics. Taking a
 * card into discussion starts its round; the card before it is then done.
 */
export function Board({
  meetings,
  model,
  k,
  update,
}: {
  meetings: Meetings;
  model: Model;
  k: UrlKnowledge;
  update: Update;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { meeting: m, change } = meetings;
  const round = useRound();
  // After a card changes column its button is gone: the focus goes to the card in its new place;
  // after a dot the card may move up or down, and the focus stays on the button that gave it.
  const focusLater = useFocusAfterRender();
  const columns = boardColumns(m);
  const { given, available } = dotTotals(m);
  const canVote = available === 0 || given < available;
  const actions: CardActions = {
    vote: (id, delta) => {
      change((x) => vote(x, id, delta));
      focusLater(dotButtonId(id, delta), dotButtonId(id, delta === 1 ? -1 : 1), `karte-${id}`);
    },
    move: (card: Card, to: CardState) => {
      change((x) => moveCard(x, card.id, to));
      // Taking a card into discussion is announced by its round's start, which names it.
      if (to === 'im_gespraech') round.start(card.titel, m.rundeMinuten);
      else {
        if (round.round?.title === card.titel) round.stop();
        announce(t('board.moved', { title: card.titel, column: t(`board.col.${to}`) }));
      }
      focusLater(`karte-${card.id}`);
    },
    remove: (card) => change((x) => removeCard(x, card.id)),
    edit: (id, f) => change((x) => updateCard(x, id, f)),
  };
  const next = nextCard(m);
  return (
    <div className="board">
      <div className="board-top">
        <div>
          <h1 className="board-title">{t('board.title', { title: m.titel })}</h1>
          <p className="board-totals" data-testid="punkte-summe">
            {available > 0 ? t('board.totals', { given, available }) : t('board.totalsOpen', { given })}{' '}
            {available > 0 && (
              <span className="muted">
                {t('board.totalsHint', { people: m.teilnehmende, each: m.punkteProPerson })}
              </span>
            )}
            {available > 0 && given >= available && <strong> {t('board.allGiven')}</strong>}
          </p>
          {next && (
            <p>
              <button type="button" className="primary" onClick={() => actions.move(next, 'im_gespraech')}>
                {t('board.nextTopic')}: {next.titel}
              </button>
            </p>
          )}
        </div>
        <RoundTimer control={round} minutes={m.rundeMinuten} />
      </div>
      <div className="board-columns">
        {CARD_STATES.map((s) => (
          <section key={s} className={`board-column ${s}`} aria-labelledby={`spalte-${s}`}>
            <h2 id={`spalte-${s}`}>
              {t(`board.col.${s}`)} ({columns[s].length})
            </h2>
            {columns[s].length === 0 && <p className="muted">{t('board.colEmpty')}</p>}
            <ol className="board-cards">
              {columns[s].map((c) => (
                <li key={c.id}>
                  <BoardCard
                    card={c}
                    meeting={m}
                    model={model}
                    k={k}
                    update={update}
                    actions={actions}
                    canVote={canVote}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      <details className="board-new">
        <summary>{t('board.newCard')}</summary>
        <CardForm
          model={model}
          onAdd={(d) => {
            change((x) => addCard(x, d));
            announce(t('board.cardAdded', { title: d.titel.trim() }));
          }}
        />
      </details>
    </div>
  );
}
