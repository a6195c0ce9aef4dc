import type { Provenance } from '../../data/import/mapping.ts';
import { useI18n } from '../../i18n/context.tsx';

export type ProvenanceDraft = { [K in keyof Provenance]?: string | undefined };

/** Source title, publisher, reference date, licence and status: required before anything is taken. */
export function ProvenanceForm(props: { value: ProvenanceDraft; onChange: (p: ProvenanceDraft) => void }) {
  const { t } = useI18n();
  const v = props.value;
  const field = (k: 'titel' | 'herausgeber' | 'stichtag' | 'lizenz', type = 'text') => (
    <>
      <label htmlFor={`ws-p-${k}`}>{t(`ws.p.${k}`)}</label>
      <input
        id={`ws-p-${k}`}
        type={type}
        required
        value={v[k] ?? ''}
        onChange={(e) => props.onChange({ ...v, [k]: e.target.value })}
      />
    </>
  );
  return (
    <fieldset className="ws-provenance">
      <legend>{t('ws.provenance')}</legend>
      <p className="hint">{t('ws.provenanceHint')}</p>
      <div className="ws-grid">
        {field('titel')}
        {field('herausgeber')}
        {field('stichtag', 'date')}
        {field('lizenz')}
        <label htmlFor="ws-p-status">{t('ws.p.status')}</label>
        <select
          id="ws-p-status"
          required
          value={v.status ?? ''}
          onChange={(e) => props.onChange({ ...v, status: e.target.value })}
        >
          <option value="">–</option>
          {(['amtlich', 'sekundaer', 'naeherung'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`ws.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
