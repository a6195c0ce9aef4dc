import { useMemo } from 'react';
import type { MapLevel } from '../../domain/levels.ts';
import type { Meeting } from '../../domain/meeting/meeting.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { UrlKnowledge } from '../../state/url.ts';
import { downloadBlob } from '../../ui/download.ts';
import { svgShapes } from '../../view/geoSvg.ts';
import { docText, meetingDoc, type DocSlide, type DocTopic } from '../../view/meeting/doc.ts';
import { meetingFileName } from './MeetingFiles.tsx';
import { today } from './useMeetings.ts';

const W = 180;
const H = 130;

function SlideMap({ slide, model }: { slide: DocSlide; model: Model }) {
  const level: MapLevel = slide.map.level;
  const shapes = useMemo(
    () => svgShapes(model.boundaries[level]?.features ?? [], W, H).shapes,
    [model, level],
  );
  return (
    <figure className="doc-map">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={slide.map.caption}>
        {shapes.map((s) => (
          <path
            key={s.key}
            d={s.d}
            fill={slide.map.colours.get(s.key) ?? '#e8ecef'}
            stroke="#fff"
            strokeWidth={0.6}
          />
        ))}
      </svg>
      <figcaption>{slide.map.caption}</figcaption>
    </figure>
  );
}

function Topics({ list, none }: { list: DocTopic[]; none: string }) {
  const { t } = useI18n();
  if (list.length === 0) return <p>{none}</p>;
  return (
    <ol className="doc-topics">
      {list.map((c, i) => (
        <li key={i}>
          <h3>
            {c.title}{' '}
            <span className="doc-dots">
              ({c.dots}
              {c.inDiscussion ? `; ${t('doc.inDiscussion')}` : ''})
            </span>
          </h3>
          {c.meta.length > 0 && <p className="muted">{c.meta.join(' · ')}</p>}
          {c.notes && (
            <>
              <h4>{t('doc.notes')}</h4>
              <p className="doc-notes">{c.notes}</p>
            </>
          )}
          {c.steps.length > 0 && (
            <>
              <h4>{t('doc.steps')}</h4>
              <ul>
                {c.steps.map((s, j) => (
                  <li key={j}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The meeting's Dokumentation (`bereich=dokumentation`): a document for A4 (print or save as PDF
 * from the browser's print dialog; the page's print style hides everything else) and the same
 * content as a text file for the Sozialplanung's template.
 */
export function Documentation({ meeting, model, k }: { meeting: Meeting; model: Model; k: UrlKnowledge }) {
  const { lang, t } = useI18n();
  const doc = useMemo(() => meetingDoc(meeting, model, k, lang, t, today()), [meeting, model, k, lang, t]);
  return (
    <article className="meeting-doc" aria-labelledby="doku-titel">
      <p className="doc-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('doc.print')}
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([docText(doc, t)], { type: 'text/plain;charset=utf-8' }),
              meetingFileName(meeting, '_Dokumentation.txt'),
            )
          }
        >
          {t('doc.text')}
        </button>
      </p>
      <h1 id="doku-titel">{t('doc.title', { title: doc.title })}</h1>
      <dl className="doc-facts">
        <dt>{t('doc.when')}</dt>
        <dd>{doc.when}</dd>
        <dt>{t('doc.where')}</dt>
        <dd>{doc.where}</dd>
        {doc.participants && (
          <>
            <dt>{t('doc.participants')}</dt>
            <dd>{doc.participants}</dd>
          </>
        )}
        <dt>{t('doc.groups')}</dt>
        <dd>{doc.groups.join(', ') || t('doc.none')}</dd>
      </dl>
      <section aria-labelledby="doku-tagesordnung">
        <h2 id="doku-tagesordnung">{t('doc.agenda')}</h2>
        {doc.agenda.length === 0 && <p>{t('meeting.agendaEmpty')}</p>}
        <ol className="doc-agenda">
          {doc.agenda.map((a) => (
            <li key={a.n}>
              <h3>
                {t('meeting.item', { n: a.n, title: a.title })}{' '}
                <span className="muted">({[a.kind, a.minutes].filter(Boolean).join(', ')})</span>
              </h3>
              {a.text && <p className="doc-notes">{a.text}</p>}
              {a.deck && (
                <>
                  <h4>{t('doc.slides', { title: a.deck.title })}</h4>
                  <ol className="doc-slides">
                    {a.deck.slides.map((s) => (
                      <li key={s.n} className="doc-slide">
                        <SlideMap slide={s} model={model} />
                        <div>
                          <p className="doc-slide-title">{t('doc.slide', { n: s.n, title: s.title })}</p>
                          <p className={`doc-credits status-${s.status ?? 'none'}`}>{s.credits}</p>
                        </div>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="doku-ergebnisse">
        <h2 id="doku-ergebnisse">{t('doc.results')}</h2>
        <Topics list={doc.results} none={t('doc.noResults')} />
      </section>
      <section aria-labelledby="doku-speicher">
        <h2 id="doku-speicher">{t('doc.store')}</h2>
        <Topics list={doc.store} none={t('doc.storeEmpty')} />
      </section>
      <section aria-labelledby="doku-termin">
        <h2 id="doku-termin">{t('doc.next')}</h2>
        <p>{doc.next}</p>
      </section>
      <p className="doc-footer">{doc.footer}</p>
    </article>
  );
}
