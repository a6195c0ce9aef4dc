import type { Map as MapLibreMap } from 'maplibre-gl';
import { beforeEach, describe, expect, it } from 'vitest';
import { colourMap, syncInteraction } from '../../src/map/featureState.ts';
import { sendLabels, sendSource } from '../../src/map/sources.ts';
import { labelSourceId, outlineSourceId, sourceId } from '../../src/map/style.ts';

/** A map that records what it is sent and renders when told to. */
function fakeMap(sources: string[], vector: string[] = []) {
  const states: string[] = [];
  const data: string[] = [];
  const handlers = new Set<() => void>();
  let loaded = false;
  const container = { isConnected: true, style: { visibility: '' } };
  const map = {
    getContainer: () => container,
    setFeatureState: (f: { source: string; id: string; sourceLayer?: string }, s: Record<string, unknown>) =>
      states.push(`${f.source}${f.sourceLayer ? `[${f.sourceLayer}]` : ''}/${f.id}:${JSON.stringify(s)}`),
    getSource: (id: string) =>
      sources.includes(id)
        ? {
            type: vector.includes(id) ? 'vector' : 'geojson',
            setData: (d: unknown) => data.push(`${id}:${JSON.stringify(d)}`),
          }
        : undefined,
    isSourceLoaded: () => loaded,
    on: (_: string, h: () => void) => handlers.add(h),
    off: (_: string, h: () => void) => handlers.delete(h),
    triggerRepaint: () => undefined,
  };
  return {
    map: map as unknown as MapLibreMap,
    container,
    states,
    data,
    render: (sourcesLoaded: boolean) => {
      loaded = sourcesLoaded;
      for (const h of [...handlers]) h();
    },
  };
}

const SOURCES = ['ebene1', 'ebene2'].flatMap((l) => [
  sourceId(l as 'ebene1'),
  outlineSourceId(l as 'ebene1'),
  labelSourceId(l as 'ebene1'),
]);
const marks = () => performance.getEntriesByName('qx-karte-fertig').length;

describe('feature state and source data kept with the map', () => {
  beforeEach(() => performance.clearMarks());

  it('sends each colour once per map, whoever colours it (the first picture, then the explorer)', () => {
    const f = fakeMap(SOURCES);
    const colours = new Map([
      ['101', '#111111'],
      ['102', '#222222'],
    ]);
    colourMap(f.map, 'ebene1', colours);
    expect(f.states).toHaveLength(2);
    colourMap(f.map, 'ebene1', new Map(colours));
    expect(f.states).toHaveLength(2);
    colourMap(f.map, 'ebene1', new Map([...colours, ['102', '#333333']]));
    expect(f.states.at(-1)).toBe(`${sourceId('ebene1')}/102:{"farbe":"#333333"}`);
    expect(f.states).toHaveLength(3);
    // Another map has its own memory.
    const g = fakeMap(SOURCES);
    colourMap(g.map, 'ebene1', colours);
    expect(g.states).toHaveLength(2);
  });

  it('marks the first complete map once, when every source of the picture has loaded', () => {
    const f = fakeMap(SOURCES);
    colourMap(f.map, 'ebene1', new Map([['101', '#111111']]));
    colourMap(f.map, 'ebene1', new Map([['101', '#111111']]));
    f.render(false);
    expect(marks()).toBe(0);
    f.render(true);
    f.render(true);
    expect(marks()).toBe(1);
  });

  it('does not mark a map that is still waiting off screen, hidden, until a view shows it', () => {
    const f = fakeMap(SOURCES);
    f.container.style.visibility = 'hidden';
    colourMap(f.map, 'ebene1', new Map([['101', '#111111']]));
    f.render(true);
    expect(marks()).toBe(0);
    f.container.style.visibility = '';
    f.render(true);
    expect(marks()).toBe(1);
  });

  it('sends interaction states only when they change', () => {
    const f = fakeMap(SOURCES);
    const i = { hovered: '101', selected: null, highlighted: null };
    syncInteraction(f.map, 'ebene1', ['101', '102'], i);
    const n = f.states.length;
    syncInteraction(f.map, 'ebene1', ['101', '102'], { ...i });
    expect(f.states).toHaveLength(n);
    syncInteraction(f.map, 'ebene1', ['101', '102'], { ...i, hovered: '102' });
    expect(f.states.length).toBe(n + 2);
  });

  it('sends source data only when it differs, the visible level’s labels first', () => {
    const f = fakeMap(SOURCES);
    const fc = (name: string): GeoJSON.FeatureCollection => ({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [8, 53] }, properties: { name } },
      ],
    });
    const points = { ebene1: fc('a'), ebene2: fc('b'), ebene3: fc('c'), ebene4: fc('d') };
    sendLabels(f.map, points, 'ebene2');
    expect(f.data.map((d) => d.split(':')[0])).toEqual([labelSourceId('ebene2'), labelSourceId('ebene1')]);
    sendLabels(f.map, { ...points, ebene1: fc('a') }, 'ebene1');
    expect(f.data).toHaveLength(2);
    sendSource(f.map, labelSourceId('ebene1'), fc('neu'));
    expect(f.data).toHaveLength(3);
  });
});

describe('feature state on vector tiles', () => {
  it("names the tiles' layer for a level drawn from PMTiles, and not for a GeoJSON level", () => {
    const f = fakeMap(SOURCES, [sourceId('ebene1'), outlineSourceId('ebene1')]);
    colourMap(f.map, 'ebene1', new Map([['101', '#123456']]));
    colourMap(f.map, 'ebene2', new Map([['11', '#abcdef']]));
    syncInteraction(f.map, 'ebene1', ['101'], { hovered: '101', selected: null, highlighted: null });
    expect(f.states).toContain('gebiete-ebene1[gebiete]/101:{"farbe":"#123456"}');
    expect(f.states).toContain('gebiete-ebene2/11:{"farbe":"#abcdef"}');
    expect(f.states).toContain('grenzen-ebene1[gebiete]/101:{"hover":true}');
  });
});
