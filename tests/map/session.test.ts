import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { colourMap } from '../../src/map/featureState.ts';
import { minZoomFor, replaceAreas } from '../../src/map/session.ts';
import { buildStyle, EMPTY, outlineSourceId, sourceId, stateOutlineLayers } from '../../src/map/style.ts';
import { NORMAL_THEME } from '../../src/map/theme.ts';

describe('minZoomFor', () => {
  it('lets a city stop at its region and a country zoom out until all of it shows', () => {
    expect(minZoomFor([8.48, 53.46, 8.68, 53.62])).toBe(8); // Bremerhaven
    expect(minZoomFor([11.5, 53.6, 12.7, 54.4])).toBe(7); // Landkreis Rostock
    expect(minZoomFor([5.87, 47.27, 15.04, 55.06])).toBe(4); // Germany
    expect(minZoomFor([-180, -85, 180, 85])).toBe(0);
  });
});

describe('replaceAreas on a map drawn from vector tiles', () => {
  it('turns the tile sources into GeoJSON sources with the user’s areas, keeps the rest, and sends every state again', () => {
    const fc = (k: string): GeoJSON.FeatureCollection => ({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { schluessel: k }, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
    });
    const areas = { ebene1: fc('1'), ebene2: fc('2'), ebene3: fc('3'), ebene4: fc('4') };
    const style = buildStyle({
      theme: NORMAL_THEME,
      fontUrl: '',
      areas: { ebene1: { kacheln: 'https://x.org/g.pmtiles' }, ebene2: EMPTY, ebene3: EMPTY, ebene4: EMPTY },
      labels: null,
      outline: null,
      port: null,
      visible: 'ebene1',
    });
    const states: string[] = [];
    let applied: { style: StyleSpecification; diff: boolean } | undefined;
    const map = {
      getSource: (id: string) =>
        style.sources[id] ? { type: style.sources[id].type, setData: () => undefined } : undefined,
      getStyle: () => style,
      setStyle: (s: StyleSpecification, o: { diff: boolean }) => (applied = { style: s, diff: o.diff }),
      setFeatureState: (f: { source: string; id: string }) => states.push(`${f.source}/${f.id}`),
      isSourceLoaded: () => false,
      on: () => undefined,
      off: () => undefined,
      triggerRepaint: () => undefined,
    } as unknown as MapLibreMap;
    colourMap(map, 'ebene2', new Map([['2', '#000000']]));
    expect(states).toEqual(['gebiete-ebene2/2']);
    replaceAreas(map, areas);
    expect(applied!.diff).toBe(true);
    for (const id of [sourceId('ebene1'), outlineSourceId('ebene1')])
      expect(applied!.style.sources[id]).toEqual({
        type: 'geojson',
        data: areas.ebene1,
        promoteId: 'schluessel',
      });
    expect(applied!.style.sources[sourceId('ebene2')]).toMatchObject({ type: 'geojson', data: areas.ebene2 });
    expect(applied!.style.layers.some((l) => 'source-layer' in l)).toBe(false);
    expect(applied!.style.layers.map((l) => l.id)).toEqual(style.layers.map((l) => l.id));
    // The rebuilt sources lost their feature state: the same colour is sent again.
    colourMap(map, 'ebene2', new Map([['2', '#000000']]));
    expect(states).toEqual(['gebiete-ebene2/2', 'gebiete-ebene2/2']);
  });
});

describe('deferred outline layers of a tiled level', () => {
  it('stay hidden through a level switch and show with the first complete map where their level shows', async () => {
    const { completeDeferred, isDeferredLayer } = await import('../../src/map/session.ts');
    const layout: Record<string, string> = { 'flaeche-ebene1': 'visible', 'flaeche-ebene2': 'none' };
    const map = {
      getLayoutProperty: (id: string) => layout[id],
      setLayoutProperty: (id: string, _: string, v: string) => (layout[id] = v),
    } as unknown as MapLibreMap;
    // As startMapSession keeps them (SessionInput.deferredLayers):
    const { registerDeferredLayers } = await import('../../src/map/session.ts');
    registerDeferredLayers(map, [...stateOutlineLayers('ebene1'), ...stateOutlineLayers('ebene2')]);
    expect(isDeferredLayer(map, 'markierung-ebene1')).toBe(true);
    completeDeferred(map);
    expect(layout['markierung-ebene1']).toBe('visible');
    expect(layout['auswahl-innen-ebene1']).toBe('visible');
    expect(layout['markierung-ebene2']).toBe('none');
    expect(isDeferredLayer(map, 'markierung-ebene1')).toBe(false);
  });
});
