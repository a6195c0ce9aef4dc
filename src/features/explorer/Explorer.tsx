import type { Map as MapLibreMap } from 'maplibre-gl';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { neighbourInDirection, type Direction } from '../../domain/geo/navigation.ts';
import type { AreaKey, Year } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { MapView } from '../../map/MapView.tsx';
import { NORMAL_THEME } from '../../map/theme.ts';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { AreaTable } from './AreaTable.tsx';
import { MAX_COMPARED, toggleCompared } from '../../view/compare/choice.ts';
import { choropleth, fillColours } from '../../view/choropleth.ts';
import { IndicatorPicker } from './IndicatorPicker.tsx';
import { classKeyOf, classLabel, Legend } from '../../view/Legend.tsx';
import { LevelSwitch } from './LevelSwitch.tsx';
import { CITY_BOUNDS, initialMapStyle, labelPoints } from '../../view/mapInput.ts';
import type { MapConfig } from '../../data/config.ts';
import { areaName, cellText, indicatorLabel, mapSummary, yearText } from '../../view/text.ts';
import { YearSlider } from '../../view/YearSlider.tsx';
import { FacilityControls } from './facilities/FacilityControls.tsx';
import { facilityCollection, facilityYear, visibleFacilities } from './facilities/facilityLayer.ts';
import type { Category } from '../../domain/supply/categories.ts';

// Only needed once an area is selected: loaded on demand.
const SidePanel = lazy(() => import('./SidePanel.tsx').then((m) => ({ default: m.SidePanel })));
// Shown on the first hover or keyboard focus.
const Tooltip = lazy(() => import('./Tooltip.tsx').then((m) => ({ default: m.Tooltip })));
const FacilityTooltip = lazy(() =>
  import('./facilities/FacilityTooltip.tsx').then((m) => ({ default: m.FacilityTooltip })),
);
// The class settings sit in a closed disclosure: loaded when it is opened.
const ClassControls = lazy(() => import('./ClassControls.tsx').then((m) => ({ default: m.ClassControls })));

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'links',
  ArrowRight: 'rechts',
  ArrowUp: 'hoch',
  ArrowDown: 'runter',
};

/** The map view: controls, map with legend and tooltip, side panel and the equivalent table. */
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
  const [style] = useState(() => initialMapStyle(NORMAL_THEME, state.ebene));
  const points = useMemo(() => labelPoints(model), [model]);
  const [pointer, setPointer] = useState<AreaKey | null>(null);
  const [focusArea, setFocusArea] = useState<AreaKey | null>(null);
  // Both reset themselves: a dismissed tooltip stays hidden only for the area it was dismissed on,
  // a highlighted class only for the view it was chosen in.
  const [dismissedFor, setDismissedFor] = useState<AreaKey | null>(null);
  const [highlightFor, setHighlightFor] = useState<{ k: number; view: string } | null>(null);
  const [basemapFailed, setBasemapFailed] = useState(false);
  const [facilityPointer, setFacilityPointer] = useState<string | null>(null);
  const [facilityFocus, setFacilityFocus] = useState<string | null>(null);
  // Rebuilt only when a facility filter or the shown year changes, never on an indicator switch.
  const facilityKey = `${state.einrichtungen.join(',')}|${state.geschlossenSeit}|${facilityYear(state.jahr)}`;
  const facilities = useMemo(() => {
    const [cats = '', since = 'null', year = '0'] = facilityKey.split('|');
    return facilityCollection(
      visibleFacilities(model.facilities, {
        einrichtungen: cats ? (cats.split(',') as Category[]) : [],
        geschlossenSeit: since === 'null' ? null : Number(since),
        jahr: Number(year) as Year,
      }),
    );
  }, [model.facilities, facilityKey]);
  const ringed = facilityPointer ?? facilityFocus;
  const ringedFacility = ringed ? model.facilities.find((f) => f.id === ringed) : undefined;
  const facilityFocusData = useMemo<GeoJSON.FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: ringedFacility
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [ringedFacility.lon, ringedFacility.lat] },
              properties: {},
            },
          ]
        : [],
    }),
    [ringedFacility],
  );
  const mapRef = useRef<MapLibreMap | null>(null);
  const levelName = t(`level.${state.ebene}`);
  const ind = ch.indicator;
  const viewText = t('announce.view', {
    indicator: indicatorLabel(ind, lang),
    year: yearText(ind, state.jahr, lang, t),
    level: levelName,
  });
  const highlight = highlightFor?.view === viewText ? highlightFor.k : null;
  const hovered = pointer ?? focusArea;
  const dismissed = hovered !== null && dismissedFor === hovered;
  const [facilityDismissed, setFacilityDismissed] = useState<string | null>(null);
  const [classesOpen, setClassesOpen] = useState(
    state.klassen !== null || state.farben !== null || state.fixiert,
  );

  const colours = useMemo(() => fillColours(ch, NORMAL_THEME.noData), [ch]);
  const highlighted = useMemo(
    () =>
      highlight === null ? null : new Set<string>(ch.areas.filter((a) => classKeyOf(ch, a) === highlight)),
    [ch, highlight],
  );
  const summary = mapSummary(model, ch, lang, t, levelName);

  // Title and announcements follow the state.
  useEffect(() => {
    document.title = `${t('title.map', { indicator: indicatorLabel(ind, lang), year: yearText(ind, state.jahr, lang, t), level: levelName })} – ${t('app.title')}`;
  }, [ind, lang, state.jahr, levelName, t]);
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
    const name = areaName(model, key, lang);
    if (result !== 'full') update({ vergleich: list }, 'replace');
    announce(
      result === 'full'
        ? t('compare.full', { n: MAX_COMPARED })
        : t(result === 'added' ? 'compare.added' : 'compare.removed', { name }),
    );
  };
  const anchors = useMemo(
    () =>
      ch.areas.flatMap((key) => {
        const a = model.areas.get(key)?.anchor;
        return a ? [{ key, lon: a[0], lat: a[1] }] : [];
      }),
    [ch.areas, model],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const dir = ARROWS[e.key];
    const current = focusArea ?? state.gebiet ?? null;
    if (dir) {
      e.preventDefault();
      const next = current ? neighbourInDirection(anchors, current, dir) : anchors[0]?.key;
      if (next) {
        setFocusArea(next);
        announce(
          t('map.focused', {
            name: areaName(model, next, lang),
            value: cellText(ch.cells.get(next), ind, lang, t),
          }),
        );
      }
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      select(current === state.gebiet && !focusArea ? null : current);
    } else if (e.key === 'Escape') {
      setDismissedFor(hovered);
      setFacilityDismissed(facilityPointer);
    } else if (e.key === '+' || e.key === '=') mapRef.current?.zoomIn();
    else if (e.key === '-') mapRef.current?.zoomOut();
  };

  return (
    <div className="explorer" data-testid="explorer">
      <aside className="controls" aria-label={t('controls.title')}>
        <IndicatorPicker
          catalogue={model.catalogue}
          value={state.indikator}
          onChange={(indikator) =>
            update({ indikator, klassen: state.klassen === 'manuell' ? null : state.klassen, grenzen: [] })
          }
        />
        <LevelSwitch
          levels={model.mapLevels}
          value={state.ebene}
          onChange={(ebene) => update({ ebene, gebiet: null })}
        />
        <YearSlider years={model.years} value={state.jahr} onChange={(jahr) => update({ jahr }, 'replace')} />
        <Legend
          model={model}
          ch={ch}
          hovered={hovered}
          selected={state.gebiet}
          highlight={highlight}
          fixed={state.fixiert}
          onHighlight={(k) => {
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
          }}
        />
        <FacilityControls model={model} state={state} update={update} />
        {ind.id.startsWith('erreichbar_') && (
          <p className="hint" data-testid="annahme">
            {t('supply.coverageNote')} <a href="#hinweis-versorgung">{t('notice.boundariesLink')}</a>
          </p>
        )}
        <details
          className="class-details"
          open={classesOpen}
          onToggle={(e) => setClassesOpen(e.currentTarget.open)}
        >
          <summary>{t('controls.classes')}</summary>
          {classesOpen && (
            <Suspense fallback={null}>
              <ClassControls
                state={state}
                indicator={ind}
                method={ch.method}
                palette={ch.palette}
                thresholds={ch.scheme.thresholds}
                update={update}
              />
            </Suspense>
          )}
        </details>
      </aside>
      <div className="map-column" id="karte">
        <div className="map-frame">
          <MapView
            style={style}
            bounds={CITY_BOUNDS}
            level={state.ebene}
            colours={colours}
            labelPoints={points}
            basemap={props.config.basemap}
            hovered={hovered}
            selected={state.gebiet}
            highlighted={highlighted}
            label={t('map.label', {
              indicator: indicatorLabel(ind, lang),
              year: yearText(ind, state.jahr, lang, t),
              level: levelName,
            })}
            roleDescription={lang === 'de' ? 'Karte' : 'map'}
            unavailableText={t('map.unavailable')}
            describedBy="map-summary map-instructions"
            onHover={(k) => setPointer(k as AreaKey | null)}
            onSelect={(k) => select(k === state.gebiet ? null : (k as AreaKey))}
            onKeyDown={onKeyDown}
            facilities={facilities}
            facilityFocus={facilityFocusData}
            onFacilityHover={setFacilityPointer}
            onBasemapError={() => setBasemapFailed(true)}
            onReady={(m) => {
              mapRef.current = m;
              props.onMap?.(m);
            }}
          />
          {facilityPointer && ringedFacility && facilityDismissed !== facilityPointer ? (
            <Suspense fallback={null}>
              <FacilityTooltip model={model} facility={ringedFacility} />
            </Suspense>
          ) : (
            hovered &&
            !dismissed && (
              <Suspense fallback={null}>
                <Tooltip model={model} ch={ch} area={hovered} />
              </Suspense>
            )
          )}
        </div>
        <p id="map-summary" className="summary" data-testid="zusammenfassung">
          {summary}
        </p>
        <p id="map-instructions" className="visually-hidden">
          {t('map.instructions')}
        </p>
        {basemapFailed && <p role="alert">{t('notice.basemapFailed')}</p>}
        {props.config.problem && <p role="alert">{props.config.problem}</p>}
        <AreaTable
          model={model}
          ch={ch}
          levelName={levelName}
          selected={state.gebiet}
          onSelect={(k) => select(k === state.gebiet ? null : k)}
          onLedger={
            ind.gruppe === 'versorgung'
              ? (k) => {
                  update({ gebiet: k, chronik: true });
                  announce(t('supply.ledgerFor', { name: areaName(model, k, lang) }));
                }
              : undefined
          }
          compared={state.vergleich}
          onCompare={compare}
        />
      </div>
      {state.gebiet && (
        <Suspense fallback={null}>
          <SidePanel
            model={model}
            area={state.gebiet}
            year={state.jahr}
            onClose={() => select(null)}
            ledgerOpen={state.chronik}
            onLedger={(chronik) => update({ chronik }, 'replace')}
            onFocusFacility={setFacilityFocus}
            compared={state.vergleich.includes(state.gebiet)}
            onCompare={() => compare(state.gebiet!)}
            onOpenCompare={() => update({ ansicht: 'vergleich' })}
          />
        </Suspense>
      )}
    </div>
  );
}
