import { useId } from 'react';
import type { IndicatorId } from '../../domain/ids.ts';
import type { Catalogue } from '../../data/schemas.ts';
import { useI18n } from '../../i18n/context.tsx';
import { indicatorLabel } from '../../view/text.ts';

/**
 * The second measure of a demand × supply map (`bivariat=`): any indicator but the first, grouped
 * like the indicator picker; a native select, keyboard operable.
 */
export function BivariateControl(props: {
  catalogue: Catalogue;
  first: IndicatorId;
  value: IndicatorId | null;
  onChange: (id: IndicatorId | null) => void;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const options = props.catalogue.indikatoren.filter(
    (i) => i.id !== props.first && !i.pyramide && !i.hilfsgroesse,
  );
  return (
    <div className="field bivariate-control">
      <label htmlFor={id}>{t('bivariate.control')}</label>
      <select
        id={id}
        data-testid="bivariat"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(options.find((i) => i.id === e.target.value)?.id ?? null)}
      >
        <option value="">{t('bivariate.off')}</option>
        {props.catalogue.gruppen.map((g) => (
          <optgroup key={g.id} label={lang === 'en' ? g.label_en : g.label_de}>
            {options
              .filter((i) => i.gruppe === g.id)
              .map((i) => (
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
