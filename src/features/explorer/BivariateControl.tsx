import { useId } from 'react';
import type { IndicatorId } from '../../domain/ids.ts';
import type { Catalogue } from '../../data/schemas.ts';
import { useI18n } from '../../i18n/context.tsx';
import { IndicatorOptions } from '../../view/IndicatorOptions.tsx';

/**
 * The second measure of a demand × supply map (`bivariat=`): any indicator but the first, grouped
 * like the indicator picker; a native select, keyboard operable.
 */
export function BivariateControl(props: {
  catalogue: Catalogue;
  first: IndicatorId;
  value: IndicatorId | null;
  onChange: (id: IndicatorId | null) => void;
  /** The scatter plot's y axis: its own label, and always a second indicator. */
  axis?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field bivariate-control">
      <label htmlFor={id}>{props.axis ?? t('bivariate.control')}</label>
      <select
        id={id}
        data-testid="bivariat"
        value={props.value ?? ''}
        onChange={(e) =>
          props.onChange(
            props.catalogue.indikatoren.find((i) => i.id === e.target.value && i.id !== props.first)?.id ??
              null,
          )
        }
      >
        {props.axis === undefined && <option value="">{t('bivariate.off')}</option>}
        <IndicatorOptions
          catalogue={props.catalogue}
          show={(i) => i.id !== props.first && !i.pyramide && !i.hilfsgroesse}
        />
      </select>
    </div>
  );
}
