import { indicatorLabel } from '../../view/text.ts';
import { useId, useMemo, useState } from 'react';
import { fold } from '../../domain/fold.ts';
import type { IndicatorId } from '../../domain/ids.ts';
import type { Catalogue } from '../../data/schemas.ts';
import { useI18n } from '../../i18n/context.tsx';

/** Indicators grouped by Handlungsfeld in a native select (keyboard and screen reader for free), with a search box. */
export function IndicatorPicker(props: {
  catalogue: Catalogue;
  value: IndicatorId;
  onChange: (id: IndicatorId) => void;
  /** The select's label (the scatter plot's x axis); default "Indikator". */
  label?: string;
}) {
  const { lang, t } = useI18n();
  const [query, setQuery] = useState('');
  const id = useId();
  const groups = useMemo(() => {
    const q = fold(query.trim());
    return props.catalogue.gruppen
      .map((g) => ({
        g,
        items: props.catalogue.indikatoren.filter(
          (i) =>
            i.gruppe === g.id &&
            !i.pyramide &&
            !i.hilfsgroesse &&
            (q === '' ||
              fold(
                `${i.label_de} ${i.label_en} ${indicatorLabel(i, lang)} ${i.id} ${i.beschreibung_de}`,
              ).includes(q)),
        ),
      }))
      .filter((x) => x.items.length > 0);
  }, [props.catalogue, query, lang]);
  const count = groups.reduce((s, x) => s + x.items.length, 0);
  const visible = groups.some((x) => x.items.some((i) => i.id === props.value));
  return (
    <div className="field">
      <label htmlFor={`${id}-q`}>{t('controls.search')}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${id}-n`}
        autoComplete="off"
      />
      <span id={`${id}-n`} className="hint" aria-live="polite">
        {count === 0 ? t('controls.noMatch', { query }) : t('controls.searchHint', { count })}
      </span>
      <label htmlFor={`${id}-s`}>{props.label ?? t('controls.indicator')}</label>
      <select
        id={`${id}-s`}
        value={visible ? props.value : ''}
        onChange={(e) => {
          const chosen = props.catalogue.indikatoren.find((i) => i.id === e.target.value);
          if (chosen) props.onChange(chosen.id);
        }}
        data-testid="indikator"
      >
        {!visible && <option value="">–</option>}
        {groups.map(({ g, items }) => (
          <optgroup key={g.id} label={indicatorLabel(g, lang)}>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {indicatorLabel(i, lang)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
