import { useId, useMemo, useState } from 'react';
import { decodeDeck } from '../../domain/deck/codec.ts';
import {
  AGENDA_KINDS,
  MEETING_LIMITS,
  type AgendaItem,
  type AgendaKind,
  type Meeting,
} from '../../domain/meeting/meeting.ts';
import { addAgendaItem, moveInList } from '../../domain/meeting/topics.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { deckKnowledge } from '../../view/deckState.ts';
import { useFocusAfterRender } from '../../ui/focusAfter.ts';
import { RequiredField } from './MeetingDetails.tsx';
import type { Nav } from './nav.ts';

type Change = (f: (m: Meeting) => Meeting) => void;

/** The `deck=` value of a presentation link, if the link holds a readable deck. */
function deckFromLink(link: string, model: Model): string | null {
  const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : link;
  const deck = new URLSearchParams(query.split('#')[0]).get('deck');
  if (!deck || !/^[A-Za-z0-9_-]+$/.test(deck)) return null;
  return decodeDeck(deck, deckKnowledge(model)).ok ? deck : null;
}

function DeckPart({
  item,
  model,
  set,
  nav,
}: {
  item: AgendaItem;
  model: Model;
  set: (p: Partial<AgendaItem>) => void;
  nav: Nav;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const [link, setLink] = useState('');
  const [bad, setBad] = useState(false);
  const { deck, broken } = useMemo(() => {
    const dk = deckKnowledge(model);
    if (!item.deck) return { deck: dk.builtIn(lang), broken: false };
    const r = decodeDeck(item.deck, dk);
    return r.ok ? { deck: r.deck, broken: false } : { deck: dk.builtIn(lang), broken: true };
  }, [item.deck, model, lang]);
  return (
    <div className="agenda-deck">
      <p>
        {item.deck && !broken
          ? t('meeting.deckOwn', { title: deck.titel, count: deck.folien.length })
          : t('meeting.deckBuiltIn', { count: deck.folien.length })}{' '}
        <a
          className="button"
          href={nav.href({
            ansicht: 'praesentation',
            deck: item.deck && !broken ? item.deck : null,
            folie: 1,
          })}
          onClick={nav.go({
            ansicht: 'praesentation',
            deck: item.deck && !broken ? item.deck : null,
            folie: 1,
          })}
        >
          {t('meeting.showDeck')}
        </a>
      </p>
      {broken && <p className="field-error">{t('meeting.deckBroken')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const d = deckFromLink(link.trim(), model);
          setBad(d === null);
          if (d) {
            set({ deck: d });
            setLink('');
          }
        }}
      >
        <label htmlFor={id}>{t('meeting.deckLink')}</label>{' '}
        <input
          id={id}
          value={link}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `${id}-fehler` : undefined}
          onChange={(e) => setLink(e.target.value)}
        />{' '}
        <button type="submit">{t('meeting.deckFromLink')}</button>{' '}
        {item.deck && (
          <button type="button" onClick={() => set({ deck: '' })}>
            {t('meeting.deckReset')}
          </button>
        )}
        {bad && (
          <span id={`${id}-fehler`} className="field-error" role="alert">
            {t('meeting.deckLinkBad')}
          </span>
        )}
      </form>
    </div>
  );
}

/** The agenda: items of three kinds (slides, Lean Coffee, free), in order, each editable. */
export function AgendaEditor({
  meeting: m,
  change,
  model,
  nav,
}: {
  meeting: Meeting;
  change: Change;
  model: Model;
  nav: Nav;
}) {
  const { t } = useI18n();
  // Moving an item re-orders the list: the focus stays on the button that moved it.
  const focusLater = useFocusAfterRender();
  const setItem = (id: string, patch: Partial<AgendaItem>) =>
    change((x) => ({ ...x, agenda: x.agenda.map((a) => (a.id === id ? { ...a, ...patch } : a)) }));
  const add = (art: AgendaKind) => change((x) => addAgendaItem(x, art, t(`meeting.kind.${art}`)));
  return (
    <section className="meeting-agenda" aria-labelledby="sitzung-tagesordnung">
      <h2 id="sitzung-tagesordnung">{t('meeting.agenda')}</h2>
      {m.agenda.length === 0 && <p>{t('meeting.agendaEmpty')}</p>}
      <ol className="agenda-list">
        {m.agenda.map((a, i) => (
          <li key={a.id} className="agenda-item">
            <h3>{t('meeting.item', { n: i + 1, title: a.titel })}</h3>
            <div className="meeting-fields">
              <RequiredField
                label={t('meeting.itemTitle')}
                type="text"
                value={a.titel}
                valid={(v) => v.trim() !== ''}
                onValid={(titel) => setItem(a.id, { titel })}
              />
              <p className="field">
                <label>
                  {t('meeting.itemKind')}
                  <select
                    value={a.art}
                    onChange={(e) => setItem(a.id, { art: e.target.value as AgendaKind })}
                  >
                    {AGENDA_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`meeting.kind.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </p>
              <p className="field">
                <label>
                  {t('meeting.itemMinutes')}
                  <input
                    type="number"
                    min={0}
                    max={600}
                    value={a.minuten}
                    onChange={(e) => {
                      const n = Number(e.target.value);
                      if (Number.isInteger(n) && n >= 0 && n <= 600) setItem(a.id, { minuten: n });
                    }}
                  />
                </label>
              </p>
            </div>
            <p className="field wide">
              <label>
                {t('meeting.itemText')}
                <textarea
                  rows={2}
                  maxLength={MEETING_LIMITS.text}
                  value={a.text}
                  onChange={(e) => setItem(a.id, { text: e.target.value })}
                />
              </label>
            </p>
            {a.art === 'folien' && (
              <DeckPart item={a} model={model} set={(p) => setItem(a.id, p)} nav={nav} />
            )}
            {a.art === 'lean_coffee' && (
              <p>
                <a
                  className="button"
                  href={nav.href({ bereich: 'tafel' })}
                  onClick={nav.go({ bereich: 'tafel' })}
                >
                  {t('meeting.openBoard')}
                </a>
              </p>
            )}
            <p className="agenda-actions">
              <button
                type="button"
                id={`top-${a.id}-hoch`}
                disabled={i === 0}
                onClick={() => {
                  change((x) => ({ ...x, agenda: moveInList(x.agenda, i, -1) }));
                  focusLater(`top-${a.id}-hoch`, `top-${a.id}-runter`);
                }}
              >
                {t('meeting.itemUp', { n: i + 1 })}
              </button>{' '}
              <button
                type="button"
                id={`top-${a.id}-runter`}
                disabled={i === m.agenda.length - 1}
                onClick={() => {
                  change((x) => ({ ...x, agenda: moveInList(x.agenda, i, 1) }));
                  focusLater(`top-${a.id}-runter`, `top-${a.id}-hoch`);
                }}
              >
                {t('meeting.itemDown', { n: i + 1 })}
              </button>{' '}
              <button
                type="button"
                onClick={() => change((x) => ({ ...x, agenda: x.agenda.filter((y) => y.id !== a.id) }))}
              >
                {t('meeting.itemRemove', { n: i + 1 })}
              </button>
            </p>
          </li>
        ))}
      </ol>
      {m.agenda.length < MEETING_LIMITS.agenda && (
        <p className="agenda-add">
          <span>{t('meeting.agendaAdd')}</span>{' '}
          {AGENDA_KINDS.map((k) => (
            <button key={k} type="button" onClick={() => add(k)}>
              {t(`meeting.kind.${k}`)}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
