import { useId } from 'react';
import { FORECAST_YEARS, type Year } from '../domain/ids.ts';
import { useI18n } from '../i18n/context.tsx';

const isForecast = (y: number) => (FORECAST_YEARS as readonly number[]).includes(y);

/** A range input over the available years; arrow keys, Home/End work natively; forecast years are marked. */
export function YearSlider(props: { years: readonly Year[]; value: Year; onChange: (y: Year) => void }) {
  const { t } = useI18n();
  const id = useId();
  const index = Math.max(0, props.years.indexOf(props.value));
  const text = (y: number) =>
    isForecast(y) ? t('controls.yearForecast', { year: y }) : t('controls.yearValue', { year: y });
  return (
    <div className="field year">
      <label htmlFor={id}>
        {t('controls.year')}: <output htmlFor={id}>{text(props.value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={props.years.length - 1}
        step={1}
        value={index}
        aria-valuetext={text(props.value)}
        onChange={(e) => props.onChange(props.years[Number(e.target.value)]!)}
        data-testid="jahr"
      />
      <ol className="ticks" aria-hidden="true">
        {props.years.map((y, i) => (
          <li
            key={y}
            className={isForecast(y) ? 'forecast' : undefined}
            style={{ insetInlineStart: `${(i / Math.max(1, props.years.length - 1)) * 100}%` }}
          >
            {i === 0 || i === props.years.length - 1 || isForecast(y) || y % 2 === 0 ? (
              <bdi>{`’${String(y).slice(2)}`}</bdi>
            ) : (
              '·'
            )}
          </li>
        ))}
      </ol>
      <p className="hint">{t('controls.forecastNote')}</p>
    </div>
  );
}
