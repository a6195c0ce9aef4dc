import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import type { Meeting } from '../../domain/meeting/meeting.ts';
import { topicsOf, type Topic } from '../../domain/meeting/topics.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { parseUrl, serializeUrl, type UrlKnowledge, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { areaName } from '../text.ts';
import { urlKnowledge } from '../urlKnowledge.ts';
import { areaAndParents, meetingDate, meetingKnowledge } from './knowledge.ts';

/** The meetings stored in this browser (the store is loaded only when a view asks for them). */
export function useStoredMeetings(model: Model): Meeting[] | null {
  const [meetings, setMeetings] = useState<Meeting[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../data/meetingStore.ts')
      .then((s) => s.readMeetings(meetingKnowledge(model)))
      .then((r) => {
        if (live)
          setMeetings([...(r.current ? [r.current.meeting] : []), ...r.archive.map((a) => a.meeting)]);
      })
      .catch(() => live && setMeetings([]));
    return () => {
      live = false;
    };
  }, [model]);
  return meetings;
}

const plain = (e: MouseEvent) => !(e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0);

/** One topic: title, the meeting and where it stands, the next steps, and the view it refers to. */
export function TopicItem({
  topic,
  model,
  k,
  update,
}: {
  topic: Topic;
  model: Model;
  k: UrlKnowledge;
  update: Update;
}) {
  const { lang, t } = useI18n();
  const c = topic.card;
  const status =
    topic.where === 'themenspeicher' ? t('beirat.status.themenspeicher') : t(`beirat.status.${c.status}`);
  const target: ViewState | null = c.ansicht
    ? { ...parseUrl(`?${c.ansicht}`, k).state, sprache: lang }
    : null;
  return (
    <li className="beirat-topic">
      <p className="beirat-title">{t('beirat.item', { title: c.titel })}</p>
      <p className="hint">
        {t('beirat.meta', {
          date: meetingDate(topic.meeting.datum, lang),
          meeting: topic.meeting.titel,
          status,
        })}
        {c.gebiete.length > 0 && ` · ${c.gebiete.map((g) => areaName(model, g, lang)).join(', ')}`}
      </p>
      {c.schritte.length > 0 && <p>{t('beirat.steps', { steps: c.schritte.join('; ') })}</p>}
      {target && (
        <p>
          <a
            href={serializeUrl(target)}
            onClick={(e) => {
              if (!plain(e)) return;
              e.preventDefault();
              update(target);
            }}
          >
            {t('beirat.open')}
          </a>
        </p>
      )}
    </li>
  );
}

/**
 * "Aus dem Beirat": the Beirat's topics about an area (or an area it lies in), from the meetings
 * kept in this browser — so they appear for the planners who ran the meetings, and for nobody
 * else. Nothing is shown where there are none.
 */
export function BeiratTopics({ model, area, update }: { model: Model; area: AreaKey; update: Update }) {
  const { lang, t } = useI18n();
  const meetings = useStoredMeetings(model);
  const k = useMemo(() => urlKnowledge(model), [model]);
  const topics = useMemo(
    () => (meetings ? topicsOf(meetings, { areaAndParents: areaAndParents(model, area) }) : []),
    [meetings, model, area],
  );
  if (topics.length === 0) return null;
  const all: ViewState = {
    ...parseUrl('?ansicht=sitzung&bereich=themen', k).state,
    gebiet: area,
    sprache: lang,
  };
  return (
    <section className="beirat-topics" aria-labelledby="beirat-themen" data-testid="beirat-themen">
      <h3 id="beirat-themen">{t('beirat.heading')}</h3>
      <ul>
        {topics.slice(0, 5).map((tp) => (
          <TopicItem
            key={`${tp.meeting.datum}-${tp.card.id}`}
            topic={tp}
            model={model}
            k={k}
            update={update}
          />
        ))}
      </ul>
      <p>
        <a
          href={serializeUrl(all)}
          onClick={(e) => {
            if (!plain(e)) return;
            e.preventDefault();
            update(all);
          }}
        >
          {t('beirat.all', { name: areaName(model, area, lang) })}
        </a>
      </p>
    </section>
  );
}
