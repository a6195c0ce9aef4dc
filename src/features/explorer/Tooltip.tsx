import { wholeOf } from '../../view/territory.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { Choropleth } from '../../view/choropleth.ts';
import { classKeyOf, classLabel } from '../../view/Legend.tsx';
import { Provenance } from '../../view/Provenance.tsx';
import { areaName, cellText, cityComparison, indicatorLabel } from '../../view/text.ts';

/** Shown for the hovered or keyboard-focused area, in a fixed corner so it never hides the area itself. */
export function Tooltip(props: { model: Model; ch: Choropleth; area: AreaKey }) {
  const { lang, t } = useI18n();
  const { ch, area } = props;
  const cell = ch.cells.get(area);
  const k = classKeyOf(ch, area);
  const diff = cityComparison(cell, ch.city, ch.indicator, lang, wholeOf(props.model, lang));
  return (
    <div className="tooltip" role="tooltip" id="map-tooltip" data-testid="tooltip">
      <strong>{areaName(props.model, area, lang)}</strong>
      {props.model.areas.get(area)?.positionEstimated && (
        <span className="hint">{t('area.positionEstimated')}</span>
      )}
      <span className="value">
        {cellText(cell, ch.indicator, lang, t)} {cell && <Provenance model={props.model} cell={cell} />}
      </span>
      <span>
        {k >= 0 ? t('tooltip.class', { n: k + 1, of: ch.legend.length }) + ': ' : ''}
        {classLabel(ch, k, lang, t)}
      </span>
      {ch.bivariate && (
        <span className="value">
          {indicatorLabel(ch.bivariate.y, lang)}:{' '}
          {cellText(ch.bivariate.yCells.get(area), ch.bivariate.y, lang, t)}
        </span>
      )}
      {diff && !ch.bivariate && <span>{t('tooltip.vsCity', { diff })}</span>}
      <span className="hint">{t('tooltip.dismiss')}</span>
    </div>
  );
}
