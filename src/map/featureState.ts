import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLevel } from '../domain/levels.ts';
import { completeDeferred } from './session.ts';
import { FILL_STATES, outlineSourceId, sourceId, type OUTLINE_STATES } from './style.ts';

/**
 * Everything that changes after the style is feature state, and only what changed is sent: the
 * last value per level, key and state name is remembered.
 */
type StateKey = (typeof FILL_STATES)[number] | (typeof OUTLINE_STATES)[number];
const isFillState = (k: StateKey) => (FILL_STATES as readonly string[]).includes(k);

export type SentStates = Map<string, unknown>;

export interface Interaction {
  hovered: string | null;
  selected: string | null;
  /** Areas of a highlighted legend class; the others are dimmed. Null: no highlight. */
  highlighted: ReadonlySet<string> | null;
}

function putState(
  m: MapLibreMap,
  level: MapLevel,
  sent: SentStates,
  key: string,
  name: StateKey,
  value: unknown,
): void {
  const k = `${level}|${key}|${name}`;
  if (sent.get(k) === value) return;
  sent.set(k, value);
  const source = isFillState(name) ? sourceId(level) : outlineSourceId(level);
  // Outline states live on the deferred outline source: a first hover or selection loads it.
  if (value && !isFillState(name)) completeDeferred(m);
  m.setFeatureState({ source, id: key }, { [name]: value });
}

/** Hover, selection and legend highlight of every area of the visible level. */
export function syncInteraction(
  m: MapLibreMap,
  level: MapLevel,
  keys: Iterable<string>,
  i: Interaction,
  sent: SentStates,
): void {
  for (const key of keys) {
    putState(m, level, sent, key, 'hover', key === i.hovered);
    putState(m, level, sent, key, 'auswahl', key === i.selected);
    putState(m, level, sent, key, 'markiert', i.highlighted?.has(key) ?? false);
    putState(m, level, sent, key, 'gedimmt', i.highlighted !== null && !i.highlighted.has(key));
  }
}

/**
 * Fill colours as feature state. Also called the moment the style is ready, in the same task:
 * waiting for React's next render let MapLibre draw two uncoloured frames first (~250 ms each under
 * SwiftShader, seen in a trace of the bench).
 */
export function colourMap(
  m: MapLibreMap,
  level: MapLevel,
  colours: ReadonlyMap<string, string>,
  sent: SentStates,
  marked: { current: boolean },
): void {
  for (const [key, c] of colours) putState(m, level, sent, key, 'farbe', c);
  if (marked.current || colours.size === 0) return;
  marked.current = true;
  performance.mark('qx-farben');
  // The bench's end mark: the first frame drawn with the colours and the complete boundaries of
  // the visible level (labels may still be on their way: the floor page has none). Deferred hover
  // and selection outlines (empty until now, so loaded at once) get their data then.
  const onRender = () => {
    if (!m.isSourceLoaded(sourceId(level)) || !m.isSourceLoaded(outlineSourceId(level))) return;
    m.off('render', onRender);
    performance.mark('qx-karte-fertig');
    completeDeferred(m);
  };
  m.on('render', onRender);
  m.triggerRepaint();
}
