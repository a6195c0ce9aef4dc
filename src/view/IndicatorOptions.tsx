import type { Catalogue, Indicator } from '../data/schemas.ts';
import { useI18n } from '../i18n/context.tsx';
import { indicatorLabel } from './text.ts';

/**
 * The catalogue's indicators as a select's options, grouped by Handlungsfeld (groups without a
 * shown indicator are left out): the explorer's second measure and the comparison's time series.
 */
export function IndicatorOptions(props: { catalogue: Catalogue; show: (i: Indicator) => boolean }) {
  const { lang } = useI18n();
  return (
    <>
      {props.catalogue.gruppen.map((g) => {
        const items = props.catalogue.indikatoren.filter((i) => i.gruppe === g.id && props.show(i));
        return items.length === 0 ? null : (
          <optgroup key={g.id} label={indicatorLabel(g, lang)}>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {indicatorLabel(i, lang)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
