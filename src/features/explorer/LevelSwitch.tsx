import { useI18n } from '../../i18n/context.tsx';
import type { MapLevel } from '../../domain/levels.ts';

/** Radio buttons: arrow keys move between the levels natively. */
export function LevelSwitch(props: {
  levels: readonly MapLevel[];
  value: MapLevel;
  onChange: (l: MapLevel) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="field segmented">
      <legend>{t('controls.level')}</legend>
      {props.levels.map((l) => (
        <label key={l}>
          <input
            type="radio"
            name="ebene"
            value={l}
            checked={props.value === l}
            onChange={() => props.onChange(l)}
          />
          <span>{t(`level.${l}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
