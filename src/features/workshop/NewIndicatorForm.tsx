import { useState } from 'react';
import {
  emptyDraft,
  idOfLabel,
  indicatorOfDraft,
  type DraftResult,
  type IndicatorDraft,
} from '../../data/import/newIndicator.ts';
import { UNITS, type Indicator } from '../../data/schemas.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';

/**
 * "Neue Kennzahl anlegen": a catalogue entry for a figure the package does not have yet (names in
 * German and English, unit, Handlungsfeld, polarity, aggregation and small-number rule). Created
 * entries can be chosen for any table column and are kept in the Zuordnung.
 */
export function NewIndicatorForm(props: {
  model: Model;
  created: Indicator[];
  onChange: (created: Indicator[]) => void;
}) {
  const { t, lang } = useI18n();
  const { model, created } = props;
  const [draft, setDraft] = useState<IndicatorDraft>(() => emptyDraft(model.catalogue.gruppen[0]?.id ?? ''));
  const [result, setResult] = useState<DraftResult | null>(null);
  const known = new Map<string, Pick<Indicator, 'id' | 'einheit'>>([
    ...[...model.indicators.values()].map((i) => [i.id as string, i] as const),
    ...created.map((i) => [i.id as string, i] as const),
  ]);
  const counts = [...model.indicators.values(), ...created].filter((i) =>
    ['personen', 'anzahl', 'km2'].includes(i.einheit),
  );
  const set = (patch: Partial<IndicatorDraft>) => {
    setDraft({ ...draft, ...patch });
    setResult(null);
  };
  const problem = (feld: string) =>
    result && !result.ok ? result.problems.find((p) => p.feld === feld)?.meldung : undefined;
  const field = (key: keyof IndicatorDraft, label: string) => {
    const p = problem(key);
    return (
      <>
        <label htmlFor={`ni-${key}`}>{label}</label>
        <span>
          <input
            id={`ni-${key}`}
            value={draft[key]}
            aria-invalid={p ? true : undefined}
            aria-describedby={p ? `ni-${key}-p` : undefined}
            onChange={(e) => set({ [key]: e.target.value })}
          />
          {p && (
            <span id={`ni-${key}-p`} className="ws-field-problem">
              {p}
            </span>
          )}
        </span>
      </>
    );
  };
  const choice = (key: 'gewicht' | 'zaehler' | 'nenner', label: string) => (
    <>
      <label htmlFor={`ni-${key}`}>{label}</label>
      <span>
        <select
          id={`ni-${key}`}
          value={draft[key]}
          aria-invalid={problem(key) ? true : undefined}
          onChange={(e) => set({ [key]: e.target.value })}
        >
          <option value="">–</option>
          {counts.map((i) => (
            <option key={i.id} value={i.id}>
              {lang === 'en' ? i.label_en : i.label_de}
            </option>
          ))}
        </select>
        {problem(key) && <span className="ws-field-problem">{problem(key)}</span>}
      </span>
    </>
  );
  const add = () => {
    const r = indicatorOfDraft(draft, known);
    setResult(r);
    if (r.ok) {
      props.onChange([...created, r.indicator]);
      setDraft(emptyDraft(draft.gruppe));
    }
  };
  return (
    <section className="ws-table" aria-labelledby="ni-h" data-testid="ws-neue-kennzahl">
      <h3 id="ni-h">{t('ws.ni.title')}</h3>
      <p className="hint">{t('ws.ni.hint')}</p>
      {created.length > 0 && (
        <ul data-testid="ws-neue-kennzahlen">
          {created.map((i) => (
            <li key={i.id}>
              <strong>{i.label_de}</strong> ({i.id}, {t(`ws.ni.unit.${i.einheit}`)},{' '}
              {t(`ws.ni.art.${i.aggregation.art as 'summe'}`)}){' '}
              <button
                type="button"
                onClick={() => props.onChange(created.filter((x) => x.id !== i.id))}
                aria-label={t('ws.ni.remove', { name: i.label_de })}
              >
                {t('ws.ni.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('ws.ni.open')}</summary>
        <div className="ws-grid">
          {field('label_de', t('ws.ni.labelDe'))}
          {field('label_en', t('ws.ni.labelEn'))}
          {field('beschreibung_de', t('ws.ni.descDe'))}
          {field('beschreibung_en', t('ws.ni.descEn'))}
          <span>{t('ws.ni.id')}</span>
          <output htmlFor="ni-label_de">{draft.label_de ? idOfLabel(draft.label_de) : '–'}</output>
          <label htmlFor="ni-einheit">{t('ws.ni.unit')}</label>
          <select
            id="ni-einheit"
            value={draft.einheit}
            onChange={(e) => {
              const einheit = e.target.value as IndicatorDraft['einheit'];
              const count = ['personen', 'anzahl', 'km2'].includes(einheit);
              set({ einheit, art: count ? 'summe' : draft.art === 'summe' ? 'mittel' : draft.art });
            }}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`ws.ni.unit.${u}`)}
              </option>
            ))}
          </select>
          <label htmlFor="ni-gruppe">{t('ws.ni.group')}</label>
          <select id="ni-gruppe" value={draft.gruppe} onChange={(e) => set({ gruppe: e.target.value })}>
            {model.catalogue.gruppen.map((g) => (
              <option key={g.id} value={g.id}>
                {lang === 'en' ? g.label_en : g.label_de}
              </option>
            ))}
          </select>
          <label htmlFor="ni-pol">{t('ws.ni.polarity')}</label>
          <select
            id="ni-pol"
            value={draft.polaritaet}
            onChange={(e) => set({ polaritaet: e.target.value as IndicatorDraft['polaritaet'] })}
          >
            {(['hoeher_besser', 'hoeher_schlechter', 'neutral'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`ws.ni.pol.${p}`)}
              </option>
            ))}
          </select>
          <label htmlFor="ni-art">{t('ws.ni.aggregation')}</label>
          <span>
            <select
              id="ni-art"
              value={draft.art}
              aria-invalid={problem('art') ? true : undefined}
              onChange={(e) => set({ art: e.target.value as IndicatorDraft['art'] })}
            >
              {(['summe', 'mittel', 'verhaeltnis'] as const).map((a) => (
                <option key={a} value={a}>
                  {t(`ws.ni.art.${a}`)}
                </option>
              ))}
            </select>
            {problem('art') && <span className="ws-field-problem">{problem('art')}</span>}
          </span>
          {draft.art === 'mittel' && choice('gewicht', t('ws.ni.weight'))}
          {draft.art === 'verhaeltnis' && choice('zaehler', t('ws.ni.numerator'))}
          {draft.art === 'verhaeltnis' && choice('nenner', t('ws.ni.denominator'))}
          {field('kleinzahl', t(`ws.ni.small.${draft.art}`))}
        </div>
        <p className="hint">{t(`ws.ni.artHint.${draft.art}`)}</p>
        <button type="button" onClick={add}>
          {t('ws.ni.add')}
        </button>
        {result && !result.ok && (
          <p role="alert" className="ws-field-problem">
            {t('ws.ni.problems', { count: result.problems.length })}
          </p>
        )}
      </details>
    </section>
  );
}
