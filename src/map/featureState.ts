import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLevel } from '../domain/levels.ts';
import { completeDeferred, isOnScreen } from './session.ts';
import {
  AREA_TILE_LAYER,
  FILL_STATES,
  outlineSourceId,
  pictureSources,
  sourceId,
  type OUTLINE_STATES,
} from './style.ts';

/**
 * Everything that changes after the style is feature state, and only what changed is sent: the
 * last value per level, key and state name is remembered.
 */
type StateKey = (typeof FILL_STATES)[number] | (typeof OUTLINE_STATES)[number];
const isFillState = (k: StateKey) => (FILL_STATES as readonly string[]).includes(k);

type SentStates = Map<string, unknown>;

/**
 * What was sent to a map, kept with the map rather than with a view: the session's map (and its
 * feature state) outlives the views that draw on it, so a view coming back sends only what changed
 * and the first map is marked once.
 */
const memory = new WeakMap<MapLibreMap, { sent: SentStates; marked: boolean }>();
function memoryOf(m: MapLibreMap) {
  let mem = memory.get(m);
  if (!mem) memory.set(m, (mem = { sent: new Map(), marked: false }));
  return mem;
}

/** After a source was rebuilt (its feature state gone): send every state again. */
export function forgetStates(m: MapLibreMap): void {
  memoryOf(m).sent.clear();
}

export interface Interaction {
  hovered: string | null;
  selected: string | null;
  /** Areas of a highlighted legend class; the others are dimmed. Null: no highlight. */
  highlighted: ReadonlySet<string> | null;
}

/** Where an area's feature state lives: in vector tiles, the state names the tiles' layer too. */
export function areaFeature(
  m: Pick<MapLibreMap, 'getSource'>,
  source: string,
  id: string,
): { source: string; id: string; sourceLayer?: string } {
  return m.getSource(source)?.type === 'vector'
    ? { source, sourceLayer: AREA_TILE_LAYER, id }
    : { source, id };
}

function putState(m: MapLibreMap, level: MapLevel, key: string, name: StateKey, value: unknown): void {
  const sent = memoryOf(m).sent;
  const k = `${level}|${key}|${name}`;
  if (sent.get(k) === value) return;
  sent.set(k, value);
  const source = isFillState(name) ? sourceId(level) : outlineSourceId(level);
  // Outline states live on the deferred outline source: a first hover or selection loads it.
  if (value && !isFillState(name)) completeDeferred(m);
  m.setFeatureState(areaFeature(m, source, key), { [name]: value });
}

/** Hover, selection and legend highlight of every area of the visible level. */
export function syncInteraction(
  m: MapLibreMap,
  level: MapLevel,
  keys: Iterable<string>,
  i: Interaction,
): void {
  for (const key of keys) {
    putState(m, level, key, 'hover', key === i.hovered);
    putState(m, level, key, 'auswahl', key === i.selected);
    putState(m, level, key, 'markiert', i.highlighted?.has(key) ?? false);
    putState(m, level, key, 'gedimmt', i.highlighted !== null && !i.highlighted.has(key));
  }
}

/**
 * Fill colours as feature state. Also called the moment the style is ready, in the same task:
 * waiting for React's next render let MapLibre draw two uncoloured frames first (~250 ms each under
 * SwiftShader, seen in a trace of the bench).
 */
export function colourMap(m: MapLibreMap, level: MapLevel, colours: ReadonlyMap<string, string>): void {
  for (const [key, c] of colours) putState(m, level, key, 'farbe', c);
  const mem = memoryOf(m);
  if (mem.marked || colours.size === 0) return;
  mem.marked = true;
  performance.mark('qx-farben');
  // The bench's end mark: the first frame drawn with the colours and everything else the picture
  // shows (pictureSources: the visible level's areas and labels, the city outline, the port).
  // Deferred hover and selection outlines (empty until now, so loaded at once) get their data then.
  const onRender = () => {
    if (!isOnScreen(m) || !pictureSources(m, level).every((id) => m.isSourceLoaded(id))) return;
    m.off('render', onRender);
    performance.mark('qx-karte-fertig');
    completeDeferred(m);
  };
  m.on('render', onRender);
  m.triggerRepaint();
}
