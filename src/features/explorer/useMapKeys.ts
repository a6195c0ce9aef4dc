import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMemo, type KeyboardEvent, type RefObject } from 'react';
import { neighbourInDirection, type Direction } from '../../domain/geo/navigation.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'links',
  ArrowRight: 'rechts',
  ArrowUp: 'hoch',
  ArrowDown: 'runter',
};

/**
 * The map by keyboard: arrow keys move the focus to the neighbouring area in that direction
 * (label anchors, domain/geo/navigation.ts), Enter or Space selects, Esc dismisses the tooltip,
 * + and - zoom.
 */
export function useMapKeys(o: {
  model: Model;
  areas: readonly AreaKey[];
  focused: AreaKey | null;
  selected: AreaKey | null;
  map: RefObject<MapLibreMap | null>;
  onFocus: (key: AreaKey) => void;
  onSelect: (key: AreaKey | null) => void;
  onEscape: () => void;
}): (e: KeyboardEvent<HTMLDivElement>) => void {
  const { model, areas } = o;
  const anchors = useMemo(
    () =>
      areas.flatMap((key) => {
        const a = model.areas.get(key)?.anchor;
        return a ? [{ key, lon: a[0], lat: a[1] }] : [];
      }),
    [areas, model],
  );
  return (e) => {
    const dir = ARROWS[e.key];
    const current = o.focused ?? o.selected;
    if (dir) {
      e.preventDefault();
      const next = current ? neighbourInDirection(anchors, current, dir) : anchors[0]?.key;
      if (next) o.onFocus(next);
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      o.onSelect(current === o.selected && !o.focused ? null : current);
    } else if (e.key === 'Escape') o.onEscape();
    else if (e.key === '+' || e.key === '=') o.map.current?.zoomIn();
    else if (e.key === '-') o.map.current?.zoomOut();
  };
}
