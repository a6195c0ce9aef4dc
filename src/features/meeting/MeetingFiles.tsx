import { useRef, useState } from 'react';
import {
  meetingFile,
  MEETING_LIMITS,
  parseMeetingFile,
  type Meeting,
  type MeetingKnowledge,
  type MeetingProblem,
} from '../../domain/meeting/meeting.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { Translate } from '../../i18n/translate.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { downloadBlob } from '../../ui/download.ts';
import { meetingDate } from '../../view/meeting/knowledge.ts';
import type { Meetings } from './useMeetings.ts';

/** A file name from the meeting's date and title: `2026-12-03_Sitzung-des-ZWK-Beirats.sitzung.json`. */
export function meetingFileName(m: Meeting, ext = '.sitzung.json'): string {
  const title = m.titel
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${m.datum}_${title || 'Sitzung'}${ext}`;
}

export const saveMeetingFile = (m: Meeting) =>
  downloadBlob(new Blob([meetingFile(m)], { type: 'application/json' }), meetingFileName(m));

const problemText = (p: MeetingProblem, t: Translate) =>
  t(`meeting.problem.${p.code}`, { field: p.field, detail: p.detail ?? '' });

interface Pending {
  file: string;
  meeting: Meeting;
}

/**
 * Save the meeting as a file and open one. Opening never silently replaces unsaved work: the
 * moderator chooses to keep both (the current one goes to the earlier meetings), to save it first,
 * to discard it, or to cancel. A file that is not a valid meeting is listed problem by problem,
 * naming the file and the field, and nothing changes.
 */
export function MeetingFiles({ meetings, k }: { meetings: Meetings; k: MeetingKnowledge }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ file: string; list: string[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState('');
  const { meeting, unsaved } = meetings;

  const open = (p: Pending, keep: boolean) => {
    meetings.replace(p.meeting, { keep, unsaved: false });
    setPending(null);
    const text = t('meeting.opened', { title: p.meeting.titel, file: p.file });
    setMessage(text);
    announce(text);
  };
  const read = async (file: File) => {
    setProblems(null);
    setMessage('');
    const r =
      file.size > MEETING_LIMITS.fileBytes
        ? ({
            ok: false,
            problems: [{ field: '', code: 'zu_gross', detail: String(MEETING_LIMITS.fileBytes) }],
          } as const)
        : parseMeetingFile(await file.text(), k);
    if (!r.ok) {
      setProblems({ file: file.name, list: r.problems.slice(0, 50).map((p) => problemText(p, t)) });
      return;
    }
    const p = { file: file.name, meeting: r.meeting };
    const empty =
      meeting.karten.length === 0 && meeting.agenda.length === 0 && meeting.themenspeicher.length === 0;
    if (unsaved && !empty) setPending(p);
    else open(p, false);
  };
  return (
    <section className="meeting-files" aria-labelledby="sitzung-datei">
      <h2 id="sitzung-datei">{t('meeting.file')}</h2>
      <p>
        <button
          type="button"
          onClick={() => {
            saveMeetingFile(meeting);
            meetings.markSaved();
            setMessage(t('meeting.fileSaved'));
          }}
        >
          {t('meeting.save')}
        </button>{' '}
        <button type="button" onClick={() => input.current?.click()}>
          {t('meeting.open')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="sitzung-datei"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void read(f);
          }}
        />
      </p>
      <p className="meeting-status" role="status">
        {message || (unsaved ? t('meeting.unsaved') : '')}
      </p>
      {problems && (
        <div role="alert" className="alert">
          <p>{t('meeting.fileProblems', { file: problems.file, n: problems.list.length })}</p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div role="alertdialog" aria-labelledby="sitzung-konflikt" className="meeting-ask">
          <p id="sitzung-konflikt">{t('meeting.conflict', { title: meeting.titel, file: pending.file })}</p>
          <p>
            <button type="button" autoFocus onClick={() => open(pending, true)}>
              {t('meeting.keepBoth')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                saveMeetingFile(meeting);
                open(pending, false);
              }}
            >
              {t('meeting.saveFirst')}
            </button>{' '}
            <button type="button" onClick={() => open(pending, false)}>
              {t('meeting.discard')}
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>
              {t('meeting.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/** The earlier meetings kept in this browser: open (keeping the current one), save as file, remove. */
export function MeetingArchive({ meetings }: { meetings: Meetings }) {
  const { lang, t } = useI18n();
  const [asking, setAsking] = useState<string | null>(null);
  const { archive } = meetings;
  return (
    <section className="meeting-archive" aria-labelledby="sitzung-archiv">
      <h2 id="sitzung-archiv">{t('meeting.archive', { n: archive.length })}</h2>
      {archive.length === 0 && <p>{t('meeting.archiveEmpty')}</p>}
      <ul>
        {archive.map((a) => {
          const names = { title: a.meeting.titel, date: meetingDate(a.meeting.datum, lang) };
          return (
            <li key={a.id}>
              <span>
                {a.meeting.titel} ({names.date})
              </span>{' '}
              <button
                type="button"
                aria-label={t('meeting.archiveOpen', names)}
                onClick={() => meetings.openArchived(a.id)}
              >
                {t('meeting.openShort')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('meeting.archiveSave', names)}
                onClick={() => saveMeetingFile(a.meeting)}
              >
                {t('meeting.saveShort')}
              </button>{' '}
              {asking === a.id ? (
                <span role="alert">
                  {t('meeting.archiveRemoveConfirm', names)}{' '}
                  <button type="button" autoFocus onClick={() => meetings.removeArchived(a.id)}>
                    {t('meeting.removeShort')}
                  </button>{' '}
                  <button type="button" onClick={() => setAsking(null)}>
                    {t('meeting.cancel')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  aria-label={t('meeting.archiveRemove', names)}
                  onClick={() => setAsking(a.id)}
                >
                  {t('meeting.removeShort')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
