import { useEffect, useMemo, useState } from 'react';
import { MEETING_PARTS, type UrlKnowledge, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useAnnounce } from '../../ui/announce.tsx';
import { meetingKnowledge } from '../../view/meeting/knowledge.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { Board } from './Board.tsx';
import { Documentation } from './Documentation.tsx';
import { MeetingArchive, MeetingFiles } from './MeetingFiles.tsx';
import { MeetingDetails } from './MeetingDetails.tsx';
import { nav as makeNav } from './nav.ts';
import { ThemeStore } from './ThemeStore.tsx';
import { TopicsIndex } from './TopicsIndex.tsx';
import { useMeetings, type Meetings } from './useMeetings.ts';
import './meeting.css';

/** Folgesitzung: the current meeting goes to the earlier ones; the next takes over the open topics. */
function NextMeeting({ meetings }: { meetings: Meetings }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  return (
    <section className="meeting-next" aria-labelledby="sitzung-folge">
      <h2 id="sitzung-folge">{t('meeting.next')}</h2>
      {asking ? (
        <div role="alertdialog" aria-labelledby="sitzung-folge-frage" className="meeting-ask">
          <p id="sitzung-folge-frage">{t('meeting.nextConfirm', { title: meetings.meeting.titel })}</p>
          <p>
            <button
              type="button"
              autoFocus
              onClick={() => {
                const next = meetings.next();
                setAsking(false);
                announce(t('meeting.nextDone', { n: next.themenspeicher.length }));
              }}
            >
              {t('meeting.next')}
            </button>{' '}
            <button type="button" onClick={() => setAsking(false)}>
              {t('meeting.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" onClick={() => setAsking(true)}>
            {t('meeting.next')}
          </button>
        </p>
      )}
    </section>
  );
}

/**
 * A Beirat meeting (`ansicht=sitzung`): the preparation (date, groups, agenda, Themenspeicher,
 * files), the Lean Coffee board for the big screen, the Dokumentation and the topics of all
 * meetings. The part is in the URL (`bereich=`); the meeting itself stays in this browser.
 */
export function Meeting({
  model,
  k,
  state,
  update,
}: {
  model: Model;
  k: UrlKnowledge;
  state: ViewState;
  update: Update;
}) {
  const { lang, t } = useI18n();
  const mk = useMemo(() => meetingKnowledge(model), [model]);
  const meetings = useMeetings(mk, t('meeting.defaultTitle'));
  const nav = makeNav(state, update);
  const part = state.bereich;
  const { meeting: m } = meetings;
  useEffect(() => {
    document.title = `${t('meeting.docTitle', { part: t(`meeting.part.${part}`), title: m.titel })} – ${t('app.title')}`;
  }, [part, m.titel, t, lang]);
  const all = useMemo(() => [m, ...meetings.archive.map((a) => a.meeting)], [m, meetings.archive]);
  return (
    <div className={`meeting meeting-${part}`} data-testid="sitzung">
      <nav className="meeting-parts" aria-label={t('meeting.partsLabel')}>
        <ul>
          {MEETING_PARTS.map((p) => (
            <li key={p}>
              <a
                href={nav.href({ bereich: p })}
                aria-current={p === part ? 'page' : undefined}
                onClick={nav.go({ bereich: p })}
              >
                {t(`meeting.part.${p}`)}
              </a>
            </li>
          ))}
        </ul>
        {meetings.savedAt && (
          <p className="meeting-saved muted">
            {t('meeting.autosaved', {
              time: meetings.savedAt.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'de-DE', {
                hour: '2-digit',
                minute: '2-digit',
              }),
            })}
          </p>
        )}
      </nav>
      {!meetings.ready ? (
        <p role="status">{t('meeting.loading')}</p>
      ) : (
        <>
          {meetings.damaged > 0 && (
            <p role="alert" className="alert">
              {t('meeting.damaged', { n: meetings.damaged })}
            </p>
          )}
          {part === 'vorbereitung' && (
            <div className="meeting-prep">
              <h1>{m.titel}</h1>
              <p className="hint">{t('meeting.local')}</p>
              <MeetingDetails meeting={m} change={meetings.change} />
              <AgendaEditor meeting={m} change={meetings.change} model={model} nav={nav} />
              <ThemeStore meeting={m} change={meetings.change} />
              <MeetingFiles meetings={meetings} k={mk} />
              <NextMeeting meetings={meetings} />
              <MeetingArchive meetings={meetings} />
            </div>
          )}
          {part === 'tafel' && <Board meetings={meetings} model={model} k={k} update={update} />}
          {part === 'dokumentation' && <Documentation meeting={m} model={model} k={k} />}
          {part === 'themen' && (
            <TopicsIndex meetings={all} model={model} k={k} state={state} update={update} />
          )}
        </>
      )}
    </div>
  );
}
