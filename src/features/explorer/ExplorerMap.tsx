import { dataLanguage } from '../../domain/format.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import type { MapConfig } from '../../data/config.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { MapView } from '../../map/MapView.tsx';
import { NORMAL_THEME } from '../../map/theme.ts';
import type { ViewState } from '../../state/url.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { fillColours, type Choropleth } from '../../view/choropleth.ts';
import { initialMapStyle, labelPoints, numberedLabels, ownAreas } from '../../view/mapInput.ts';
import { areaName, cellText, indicatorLabel, yearText } from '../../view/text.ts';
import type { useFacilityOverlay } from './facilities/useFacilityOverlay.ts';
import { useMapKeys } from './useMapKeys.ts';

// Shown on the first hover or keyboard focus.
const Tooltip = lazy(() => import('./Tooltip.tsx').then((m) => ({ default: m.Tooltip })));
const FacilityTooltip = lazy(() =>
  import('./facilities/FacilityTooltip.tsx').then((m) => ({ default: m.FacilityTooltip })),
);

/**
 * The explorer's map frame: the map (drawn by src/map), its keyboard navigation and the tooltip of
 * the hovered or keyboard-focused area (or facility).
 */
export function ExplorerMap(props: {
  model: Model;
  config: MapConfig;
  state: ViewState;
  ch: Choropleth;
  /** The hovered or keyboard-focused area, lifted so the legend can mark it. */
  pointer: {
    hovered: AreaKey | null;
    setPointer: (k: AreaKey | null) => void;
    setFocus: (k: AreaKey) => void;
  };
  highlighted: ReadonlySet<string> | null;
  facilities: ReturnType<typeof useFacilityOverlay>;
  select: (key: AreaKey | null) => void;
  focused: AreaKey | null;
  onBasemapError: () => void;
  onMap?: (m: MapLibreMap) => void;
}) {
  const { model, state, ch, facilities, select } = props;
  const { hovered } = props.pointer;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const [style] = useState(() => initialMapStyle(NORMAL_THEME, state.ebene));
  const base = useMemo(() => labelPoints(model), [model]);
  // A demand × supply map prints each area's cell number beside its name: colour is never alone.
  const points = useMemo(() => (ch.bivariate ? numberedLabels(base, ch) : base), [base, ch]);
  const own = useMemo(() => ownAreas(model), [model]);
  const colours = useMemo(() => fillColours(ch, NORMAL_THEME.noData), [ch]);
  const mapRef = useRef<MapLibreMap | null>(null);
  // A dismissed tooltip stays hidden only for the area it was dismissed on.
  const [dismissedFor, setDismissedFor] = useState<AreaKey | null>(null);
  const dismissed = hovered !== null && dismissedFor === hovered;
  const ind = ch.indicator;
  const onKeyDown = useMapKeys({
    model,
    areas: ch.areas,
    focused: props.focused,
    selected: state.gebiet,
    map: mapRef,
    onFocus: (next) => {
      props.pointer.setFocus(next);
      announce(
        t('map.focused', {
          name: areaName(model, next, lang),
          value: cellText(ch.cells.get(next), ind, lang, t),
        }),
      );
    },
    onSelect: select,
    onEscape: () => {
      setDismissedFor(hovered);
      facilities.dismiss();
    },
  });
  return (
    <div className="map-frame">
      <MapView
        style={style}
        bounds={props.model.manifest.ausschnitt}
        level={state.ebene}
        colours={colours}
        interaction={{ hovered, selected: state.gebiet, highlighted: props.highlighted }}
        labelPoints={points}
        ownAreas={own}
        facilities={facilities.layer}
        basemap={props.config.basemap}
        a11y={{
          label: t('map.label', {
            indicator: indicatorLabel(ind, lang),
            year: yearText(ind, state.jahr, lang, t),
            level: t(`level.${state.ebene}`),
          }),
          roleDescription: dataLanguage(lang) === 'de' ? 'Karte' : 'map',
          unavailableText: t('map.unavailable'),
          describedBy: 'map-summary map-instructions',
        }}
        events={{
          onHover: (k) => props.pointer.setPointer(k === null ? null : (model.areaKey(k) ?? null)),
          onSelect: (k) => {
            const key = model.areaKey(k);
            if (key) select(key === state.gebiet ? null : key);
          },
          onKeyDown,
          onFacilityHover: facilities.setPointer,
          onBasemapError: props.onBasemapError,
          onReady: (m) => {
            mapRef.current = m;
            props.onMap?.(m);
          },
        }}
      />
      {facilities.tooltipFor ? (
        <Suspense fallback={null}>
          <FacilityTooltip model={model} facility={facilities.tooltipFor} />
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
  );
}
