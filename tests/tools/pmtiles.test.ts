import { VectorTile } from '@mapbox/vector-tile';
import { gunzipSync } from 'fflate';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import {
  defaultMaxZoom,
  directories,
  serializeDirectory,
  TILE_LAYER,
  writePmtiles,
  type Entry,
} from '../../tools/geo/pmtiles.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';
import { checkTiles, keyFingerprint, TILES_FORMAT } from '../../src/data/tiles.ts';

/** The written bytes as the `pmtiles` library's source (what the app's protocol reads by range). */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'speicher',
    getBytes: (offset, length) => Promise.resolve({ data: bytes.slice(offset, offset + length).buffer }),
  };
}

function grid(n: number): GeoJSON.FeatureCollection {
  // n × n squares of 0.01° near Bremerhaven, keys 1000…
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = 8.5 + i * 0.01;
      const y = 53.5 + j * 0.01;
      features.push({
        type: 'Feature',
        properties: { schluessel: String(1000 + i * n + j), name: `Feld ${i}/${j}`, extra: 1 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.01, y],
              [x + 0.01, y + 0.01],
              [x, y + 0.01],
              [x, y],
            ],
          ],
        },
      });
    }
  return { type: 'FeatureCollection', features };
}

async function keysIn(p: PMTiles, z: number, x: number, y: number): Promise<Set<string>> {
  const r = await p.getZxy(z, x, y);
  if (!r) return new Set();
  const tile = new VectorTile(new PbfReader(new Uint8Array(r.data)));
  const layer = tile.layers[TILE_LAYER]!;
  const keys = new Set<string>();
  for (let i = 0; i < layer.length; i++) keys.add(String(layer.feature(i).properties.schluessel));
  return keys;
}

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

describe('PMTiles writer', () => {
  it('writes a file the pmtiles reader opens: header, metadata and every area in its tiles', async () => {
    const fc = grid(6);
    const bytes = writePmtiles(fc, { maxZoom: 12, metadata: { ebene: 'test' } });
    const p = new PMTiles(memorySource(bytes));
    const h = await p.getHeader();
    expect(h.specVersion).toBe(3);
    expect(h.tileType).toBe(1); // MVT
    expect(h.minZoom).toBe(0);
    expect(h.maxZoom).toBe(12);
    expect(h.minLon).toBeCloseTo(8.5, 5);
    expect(h.maxLat).toBeCloseTo(53.56, 5);
    const meta = (await p.getMetadata()) as { ebene: string; vector_layers: { id: string }[] };
    expect(meta.ebene).toBe('test');
    expect(meta.vector_layers.map((l) => l.id)).toEqual([TILE_LAYER]);
    // At zoom 10 the tiles under the grid hold all 36 areas, with key and name only.
    const all = new Set<string>();
    for (let x = lonToX(8.5, 10); x <= lonToX(8.56, 10); x++)
      for (let y = latToY(53.56, 10); y <= latToY(53.5, 10); y++)
        for (const k of await keysIn(p, 10, x, y)) all.add(k);
    expect(all).toEqual(new Set(fc.features.map((f) => String(f.properties!.schluessel))));
    const t10 = await p.getZxy(10, lonToX(8.5, 10), latToY(53.5, 10));
    const f0 = new VectorTile(new PbfReader(new Uint8Array(t10!.data))).layers[TILE_LAYER]!.feature(0);
    expect(Object.keys(f0.properties).sort()).toEqual(['name', 'schluessel']);
    // At zoom 0 areas of 0.01° are below a pixel: no tile.
    expect(await p.getZxy(0, 0, 0)).toBeUndefined();
    // At zoom 12 the tile under the first square holds it, and a tile far away is absent.
    const z = 12;
    expect(await keysIn(p, z, lonToX(8.505, z), latToY(53.505, z))).toContain('1000');
    expect(await p.getZxy(z, lonToX(10, z), latToY(50, z))).toBeUndefined();
  });

  it('stores identical tiles once and still addresses every tile', async () => {
    // One big square: at zoom 12 every inner tile is the same full-cover tile.
    const big: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { schluessel: '1', name: 'Alles' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [8, 53],
                [9, 53],
                [9, 54],
                [8, 54],
                [8, 53],
              ],
            ],
          },
        },
      ],
    };
    const bytes = writePmtiles(big, { maxZoom: 12, metadata: {} });
    const h = await new PMTiles(memorySource(bytes)).getHeader();
    expect(h.numTileContents).toBeLessThan(h.numAddressedTiles);
    expect(h.numAddressedTiles).toBeGreaterThan(100);
    const p = new PMTiles(memorySource(bytes));
    expect(await keysIn(p, 12, lonToX(8.5, 12), latToY(53.5, 12))).toEqual(new Set(['1']));
  });

  it('moves directory entries into leaves when the root would exceed 16 KiB, and the reader follows them', async () => {
    // Entries with scattered offsets compress badly: enough of them force leaf directories.
    const entries: Entry[] = Array.from({ length: 30_000 }, (_, i) => ({
      tileId: i * 3,
      offset: (i * 7919) % 100_000,
      length: 1 + ((i * 31) % 97),
      runLength: 1,
    }));
    const { root, leaves } = directories(entries);
    expect(leaves.length).toBeGreaterThan(0);
    expect(root.length).toBeLessThanOrEqual(16_384 - 127);
    // The root lists one entry per leaf, each with run length 0 (the spec's leaf pointer).
    const rootBytes = gunzipSync(root);
    expect(rootBytes[0]).toBeGreaterThan(1);
    // And a real file whose root may hold only a few entries is read back through its leaves.
    const fc = grid(40);
    const bytes = writePmtiles(fc, { maxZoom: 14, metadata: {}, rootLimit: 120 });
    const p = new PMTiles(memorySource(bytes));
    const h = await p.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryLength).toBeLessThanOrEqual(120);
    const z = 14;
    const last = fc.features[fc.features.length - 1]!;
    expect(await keysIn(p, z, lonToX(8.895, z), latToY(53.895, z))).toContain(
      String(last.properties!.schluessel),
    );
    expect(h.numAddressedTiles).toBeGreaterThan(500);
    expect(await keysIn(p, z, lonToX(8.505, z), latToY(53.505, z))).toContain('1000');
  });

  it('writes directories as the spec does: counts, id deltas, run lengths, lengths, offsets', () => {
    const bytes = serializeDirectory([
      { tileId: 0, offset: 0, length: 10, runLength: 1 },
      { tileId: 5, offset: 10, length: 3, runLength: 2 },
      { tileId: 300, offset: 0, length: 10, runLength: 1 },
    ]);
    // 3 | 0 5 295(=0xa7 0x02) | 1 2 1 | 10 3 10 | 1 0 1
    expect(Array.from(bytes)).toEqual([3, 0, 5, 0xa7, 0x02, 1, 2, 1, 10, 3, 10, 1, 0, 1]);
  });

  it('chooses a deeper zoom for a smaller territory', () => {
    const { model } = shippedModel();
    const city: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: model.boundaries.ebene1!.features,
    };
    const germany = grid(2);
    germany.features[0]!.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [5.9, 47.3],
          [15, 47.3],
          [15, 55],
          [5.9, 47.3],
        ],
      ],
    };
    expect(defaultMaxZoom(city)).toBeGreaterThan(defaultMaxZoom(germany));
    expect(defaultMaxZoom(germany)).toBeGreaterThanOrEqual(6);
  });

  it('is checked against its GeoJSON: format, level and keys, and a broken file is named', () => {
    const fc = grid(3);
    const keys = fc.features.map((f) => String(f.properties!.schluessel));
    const tiles = (meta: Record<string, unknown>) => writePmtiles(fc, { maxZoom: 10, metadata: meta });
    const good = { format: TILES_FORMAT, ebene: 'warft', anzahl: 9, schluessel: keyFingerprint(keys) };
    expect(checkTiles(tiles(good), 'geo/w.pmtiles', 'warft', keys)).toEqual([]);
    // The fingerprint does not depend on the order of the keys.
    expect(keyFingerprint([...keys].reverse())).toBe(good.schluessel);
    const one = (bytes: Uint8Array, level = 'warft', k = keys) =>
      checkTiles(bytes, 'geo/w.pmtiles', level, k);
    expect(one(new TextEncoder().encode('kein PMTiles'))[0]!.meldung).toMatch(/keine PMTiles-Datei/);
    expect(one(tiles(good), 'hallig')[0]!.meldung).toMatch(/Ebene „warft“, erwartet „hallig“/);
    expect(one(tiles(good), 'warft', keys.slice(1))[0]).toEqual({
      datei: 'geo/w.pmtiles',
      meldung: expect.stringMatching(
        /passt nicht zu den Grenzen \(9 Gebiete in den Kacheln, 8 in der GeoJSON-Datei/,
      ),
    });
    const renamed = [...keys.slice(1), '9999'];
    expect(one(tiles(good), 'warft', renamed)[0]!.meldung).toMatch(/andere Schlüssel/);
    expect(one(tiles({ ...good, format: 'x' }))[0]!.meldung).toMatch(/format ist nicht/);
    expect(one(tiles(good).slice(0, 300))[0]!.meldung).toMatch(/abgeschnitten|nicht lesbar/);
  });
});
