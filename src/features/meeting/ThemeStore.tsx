import { takeUp } from '../../domain/meeting/board.ts';
import type { Meeting } from '../../domain/meeting/meeting.ts';
import { useI18n } from '../../i18n/context.tsx';
import { meetingDate } from '../../view/meeting/knowledge.ts';

/** The Themenspeicher: topics of earlier meetings not discussed yet, each can be put on today's board. */
export function ThemeStore({
  meeting: m,
  change,
}: {
  meeting: Meeting;
  change: (f: (m: Meeting) => Meeting) => void;
}) {
  const { lang, t } = useI18n();
  return (
    <section className="meeting-store" aria-labelledby="sitzung-speicher">
      <h2 id="sitzung-speicher">{t('meeting.store', { n: m.themenspeicher.length })}</h2>
      <p className="hint">{t('meeting.storeHint')}</p>
      {m.themenspeicher.length === 0 ? (
        <p>{t('meeting.storeEmpty')}</p>
      ) : (
        <ul>
          {m.themenspeicher.map((c) => (
            <li key={c.id}>
              <span>{c.titel}</span>
              {c.seit && (
                <span className="muted"> ({t('meeting.since', { date: meetingDate(c.seit, lang) })})</span>
              )}{' '}
              <button
                type="button"
                aria-label={t('meeting.takeUp', { title: c.titel })}
                onClick={() => change((x) => takeUp(x, [c.id]))}
              >
                {t('meeting.takeUpShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
