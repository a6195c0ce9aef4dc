import { useId } from 'react';
import { FORECAST_YEARS, type Year } from '../../domain/ids.ts';
import { useI18n } from '../../i18n/context.tsx';

const isForecast = (y: number) => (FORECAST_YEARS as readonly number[]).includes(y);

/**
 * Beside the year slider: the map shows the values of the year, or their change since a base year
 * (`veraenderung_seit`). A native select, so it works by keyboard and with screen readers.
 */
export function ChangeControl(props: {
  years: readonly Year[];
  year: Year;
  value: Year | null;
  onChange: (since: Year | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const bases = props.years.filter((y) => y !== props.year);
  return (
    <div className="field change">
      <label htmlFor={id}>{t('change.since')}</label>
      <select
        id={id}
        data-testid="veraenderung-seit"
        value={props.value === null ? '' : String(props.value)}
        onChange={(e) =>
          props.onChange(
            e.target.value === '' ? null : (bases.find((y) => String(y) === e.target.value) ?? null),
          )
        }
      >
        <option value="">{t('change.none', { year: props.year })}</option>
        {bases.map((y) => (
          <option key={y} value={y}>
            {isForecast(y) ? t('controls.yearForecast', { year: y }) : String(y)}
          </option>
        ))}
      </select>
    </div>
  );
}
