import { useId, useState } from 'react';
import { isDate, MEETING_LIMITS, type Meeting } from '../../domain/meeting/meeting.ts';
import { useI18n } from '../../i18n/context.tsx';

type Change = (f: (m: Meeting) => Meeting) => void;

/**
 * A field of the meeting that must not be empty (title, date): edited as typed, written to the
 * meeting only while valid, so the autosaved copy is always a readable meeting file.
 */
export function RequiredField(props: {
  label: string;
  type: 'text' | 'date';
  value: string;
  valid: (v: string) => boolean;
  onValid: (v: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(props.value);
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    // Another meeting was opened: show its value.
    setShown(props.value);
    setText(props.value);
  }
  const bad = !props.valid(text);
  return (
    <p className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type}
        value={text}
        required
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-fehler` : undefined}
        maxLength={MEETING_LIMITS.title}
        onChange={(e) => {
          setText(e.target.value);
          if (props.valid(e.target.value)) {
            setShown(e.target.value.trim());
            props.onValid(e.target.value.trim());
          }
        }}
      />
      {bad && (
        <span id={`${id}-fehler`} className="field-error">
          {t('meeting.problem.fehlt', { field: props.label })}
        </span>
      )}
    </p>
  );
}

function Field(props: {
  label: string;
  type: 'text' | 'date' | 'time' | 'number';
  value: string | number;
  onChange: (v: string) => void;
  min?: number;
  max?: number;
}) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type}
        value={props.value}
        min={props.min}
        max={props.max}
        maxLength={props.type === 'text' ? MEETING_LIMITS.place : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </p>
  );
}

const int = (v: string, min: number, max: number, fallback: number) => {
  const n = Number(v);
  return v.trim() !== '' && Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

/** Date, time, place, the groups present and the Lean Coffee's settings. */
export function MeetingDetails({ meeting: m, change }: { meeting: Meeting; change: Change }) {
  const { t } = useI18n();
  const [group, setGroup] = useState('');
  const L = MEETING_LIMITS;
  const set = (patch: Partial<Meeting>) => change((x) => ({ ...x, ...patch }));
  const addGroup = () => {
    const g = group.trim().slice(0, L.group);
    if (g && !m.gruppen.includes(g) && m.gruppen.length < L.groups) set({ gruppen: [...m.gruppen, g] });
    setGroup('');
  };
  return (
    <section className="meeting-details" aria-labelledby="sitzung-termin">
      <h2 id="sitzung-termin">{t('meeting.details')}</h2>
      <div className="meeting-fields">
        <RequiredField
          label={t('meeting.field.titel')}
          type="text"
          value={m.titel}
          valid={(v) => v.trim() !== ''}
          onValid={(titel) => set({ titel })}
        />
        <RequiredField
          label={t('meeting.field.datum')}
          type="date"
          value={m.datum}
          valid={isDate}
          onValid={(datum) => set({ datum })}
        />
        <Field
          label={t('meeting.field.beginn')}
          type="time"
          value={m.beginn}
          onChange={(beginn) => set({ beginn })}
        />
        <Field
          label={t('meeting.field.ende')}
          type="time"
          value={m.ende}
          onChange={(ende) => set({ ende })}
        />
        <Field label={t('meeting.field.ort')} type="text" value={m.ort} onChange={(ort) => set({ ort })} />
        <Field
          label={t('meeting.field.naechsterTermin')}
          type="date"
          value={m.naechsterTermin}
          onChange={(v) => set({ naechsterTermin: isDate(v) ? v : '' })}
        />
        <Field
          label={t('meeting.field.teilnehmende')}
          type="number"
          min={0}
          max={L.participants}
          value={m.teilnehmende}
          onChange={(v) => set({ teilnehmende: int(v, 0, L.participants, 0) })}
        />
        <Field
          label={t('meeting.field.punkteProPerson')}
          type="number"
          min={1}
          max={L.dotsPerPerson}
          value={m.punkteProPerson}
          onChange={(v) => set({ punkteProPerson: int(v, 1, L.dotsPerPerson, m.punkteProPerson) })}
        />
        <Field
          label={t('meeting.field.rundeMinuten')}
          type="number"
          min={1}
          max={L.minutes}
          value={m.rundeMinuten}
          onChange={(v) => set({ rundeMinuten: int(v, 1, L.minutes, m.rundeMinuten) })}
        />
      </div>
      <fieldset className="meeting-groups">
        <legend>{t('meeting.groups')}</legend>
        <ul>
          {m.gruppen.map((g) => (
            <li key={g}>
              <span>{g}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('meeting.groupRemove', { name: g })}
                onClick={() => set({ gruppen: m.gruppen.filter((x) => x !== g) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            addGroup();
          }}
        >
          <label>
            {t('meeting.groupNew')}{' '}
            <input value={group} maxLength={L.group} onChange={(e) => setGroup(e.target.value)} />
          </label>{' '}
          <button type="submit">{t('meeting.groupAdd')}</button>
        </form>
      </fieldset>
    </section>
  );
}
