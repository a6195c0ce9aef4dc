import { SheetLink } from '../../view/SheetLink.tsx';
import { useEffect, useMemo, useState } from 'react';
import { fold } from '../../domain/fold.ts';
import { type AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { areaName, indicatorLabel } from '../../view/text.ts';
import { YearSlider } from '../../view/YearSlider.tsx';
import { IndicatorOptions } from '../../view/IndicatorOptions.tsx';
import { comparisonCsv } from './exportCsv.ts';
import { dotPanels, pyramidOf, seriesOf } from '../../view/charts/data.ts';
import { DotChart } from '../../view/charts/DotChart.tsx';
import { AreaLegend } from '../../view/charts/marks.tsx';
import { Pyramids } from '../../view/charts/Pyramids.tsx';
import { SmallMaps } from '../../view/charts/SmallMaps.tsx';
import { TimeSeries } from '../../view/charts/TimeSeries.tsx';
import { CompareTables } from '../../view/compare/CompareTables.tsx';
import { comparisonPng } from './exportPng.ts';
import { compareRows, MAX_COMPARED, presetAreas } from '../../view/compare/rows.ts';
import { Similar } from './Similar.tsx';
import { downloadBlob } from '../../ui/download.ts';

/** The comparison view: 1–4 areas of any level side by side with Bremerhaven. */
export function Compare(props: { model: Model; state: ViewState; update: Update }) {
  const { model, state, update } = props;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const chosen = state.vergleich.slice(0, MAX_COMPARED).join(',');
  // Keyed by the chosen keys, so the table is not recomputed on every render.
  const areas = useMemo(
    () => (chosen ? chosen.split(',').flatMap((k) => model.areaKey(k) ?? []) : presetAreas(model)),
    [chosen, model],
  );
  const groups = useMemo(() => compareRows(model, areas, state.jahr), [model, areas, state.jahr]);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const names = useMemo(
    () =>
      model.mapLevels.flatMap((l) =>
        model.byLevel[l].map((k) => ({
          key: k,
          name: fold(areaName(model, k, lang)),
          label: `${areaName(model, k, lang)} (${t(`level.one.${l}`)})`,
        })),
      ),
    [model, lang, t],
  );
  useEffect(() => {
    document.title = `${t('compare.title', { year: state.jahr })} – ${t('app.title')}`;
  }, [t, state.jahr]);

  const setAreas = (next: AreaKey[], message: string) => {
    update({ vergleich: next });
    announce(message);
  };
  const add = () => {
    const q = fold(query.trim());
    // An exact name first (so "Lehe" is the Stadtteil, not Leherheide), then a pick from the list,
    // then the start of a name, then any part of it.
    const hit =
      names.find((n) => n.name === q) ??
      names.find((n) => fold(n.label) === q) ??
      names.find((n) => n.name.startsWith(q)) ??
      names.find((n) => n.name.includes(q));
    if (!q || !hit) return setProblem(t('compare.notFound', { query }));
    if (areas.includes(hit.key)) return setProblem(t('compare.already', { name: hit.label }));
    if (areas.length >= MAX_COMPARED) return setProblem(t('compare.full', { n: MAX_COMPARED }));
    setProblem(null);
    setQuery('');
    setAreas([...areas, hit.key], t('compare.added', { name: areaName(model, hit.key, lang) }));
  };
  const panels = useMemo(() => dotPanels(model, areas, state.jahr), [model, areas, state.jahr]);
  const pyramids = useMemo(
    () => areas.map((a) => pyramidOf(model, a, state.jahr)),
    [model, areas, state.jahr],
  );
  const cityPyramid = useMemo(() => pyramidOf(model, model.rootKey, state.jahr), [model, state.jahr]);
  const indicator = model.indicators.get(state.indikator)!;
  const series = useMemo(() => seriesOf(model, areas, state.indikator), [model, areas, state.indikator]);
  const stem = `quartiersvergleich-${areas.join('-')}-${state.jahr}`;
  const download = () =>
    downloadBlob(
      new Blob([comparisonCsv(model, groups, state.jahr, lang, t)], { type: 'text/csv;charset=utf-8' }),
      `${stem}.csv`,
    );
  const image = () =>
    comparisonPng({ model, areas, year: state.jahr, panels, lang, t }).then(
      (blob) => {
        downloadBlob(blob, `${stem}.png`);
        announce(t('compare.pngDone'));
      },
      (e: unknown) => setProblem(t('compare.pngFailed', { reason: String(e) })),
    );

  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="vergleich">
      <h2 id="compare-title">{t('compare.title', { year: state.jahr })}</h2>
      <p className="hint">{t('compare.intro')}</p>
      <div className="compare-controls">
        <ul className="compare-chips" aria-label={t('compare.chosen')}>
          {areas.map((a) => (
            <li key={a}>
              {areaName(model, a, lang)}
              <button
                type="button"
                aria-label={t('compare.remove', { name: areaName(model, a, lang) })}
                disabled={areas.length <= 1}
                onClick={() =>
                  setAreas(
                    areas.filter((x) => x !== a),
                    t('compare.removed', { name: areaName(model, a, lang) }),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="compare-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor="compare-search">{t('compare.add')}</label>
          <input
            id="compare-search"
            type="search"
            list="compare-names"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }}
            aria-describedby={problem ? 'compare-problem' : undefined}
          />
          <datalist id="compare-names">
            {names.map((n) => (
              <option key={n.key} value={n.label} />
            ))}
          </datalist>
          <button type="submit">{t('compare.addButton')}</button>
          {problem && (
            <p id="compare-problem" role="alert">
              {problem}
            </p>
          )}
        </form>
        <YearSlider years={model.years} value={state.jahr} onChange={(jahr) => update({ jahr }, 'replace')} />
        <button type="button" onClick={download} data-testid="csv">
          {t('compare.csv')}
        </button>
        <button type="button" onClick={() => void image()} data-testid="png">
          {t('compare.png')}
        </button>
      </div>
      <section className="compare-overview" aria-labelledby="overview-title">
        <h3 id="overview-title">{t('charts.overview', { year: state.jahr })}</h3>
        <AreaLegend model={model} areas={areas} />
        <DotChart model={model} panels={panels} />
        <p className="hint">{t('charts.dotNote')}</p>
      </section>
      <CompareTables model={model} areas={areas} groups={groups} />
      <p className="hint">{t('compare.notableNote')}</p>
      <section aria-labelledby="pyramid-title">
        <h3 id="pyramid-title">{t('charts.pyramids', { year: state.jahr })}</h3>
        <Pyramids model={model} pyramids={pyramids} city={cityPyramid} />
      </section>
      <section aria-labelledby="trend-title">
        <h3 id="trend-title">{t('charts.trend')}</h3>
        <label htmlFor="trend-indicator">{t('charts.indicator')}</label>{' '}
        <select
          id="trend-indicator"
          value={state.indikator}
          onChange={(e) => {
            const id = model.indicatorId(e.currentTarget.value);
            if (id) update({ indikator: id }, 'replace');
          }}
        >
          <IndicatorOptions catalogue={model.catalogue} show={(i) => !i.hilfsgroesse && !i.pyramide} />
        </select>{' '}
        <SheetLink
          state={state}
          update={update}
          indicator={indicator.id}
          name={indicatorLabel(indicator, lang)}
        />
        <AreaLegend model={model} areas={areas} />
        <TimeSeries model={model} indicator={indicator} series={series} />
        <h4>{t('charts.smallMaps', { indicator: indicatorLabel(indicator, lang) })}</h4>
        <SmallMaps model={model} state={state} areas={areas} />
      </section>
      <Similar model={model} state={state} update={update} areas={areas} />
    </section>
  );
}
