import { useId, useState, type FormEvent } from 'react';
import { METHODS, type Method } from '../../domain/classify/breaks.ts';
import { PALETTES, type PaletteId } from '../../domain/classify/palettes.ts';
import { formatBare, unitSuffix } from '../../domain/format.ts';
import type { Indicator } from '../../data/schemas.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { canDiverge } from '../../view/choropleth.ts';

/** Parse "15; 20,5; 25" (display units, German or English decimals) into stored thresholds. */
export function parseManualBreaks(text: string, ind: Indicator): number[] | null {
  const parts = text.split(/[;\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  const nums = parts.map((p) => Number(p.replace(',', '.')));
  if (!nums.every(Number.isFinite)) return null;
  const f = ind.einheit === 'anteil' ? 100 : 1;
  return [...new Set(nums.map((n) => n / f))].sort((a, b) => a - b);
}

export function ClassControls(props: {
  state: ViewState;
  indicator: Indicator;
  method: Method;
  palette: PaletteId;
  thresholds: readonly number[];
  update: Update;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const ind = props.indicator;
  const shown = props.thresholds.map((v) => formatBare(lang, v, ind.einheit, ind.dezimalen)).join('; ');
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseManualBreaks(draft ?? shown, ind);
    setError(parsed === null);
    if (parsed) props.update({ klassen: 'manuell', grenzen: parsed });
  };
  return (
    <div className="class-controls">
      <div className="field">
        <label htmlFor={`${id}-m`}>{t('controls.method')}</label>
        <select
          id={`${id}-m`}
          value={props.method}
          data-testid="klassen"
          onChange={(e) => {
            const m = e.target.value as Method;
            setDraft(null);
            props.update(
              m === 'manuell' ? { klassen: m, grenzen: [...props.thresholds] } : { klassen: m, grenzen: [] },
            );
          }}
        >
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </select>
      </div>
      {props.method === 'manuell' && (
        <form className="field" onSubmit={apply}>
          <label htmlFor={`${id}-g`}>
            {t('controls.manual', { unit: unitSuffix(lang, ind.einheit) || '–' })}
          </label>
          <input
            id={`${id}-g`}
            value={draft ?? shown}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={error}
            aria-describedby={error ? `${id}-e` : undefined}
          />
          {error && (
            <span id={`${id}-e`} className="error">
              {t('controls.manualInvalid')}
            </span>
          )}
          <button type="submit">{t('controls.manualApply')}</button>
        </form>
      )}
      <div className="field">
        <label htmlFor={`${id}-p`}>{t('controls.palette')}</label>
        <select
          id={`${id}-p`}
          value={props.palette}
          onChange={(e) => props.update({ farben: e.target.value as PaletteId })}
        >
          {PALETTES.filter((p) => p !== 'divergierend' || canDiverge(ind)).map((p) => (
            <option key={p} value={p}>
              {t(`palette.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={props.state.fixiert}
          onChange={(e) => props.update({ fixiert: e.target.checked })}
        />
        {t('controls.fixed')}
      </label>
    </div>
  );
}
