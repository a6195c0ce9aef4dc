import { useId, useState } from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import { isViewQuery, MEETING_LIMITS } from '../../domain/meeting/meeting.ts';
import type { CardDraft } from '../../domain/meeting/topics.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName } from '../../view/text.ts';

/**
 * A view link as a card keeps it: the query of a Quartiersexplorer link (a whole address or just
 * its `?…` part), without the language, so the card opens in the reader's language. Null: no link
 * of this app.
 */
export function viewQueryOf(link: string): string | null {
  const s = link.trim();
  if (s === '') return '';
  const query = s.includes('?') ? s.slice(s.indexOf('?') + 1).split('#')[0]! : s;
  const p = new URLSearchParams(query);
  p.delete('sprache');
  const q = p.toString().replace(/%2C/g, ',');
  return q !== '' && p.has('ansicht') && isViewQuery(q) ? q : null;
}

/** A new topic card: title, an optional Handlungsfeld, quartiers and a linked view or slide. */
export function CardForm({ model, onAdd }: { model: Model; onAdd: (d: CardDraft) => void }) {
  const { lang, t } = useI18n();
  const id = useId();
  const [titel, setTitel] = useState('');
  const [field, setField] = useState('');
  const [areas, setAreas] = useState<AreaKey[]>([]);
  const [link, setLink] = useState('');
  const [tried, setTried] = useState(false);
  const view = viewQueryOf(link);
  const toggle = (a: AreaKey, on: boolean) => setAreas((x) => (on ? [...x, a] : x.filter((y) => y !== a)));
  return (
    <form
      className="card-form"
      aria-labelledby={`${id}-titel`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!titel.trim() || view === null) return;
        onAdd({ titel, handlungsfeld: field, gebiete: areas, ansicht: view });
        setTitel('');
        setField('');
        setAreas([]);
        setLink('');
        setTried(false);
      }}
    >
      {/* The details' summary shows the same words. */}
      <h2 id={`${id}-titel`} className="visually-hidden">
        {t('board.newCard')}
      </h2>
      <p className="field">
        <label htmlFor={`${id}-thema`}>{t('board.cardTitle')}</label>
        <input
          id={`${id}-thema`}
          value={titel}
          required
          maxLength={MEETING_LIMITS.title}
          aria-invalid={(tried && !titel.trim()) || undefined}
          onChange={(e) => setTitel(e.target.value)}
        />
      </p>
      <p className="field">
        <label htmlFor={`${id}-feld`}>{t('board.cardField')}</label>
        <select id={`${id}-feld`} value={field} onChange={(e) => setField(e.target.value)}>
          <option value="">{t('board.cardFieldNone')}</option>
          {model.catalogue.gruppen.map((g) => (
            <option key={g.id} value={g.id}>
              {lang === 'en' ? g.label_en : g.label_de}
            </option>
          ))}
        </select>
      </p>
      <details className="card-areas">
        <summary>
          {areas.length ? t('board.cardAreasCount', { n: areas.length }) : t('board.cardAreas')}
        </summary>
        {model.mapLevels.map((l) => (
          <fieldset key={l}>
            <legend>{t(`level.${l}`)}</legend>
            {model.byLevel[l].map((a) => (
              <label key={a} className="check">
                <input
                  type="checkbox"
                  checked={areas.includes(a)}
                  disabled={!areas.includes(a) && areas.length >= MEETING_LIMITS.areas}
                  onChange={(e) => toggle(a, e.target.checked)}
                />{' '}
                {areaName(model, a, lang)}
              </label>
            ))}
          </fieldset>
        ))}
      </details>
      <p className="field">
        <label htmlFor={`${id}-ansicht`}>{t('board.cardView')}</label>
        <input
          id={`${id}-ansicht`}
          value={link}
          maxLength={MEETING_LIMITS.view + 200}
          aria-invalid={view === null || undefined}
          aria-describedby={view === null ? `${id}-ansicht-fehler` : undefined}
          onChange={(e) => setLink(e.target.value)}
        />
        {view === null && (
          <span id={`${id}-ansicht-fehler`} className="field-error">
            {t('board.cardViewBad')}
          </span>
        )}
      </p>
      <p>
        <button type="submit">{t('board.cardAdd')}</button>
      </p>
    </form>
  );
}
