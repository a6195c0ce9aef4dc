import { useMemo } from 'react';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import { ScatterChart } from '../../view/charts/ScatterChart.tsx';
import type { Choropleth } from '../../view/choropleth.ts';
import { correlationText, scatterData, scatterSummary } from '../../view/scatter.ts';

/**
 * A scatter slide's plot beside its map: drawn still (no pointer, no tab stop) and scaled to the
 * slide, r in words below it, and the text alternative for those who cannot see it.
 */
export function ScatterSide({ model, ch, view }: { model: Model; ch: Choropleth; view: ViewState }) {
  const { lang, t } = useI18n();
  const data = useMemo(() => scatterData(ch), [ch]);
  const levelName = t(`level.${view.ebene}`);
  return (
    <aside className="present-side present-scatter" data-testid="folie-streuung">
      <div className="present-scatter-frame">
        <ScatterChart
          model={model}
          ch={ch}
          data={data}
          regression={view.regression}
          hovered={null}
          selected={view.gebiet}
          levelName={levelName}
          still
          // A small view box, scaled up to the slide: text and points read from the back of the room.
          width={470}
          height={340}
        />
      </div>
      <p className="scatter-fit">{correlationText(data.fit, lang, t)}</p>
      <p className="visually-hidden">{scatterSummary(model, ch, data, lang, t, levelName)}</p>
    </aside>
  );
}
