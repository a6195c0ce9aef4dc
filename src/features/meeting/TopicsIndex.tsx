import { useId, useMemo } from 'react';
import type { Meeting } from '../../domain/meeting/meeting.ts';
import { topicsOf } from '../../domain/meeting/topics.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { UrlKnowledge, ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { TopicItem } from '../../view/meeting/BeiratTopics.tsx';
import { areaAndParents } from '../../view/meeting/knowledge.ts';
import { areaName } from '../../view/text.ts';

/**
 * All topics across the meetings in this browser (`bereich=themen`), newest meeting first,
 * chosen by Handlungsfeld (`handlungsfeld=`) and quartier (`gebiet=`, with the areas it lies in).
 */
export function TopicsIndex(props: {
  meetings: readonly Meeting[];
  model: Model;
  k: UrlKnowledge;
  state: ViewState;
  update: Update;
}) {
  const { meetings, model, k, state, update } = props;
  const { lang, t } = useI18n();
  const id = useId();
  const area = state.gebiet;
  const topics = useMemo(
    () =>
      topicsOf(meetings, {
        field: state.handlungsfeld,
        ...(area ? { areaAndParents: areaAndParents(model, area) } : {}),
      }),
    [meetings, state.handlungsfeld, area, model],
  );
  return (
    <section className="topics-index" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('topics.title')}</h2>
      <p className="hint">{t('topics.hint')}</p>
      <p className="topics-filter">
        <label>
          {t('topics.field')}{' '}
          <select
            value={state.handlungsfeld ?? ''}
            onChange={(e) => update({ handlungsfeld: e.target.value || null }, 'replace')}
          >
            <option value="">{t('topics.all')}</option>
            {model.catalogue.gruppen.map((g) => (
              <option key={g.id} value={g.id}>
                {lang === 'en' ? g.label_en : g.label_de}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('topics.area')}{' '}
          <select
            value={area ?? ''}
            onChange={(e) => {
              const key = model.areaKey(e.target.value);
              const level = key && model.areas.get(key)?.level;
              update(
                key && level && level !== 'gesamt' ? { gebiet: key, ebene: level } : { gebiet: null },
                'replace',
              );
            }}
          >
            <option value="">{t('topics.all')}</option>
            {model.mapLevels.map((l) => (
              <optgroup key={l} label={t(`level.${l}`)}>
                {model.byLevel[l].map((a) => (
                  <option key={a} value={a}>
                    {areaName(model, a, lang)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </p>
      <p role="status">{topics.length ? t('topics.count', { n: topics.length }) : t('topics.empty')}</p>
      <ul className="topics-list">
        {topics.map((tp) => (
          <TopicItem
            key={`${tp.meeting.datum}-${tp.card.id}-${tp.where}`}
            topic={tp}
            model={model}
            k={k}
            update={update}
          />
        ))}
      </ul>
    </section>
  );
}
