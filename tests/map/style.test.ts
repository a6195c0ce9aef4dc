import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { MAP_LEVELS } from '../../src/domain/levels.ts';
import {
  AREA_TILE_LAYER,
  buildStyle,
  EMPTY,
  fillLayerId,
  labelSourceId,
  outlineSourceId,
  pictureSources,
  sourceId,
  stateOutlineLayers,
  type StyleInput,
} from '../../src/map/style.ts';
import { bigScreenTheme, NORMAL_THEME } from '../../src/map/theme.ts';

const input = (over: Partial<StyleInput> = {}): StyleInput => ({
  theme: NORMAL_THEME,
  fontUrl: '/fonts/noto.woff2',
  areas: { ebene1: '/geo/ot.geojson', ebene2: '/geo/st.geojson', ebene3: '/geo/bz.geojson', ebene4: EMPTY },
  labels: { ebene1: EMPTY, ebene2: EMPTY, ebene3: EMPTY, ebene4: EMPTY },
  outline: '/geo/stadtgebiet.geojson',
  port: null,
  visible: 'ebene2',
  ...over,
});

describe('buildStyle (the map style from a theme object)', () => {
  it('draws a level from vector tiles: both of its sources read the PMTiles file, its layers name the tile layer', () => {
    const s = buildStyle(
      input({
        areas: {
          ebene1: { kacheln: 'https://example.org/geo/gemeinden.pmtiles' },
          ebene2: '/geo/st.geojson',
          ebene3: EMPTY,
          ebene4: EMPTY,
        },
        stateOutlines: { ebene1: EMPTY, ebene2: EMPTY, ebene3: EMPTY, ebene4: EMPTY },
        visible: 'ebene1',
      }),
    );
    expect(validateStyleMin(s).map((e) => e.message)).toEqual([]);
    for (const id of [sourceId('ebene1'), outlineSourceId('ebene1')])
      expect(s.sources[id]).toEqual({
        type: 'vector',
        url: 'pmtiles://https://example.org/geo/gemeinden.pmtiles',
        promoteId: 'schluessel',
      });
    // A GeoJSON level beside it keeps its deferred outline source.
    expect(s.sources[outlineSourceId('ebene2')]).toMatchObject({ type: 'geojson', data: EMPTY });
    const tiled = s.layers.filter(
      (l) => 'source' in l && [sourceId('ebene1'), outlineSourceId('ebene1')].includes(l.source),
    );
    expect(tiled.length).toBeGreaterThanOrEqual(4);
    for (const l of tiled) expect(l).toHaveProperty('source-layer', AREA_TILE_LAYER);
    // Deferred (stateOutlines given): the tiled level's hover/selection layers start hidden, so their
    // source loads no tiles before the first map is complete; its fill shows.
    const visibility = (id: string) =>
      (s.layers.find((l) => l.id === id)!.layout as { visibility?: string }).visibility;
    expect(visibility('flaeche-ebene1')).toBe('visible');
    for (const id of stateOutlineLayers('ebene1')) expect(visibility(id)).toBe('none');
    const geojson = s.layers.filter((l) => 'source' in l && l.source === sourceId('ebene2'));
    for (const l of geojson) expect(l).not.toHaveProperty('source-layer');
  });

  it('is a valid MapLibre style for both themes', () => {
    for (const theme of [NORMAL_THEME, bigScreenTheme(NORMAL_THEME, 2)])
      expect(validateStyleMin(buildStyle(input({ theme }))).map((e) => e.message)).toEqual([]);
  });

  it('colours areas by feature state only, keyed by the area key, with no-data as the fallback', () => {
    const s = buildStyle(input());
    for (const l of MAP_LEVELS) {
      expect(s.sources[sourceId(l)]).toMatchObject({ type: 'geojson', promoteId: 'schluessel' });
      const fill = s.layers.find((x) => x.id === fillLayerId(l))!;
      expect(fill.type === 'fill' && fill.paint?.['fill-color']).toEqual([
        'to-color',
        ['coalesce', ['feature-state', 'farbe'], NORMAL_THEME.noData],
      ]);
    }
  });

  it('shows only the visible level and loads its sources first', () => {
    const s = buildStyle(input());
    const levelOf = (id: string) => MAP_LEVELS.find((l) => id.endsWith(`-${l}`));
    for (const layer of s.layers) {
      const l = levelOf(layer.id);
      if (l) expect(layer.layout?.visibility, layer.id).toBe(l === 'ebene2' ? 'visible' : 'none');
    }
    expect(Object.keys(s.sources).slice(0, 2)).toEqual([sourceId('ebene2'), outlineSourceId('ebene2')]);
  });

  it('loads everything the first picture shows before the hidden levels, and names it', () => {
    const s = buildStyle(input({ port: '/geo/hafen.geojson' }));
    const first = pictureSources({ getSource: (id) => s.sources[id] }, 'ebene2');
    expect(first).toEqual([
      sourceId('ebene2'),
      outlineSourceId('ebene2'),
      labelSourceId('ebene2'),
      'stadtgebiet',
      'hafen',
    ]);
    const order = Object.keys(s.sources);
    const lastFirst = Math.max(...first.map((id) => order.indexOf(id)));
    for (const l of MAP_LEVELS.filter((x) => x !== 'ebene2'))
      expect(order.indexOf(sourceId(l)), l).toBeGreaterThan(lastFirst);
    // Without a port or outline, the picture needs only what the map has.
    const bare = buildStyle(input({ outline: null }));
    expect(pictureSources({ getSource: (id) => bare.sources[id] }, 'ebene1')).toEqual([
      sourceId('ebene1'),
      outlineSourceId('ebene1'),
      labelSourceId('ebene1'),
    ]);
  });

  it('defers the state outlines when asked and keeps labels and facilities above the areas', () => {
    const empty = { ebene1: EMPTY, ebene2: EMPTY, ebene3: EMPTY, ebene4: EMPTY };
    const s = buildStyle(input({ stateOutlines: empty }));
    expect(s.sources[outlineSourceId('ebene1')]).toMatchObject({ data: EMPTY });
    expect(s.sources[sourceId('ebene1')]).toMatchObject({ data: '/geo/ot.geojson' });
    const types = s.layers.map((x) => x.type);
    expect(types.lastIndexOf('fill')).toBeLessThan(types.indexOf('symbol'));
    expect(s.layers.at(-1)!.id).toMatch(/^einrichtung/);
  });

  it('needs no network: fonts from the bundle, no glyph or sprite server', () => {
    const s = buildStyle(input());
    expect(s['font-faces']).toEqual({ 'Noto Sans SemiBold': '/fonts/noto.woff2' });
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
  });

  it('the big-screen theme changes paint, not structure', () => {
    const a = buildStyle(input());
    const b = buildStyle(input({ theme: bigScreenTheme(NORMAL_THEME, 2) }));
    expect(b.layers.map((x) => x.id).filter((id) => !id.startsWith('grenze-aussen'))).toEqual(
      a.layers.map((x) => x.id).filter((id) => !id.startsWith('grenze-aussen')),
    );
    expect(JSON.stringify(b.layers)).not.toBe(JSON.stringify(a.layers));
  });
});
