import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { downloadBlob } from '../../ui/download.ts';
import { ChartProvenance } from '../../view/charts/ChartParts.tsx';
import { ScatterChart } from '../../view/charts/ScatterChart.tsx';
import type { Choropleth } from '../../view/choropleth.ts';
import { correlationText, scatterData, scatterSummary } from '../../view/scatter.ts';
import { scatterCsv } from '../../view/scatterCsv.ts';
import { areaName, cellText, indicatorLabel, yearText } from '../../view/text.ts';

/** The element's width in CSS pixels (ResizeObserver), 300–1000, 640 until measured. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [w, setW] = useState(640);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const obs = new ResizeObserver(([e]) => {
      const next = Math.round(Math.max(300, Math.min(1000, e?.contentRect.width ?? 640)));
      setW((old) => (Math.abs(old - next) >= 4 ? next : old));
    });
    obs.observe(el);
    return () => obs.disconnect();
  }, [ref]);
  return w;
}

/**
 * The scatter view's plot (`ansicht=streuung`): the chart, r in words, the line's switch, the
 * axes' swap, the way back to the map, CSV and PNG, and the text alternative. The explorer around
 * it keeps the map, the table and the selection, so hovering or choosing an area anywhere marks it
 * everywhere.
 */
export function ScatterPanel(props: {
  model: Model;
  ch: Choropleth;
  state: ViewState;
  update: Update;
  hovered: AreaKey | null;
  setPointer: (k: AreaKey | null) => void;
  setFocus: (k: AreaKey) => void;
  select: (k: AreaKey | null) => void;
  levelName: string;
}) {
  const { model, ch, state, update } = props;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const data = useMemo(() => scatterData(ch), [ch]);
  const b = ch.bivariate!;
  const svgWrap = useRef<HTMLDivElement>(null);
  const width = useWidth(svgWrap);
  const [problem, setProblem] = useState<string | null>(null);
  const fit = correlationText(data.fit, lang, t);
  // Per view, not per hover: with thousands of areas these walk every value.
  const cells = useMemo(() => [...ch.cells.values(), ...b.yCells.values()], [ch, b]);
  const summary = useMemo(
    () => scatterSummary(model, ch, data, lang, t, props.levelName),
    [model, ch, data, lang, t, props.levelName],
  );
  const title = t('title.scatter', {
    x: indicatorLabel(ch.indicator, lang),
    y: indicatorLabel(b.y, lang),
    year: yearText(b.y, state.jahr, lang, t),
    level: props.levelName,
  });
  useEffect(() => {
    document.title = `${title} – ${t('app.title')}`;
  }, [title, t]);
  const stem = `streuung-${ch.indicator.id}-${b.y.id}-${state.jahr}`;
  const csv = () =>
    downloadBlob(
      new Blob([scatterCsv(model, ch, data, lang, t, props.levelName)], { type: 'text/csv;charset=utf-8' }),
      `${stem}.csv`,
    );
  const png = () => {
    const svgs = [...(svgWrap.current?.querySelectorAll('svg') ?? [])];
    if (svgs.length === 0) return;
    setProblem(null);
    void import('./scatterPng.ts')
      .then((m) => m.scatterPng({ svgs, model, ch, title, fit, t, lang }))
      .then(
        (blob) => {
          downloadBlob(blob, `${stem}.png`);
          announce(t('compare.pngDone'));
        },
        (e: unknown) => setProblem(t('compare.pngFailed', { reason: String(e) })),
      );
  };
  return (
    <section className="scatter-panel" aria-labelledby="scatter-heading" data-testid="streuung-ansicht">
      <h2 id="scatter-heading">{title}</h2>
      <div ref={svgWrap} className="scatter-frame">
        <ScatterChart
          model={model}
          ch={ch}
          data={data}
          regression={state.regression}
          hovered={props.hovered}
          selected={state.gebiet}
          levelName={props.levelName}
          width={width}
          height={Math.round(Math.min(width * 0.72, Math.max(320, width * 0.6)))}
          describedBy="scatter-summary scatter-instructions"
          onHover={props.setPointer}
          onFocusPoint={(k) => {
            props.setFocus(k);
            announce(
              t('scatter.focused', {
                name: areaName(model, k, lang),
                x: cellText(ch.cells.get(k), ch.indicator, lang, t),
                y: cellText(b.yCells.get(k), b.y, lang, t),
              }),
            );
          }}
          onSelect={props.select}
        />
      </div>
      <p className="scatter-fit" data-testid="streuung-zusammenhang">
        {fit}
      </p>
      <div className="scatter-actions">
        <label>
          <input
            type="checkbox"
            checked={state.regression}
            data-testid="streuung-regression"
            onChange={(e) => update({ regression: e.currentTarget.checked }, 'replace')}
          />{' '}
          {t('scatter.regression')}
        </label>
        <button
          type="button"
          data-testid="streuung-tauschen"
          onClick={() =>
            update({ indikator: b.y.id, bivariat: ch.base.id, veraenderungSeit: null }, 'replace')
          }
        >
          {t('scatter.swap')}
        </button>
        <a
          href={serializeUrl({ ...state, ansicht: 'karte' })}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            update({ ansicht: 'karte' });
          }}
        >
          {t('scatter.asMap')}
        </a>
        <button type="button" data-testid="streuung-csv" onClick={csv}>
          {t('scatter.exportCsv')}
        </button>
        <button type="button" data-testid="streuung-png" onClick={png}>
          {t('scatter.exportPng')}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <ChartProvenance model={model} cells={cells} />
      <p className="hint">{t('scatter.guides')}</p>
      <p id="scatter-summary" className="summary" data-testid="streuung-text">
        {summary}
      </p>
      <p id="scatter-instructions" className="visually-hidden">
        {t('scatter.instructions')}
      </p>
    </section>
  );
}
