import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import type { MapConfig } from '../../data/config.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { loadViewMessages } from '../../i18n/translate.ts';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { choropleth } from '../../view/choropleth.ts';
import { MAX_COMPARED, toggleCompared } from '../../view/compare/choice.ts';
import { classKeyOf, classLabel } from '../../view/Legend.tsx';
import { areaName, cellText, indicatorLabel, mapSummary, yearText } from '../../view/text.ts';
import { AreaTable, useRowMark } from './AreaTable.tsx';
import { Controls } from './Controls.tsx';
import { SheetLink } from '../../view/SheetLink.tsx';
import { ExplorerMap } from './ExplorerMap.tsx';
import { useFacilityOverlay } from './facilities/useFacilityOverlay.ts';

// Only needed once an area is selected: loaded on demand.
const SidePanel = lazy(() => import('./SidePanel.tsx').then((m) => ({ default: m.SidePanel })));
// The scatter view's plot, with the view texts it speaks.
const ScatterPanel = lazy(() =>
  Promise.all([import('./ScatterPanel.tsx'), loadViewMessages()]).then(([m]) => ({
    default: m.ScatterPanel,
  })),
);

/** A callback that keeps its identity across renders and always calls the latest `fn`. */
function useStable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

/**
 * The map view: controls (Controls.tsx), the map with its tooltip (ExplorerMap.tsx), the text
 * summary, the equivalent table and the selected area's side panel. This file holds the state they
 * share and the actions that change the URL and announce it.
 */
export function Explorer(props: {
  model: Model;
  config: MapConfig;
  state: ViewState;
  update: Update;
  onMap?: (m: MapLibreMap) => void;
}) {
  const { model, state, update } = props;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const ch = useMemo(() => choropleth(model, state), [model, state]);
  const facilities = useFacilityOverlay(model, state);
  const [pointer, setPointer] = useState<AreaKey | null>(null);
  const [focusArea, setFocusArea] = useState<AreaKey | null>(null);
  // A highlighted legend class holds only for the view it was chosen in.
  const [highlightFor, setHighlightFor] = useState<{ k: number; view: string } | null>(null);
  const [basemapFailed, setBasemapFailed] = useState(false);
  const levelName = t(`level.${state.ebene}`);
  const ind = ch.indicator;
  const viewText = t('announce.view', {
    indicator: indicatorLabel(ind, lang),
    year: yearText(ind, state.jahr, lang, t),
    level: levelName,
  });
  const highlight = highlightFor?.view === viewText ? highlightFor.k : null;
  const hovered = pointer ?? focusArea;
  const highlighted = useMemo(
    () =>
      highlight === null ? null : new Set<string>(ch.areas.filter((a) => classKeyOf(ch, a) === highlight)),
    [ch, highlight],
  );

  // The table follows a switch one render later (a deferred value): the map's new colours go out
  // first, and the rows (hundreds in a Landkreis package) no longer hold back the frame showing them.
  const current = useMemo(() => ({ ch, levelName }), [ch, levelName]);
  const table = useDeferredValue(current);

  const scatter = state.ansicht === 'streuung' && ch.bivariate !== undefined;
  const tableBody = useRef<HTMLTableSectionElement>(null);
  useRowMark(tableBody, hovered);

  // Title and announcements follow the state (the scatter plot names its own title).
  useEffect(() => {
    if (scatter) return;
    document.title = `${t('title.map', { indicator: indicatorLabel(ind, lang), year: yearText(ind, state.jahr, lang, t), level: levelName })} – ${t('app.title')}`;
  }, [ind, lang, state.jahr, levelName, t, scatter]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else announce(viewText);
  }, [viewText, announce]);

  const select = (key: AreaKey | null) => {
    update({ gebiet: key });
    announce(
      key
        ? t('announce.selected', {
            name: areaName(model, key, lang),
            value: cellText(ch.cells.get(key), ind, lang, t),
          })
        : t('announce.deselected'),
    );
  };
  // Add to or remove from the comparison, from the table or the selected area's panel.
  const compare = (key: AreaKey) => {
    const { list, result } = toggleCompared(state.vergleich, key);
    if (result !== 'full') update({ vergleich: list }, 'replace');
    announce(
      result === 'full'
        ? t('compare.full', { n: MAX_COMPARED })
        : t(result === 'added' ? 'compare.added' : 'compare.removed', { name: areaName(model, key, lang) }),
    );
  };
  const onHighlight = (k: number | null) => {
    setHighlightFor(k === null ? null : { k, view: viewText });
    if (k !== null)
      announce(
        t('announce.highlight', {
          n: classLabel(ch, k, lang, t),
          count: ch.areas
            .filter((a) => classKeyOf(ch, a) === k)
            .map((a) => areaName(model, a, lang))
            .join(', '),
        }),
      );
  };

  // The table is memoised: its callbacks keep their identity, so a hover does not render it again.
  const onTableSelect = useStable((k: AreaKey) => select(k === state.gebiet ? null : k));
  const onTableLedger = useStable((k: AreaKey) => {
    update({ gebiet: k, chronik: true });
    announce(t('supply.ledgerFor', { name: areaName(model, k, lang) }));
  });
  const onTableCompare = useStable(compare);
  // Memoised: the table is, and a new element on every hover would render it again.
  const sheetLink = useMemo(
    () => (
      <SheetLink state={state} update={update} indicator={ch.base.id} name={indicatorLabel(ch.base, lang)}>
        {t('nav.indikator')}
      </SheetLink>
    ),
    [state, update, ch.base, lang, t],
  );
  const map = (
    <ExplorerMap
      model={model}
      config={props.config}
      state={state}
      ch={ch}
      pointer={{ hovered, setPointer, setFocus: setFocusArea }}
      focused={focusArea}
      highlighted={highlighted}
      facilities={facilities}
      select={select}
      onBasemapError={() => setBasemapFailed(true)}
      {...(props.onMap ? { onMap: props.onMap } : {})}
    />
  );

  return (
    <div className={scatter ? 'explorer scatter-mode' : 'explorer'} data-testid="explorer">
      <Controls
        model={model}
        state={state}
        update={update}
        ch={ch}
        hovered={hovered}
        highlight={highlight}
        onHighlight={onHighlight}
      />
      <div className="map-column" id="karte">
        {scatter ? (
          <div className="scatter-layout">
            <Suspense fallback={null}>
              <ScatterPanel
                model={model}
                ch={ch}
                state={state}
                update={update}
                hovered={hovered}
                setPointer={setPointer}
                setFocus={setFocusArea}
                select={select}
                levelName={levelName}
              />
            </Suspense>
            {map}
          </div>
        ) : (
          map
        )}
        <p id="map-summary" className="summary" data-testid="zusammenfassung">
          {mapSummary(model, ch, lang, t, levelName)}
        </p>
        <p id="map-instructions" className="visually-hidden">
          {t('map.instructions')}
        </p>
        {basemapFailed && <p role="alert">{t('notice.basemapFailed')}</p>}
        {props.config.problem && <p role="alert">{props.config.problem}</p>}
        <AreaTable
          model={model}
          ch={table.ch}
          levelName={table.levelName}
          selected={state.gebiet}
          onSelect={onTableSelect}
          onLedger={table.ch.indicator.gruppe === 'versorgung' ? onTableLedger : undefined}
          compared={state.vergleich}
          onCompare={onTableCompare}
          bodyRef={tableBody}
          onHover={setPointer}
          captionExtra={sheetLink}
        />
      </div>
      {state.gebiet && (
        <Suspense fallback={null}>
          <SidePanel
            model={model}
            area={state.gebiet}
            year={state.jahr}
            ch={ch}
            onClose={() => select(null)}
            ledgerOpen={state.chronik}
            onLedger={(chronik) => update({ chronik }, 'replace')}
            onFocusFacility={facilities.setFocus}
            compared={state.vergleich.includes(state.gebiet)}
            onCompare={() => compare(state.gebiet!)}
            onOpenCompare={() => update({ ansicht: 'vergleich' })}
            update={update}
          />
        </Suspense>
      )}
    </div>
  );
}
