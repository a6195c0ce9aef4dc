import { useMemo } from 'react';
import type { SlidePart } from '../../domain/deck/deck.ts';
import { presetAreas } from '../../view/compare/rows.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import { dotPanels, pyramidOf, seriesOf } from '../../view/charts/data.ts';
import { DotChart } from '../../view/charts/DotChart.tsx';
import { AreaLegend } from '../../view/charts/marks.tsx';
import { Pyramids } from '../../view/charts/Pyramids.tsx';
import { TimeSeries } from '../../view/charts/TimeSeries.tsx';
import { CompareTables } from '../../view/compare/CompareTables.tsx';
import { compareRows, MAX_COMPARED } from '../../view/compare/rows.ts';
import { profileFigures } from '../../view/profile/figures.ts';
import { AreaProfile } from '../../view/profile/AreaProfile.tsx';
import { FitToSlide } from './FitToSlide.tsx';
import { SlideCredits } from './SlideCredits.tsx';

/** A comparison slide: one part of the comparison view, the same charts at presentation size. */
export function CompareSlide(props: { model: Model; view: ViewState; part: SlidePart; scale: number }) {
  const { model, view, part, scale } = props;
  const chosen = view.vergleich.slice(0, MAX_COMPARED).join(',');
  const areas = useMemo(
    () => (chosen ? chosen.split(',').flatMap((k) => model.areaKey(k) ?? []) : presetAreas(model)),
    [chosen, model],
  );
  const year = view.jahr;
  const content = useMemo(() => {
    if (part === 'pyramiden') {
      const pyramids = areas.map((a) => pyramidOf(model, a, year));
      const city = pyramidOf(model, model.rootKey, year);
      return {
        cells: [...pyramids, city].flatMap((p) => p.cells),
        node: <Pyramids model={model} pyramids={pyramids} city={city} />,
      };
    }
    if (part === 'verlauf') {
      const series = seriesOf(model, areas, view.indikator);
      return {
        cells: series.flatMap((s) => s.points.map((p) => p.cell)),
        node: <TimeSeries model={model} indicator={model.indicators.get(view.indikator)!} series={series} />,
      };
    }
    if (part === 'tabelle') {
      const groups = compareRows(model, areas, year);
      return {
        cells: groups.flatMap((g) => g.rows.flatMap((r) => [r.city, ...r.cells.map((c) => c.cell)])),
        node: <CompareTables model={model} areas={areas} groups={groups} />,
      };
    }
    const panels = dotPanels(model, areas, year);
    return {
      cells: panels.flatMap((p) => p.rows.flatMap((r) => r.cells)),
      node: <DotChart model={model} panels={panels} />,
    };
  }, [part, model, areas, year, view.indikator]);
  return (
    <div className={`present-chart present-${part}`} data-testid="folienvergleich">
      <div className="present-fit">
        <FitToSlide max={3 * scale} deps={`${part}|${chosen}|${year}|${view.indikator}`}>
          {part !== 'tabelle' && part !== 'pyramiden' && <AreaLegend model={model} areas={areas} />}
          {content.node}
        </FitToSlide>
      </div>
      <SlideCredits model={model} cells={content.cells} year={year} />
    </div>
  );
}

/** A profile slide: the area's head and key figures in plain words. */
export function ProfileSlide({ model, view, scale }: { model: Model; view: ViewState; scale: number }) {
  const { lang } = useI18n();
  const area = view.gebiet ?? presetAreas(model)[0] ?? model.rootKey;
  const cells = useMemo(
    () => profileFigures(model, area, view.jahr, lang).map((f) => f.cell),
    [model, area, view.jahr, lang],
  );
  return (
    <div className="present-profile" data-testid="folienprofil">
      <div className="present-fit">
        <FitToSlide max={3 * scale} deps={`${area}|${view.jahr}`}>
          <AreaProfile model={model} area={area} year={view.jahr} figuresOnly />
        </FitToSlide>
      </div>
      <SlideCredits model={model} cells={cells} year={view.jahr} />
    </div>
  );
}
