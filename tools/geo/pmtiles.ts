import { gzipSync as gzipAt } from 'fflate';

/** gzip without a time stamp: the same boundaries give the same bytes (reproducible builds). */
const gzipSync = (b: Uint8Array) => gzipAt(b, { mtime: 0 });
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { zxyToTileId } from 'pmtiles';
import { AREA_TILE_LAYER } from '../../src/map/style.ts';
import { keyFingerprint, TILES_FORMAT, type TileMetadata } from '../../src/data/tiles.ts';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

/**
 * A PMTiles (version 3) writer for a package's boundaries: one static file of vector tiles that the
 * `pmtiles` protocol reads with HTTP range requests, so any static host serves a territory of any
 * size (spec: github.com/protomaps/PMTiles, `spec/v3/spec.md`). Tiles are cut by MapLibre's geojson-vt (the
 * tiler a GeoJSON source uses, so both draw the same lines) and
 * encoded as Mapbox Vector Tiles by MapLibre's vt-pbf; this file lays them out: header, root directory,
 * metadata, leaf directories, tile data, tiles in tile-id (Hilbert) order, identical tiles stored
 * once. The reader is the `pmtiles` library the app uses (tests read every written file back).
 */

/** The tiles' one layer: every area with its key (`schluessel`, MapLibre's promoteId) and name. */
export const TILE_LAYER = AREA_TILE_LAYER;
const HEADER_BYTES = 127;
/** Header and root directory must fit into the first 16 KiB (the reader's first request). */
const ROOT_LIMIT = 16_384 - HEADER_BYTES;
const GZIP = 2;
const MVT = 1;

export interface TileOptions {
  /** Deepest zoom with its own tiles (MapLibre overzooms beyond it). */
  maxZoom: number;
  /** What the file's metadata says about its content (level, source, a fingerprint of the keys). */
  metadata: Record<string, unknown>;
  /**
   * Douglas–Peucker tolerance in tile units (4096 per tile, drawn at 512 px): 8 = one pixel,
   * invisible on screen and a third fewer vertices for the first map than MapLibre's own
   * GeoJSON tiling (3, 0.4 px) on the scale case.
   */
  tolerance?: number;
  /** Bytes the root directory may take (default: what fits the first 16 KiB; tests force leaves). */
  rootLimit?: number;
}

export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function varint(out: number[], n: number): void {
  // Tile ids reach 2^53 at zoom 26: no bitwise operators (32 bit).
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** A directory as the spec writes it: count, then ids (delta), run lengths, lengths, offsets. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0: right after the previous entry's data; else the offset + 1.
    varint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/**
 * The root directory, and leaf directories when the root would not fit: each leaf holds a run of
 * entries, the root one entry per leaf (run length 0).
 */
export function directories(
  entries: readonly Entry[],
  limit = ROOT_LIMIT,
): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzipSync(serializeDirectory(entries));
  if (root.length <= limit) return { root, leaves: new Uint8Array(0) };
  for (let size = Math.max(16, Math.ceil(entries.length / 4096)); ; size *= 2) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = gzipSync(serializeDirectory(entries.slice(i, i + size)));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const r = gzipSync(serializeDirectory(rootEntries));
    if (r.length <= limit) return { root: r, leaves: concat(leafParts) };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type Bounds = [number, number, number, number];

function boundsOf(fc: GeoJSON.FeatureCollection): Bounds {
  const b: Bounds = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    } else (c as unknown[]).forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return b;
}

/** Web Mercator tile range of a WGS84 box at zoom z. */
function tileRange(b: Bounds, z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const tx = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const ty = (lat: number) => {
    const r = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
    const y = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
    return Math.min(n - 1, Math.max(0, Math.floor(y)));
  };
  return { x0: tx(b[0]), x1: tx(b[2]), y0: ty(b[3]), y1: ty(b[1]) };
}

function header(h: {
  rootLength: number;
  metadataLength: number;
  leavesLength: number;
  dataLength: number;
  addressed: number;
  entries: number;
  contents: number;
  maxZoom: number;
  bounds: Bounds;
}): Uint8Array {
  const buf = new Uint8Array(HEADER_BYTES);
  const v = new DataView(buf.buffer);
  buf.set([0x50, 0x4d, 0x54, 0x69, 0x6c, 0x65, 0x73, 3]); // "PMTiles", version 3
  const u64 = (at: number, n: number) => v.setBigUint64(at, BigInt(n), true);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + h.rootLength;
  const leavesOffset = metadataOffset + h.metadataLength;
  const dataOffset = leavesOffset + h.leavesLength;
  u64(8, rootOffset);
  u64(16, h.rootLength);
  u64(24, metadataOffset);
  u64(32, h.metadataLength);
  u64(40, leavesOffset);
  u64(48, h.leavesLength);
  u64(56, dataOffset);
  u64(64, h.dataLength);
  u64(72, h.addressed);
  u64(80, h.entries);
  u64(88, h.contents);
  buf.set([1, GZIP, GZIP, MVT, 0, h.maxZoom], 96); // clustered, compressions, tile type, zooms
  const e7 = (d: number) => Math.round(d * 1e7);
  v.setInt32(102, e7(h.bounds[0]), true);
  v.setInt32(106, e7(h.bounds[1]), true);
  v.setInt32(110, e7(h.bounds[2]), true);
  v.setInt32(114, e7(h.bounds[3]), true);
  buf[118] = Math.min(h.maxZoom, 8); // center zoom
  v.setInt32(119, e7((h.bounds[0] + h.bounds[2]) / 2), true);
  v.setInt32(123, e7((h.bounds[1] + h.bounds[3]) / 2), true);
  return buf;
}

/** The areas (properties `schluessel`, `name`) as one PMTiles file of vector tiles, zoom 0 to maxZoom. */
export function writePmtiles(fc: GeoJSON.FeatureCollection, o: TileOptions): Uint8Array {
  const features = fc.features.map((f) => ({
    ...f,
    properties: {
      schluessel: String(f.properties?.schluessel ?? ''),
      name: String(f.properties?.name ?? ''),
    },
  }));
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features },
    {
      maxZoom: o.maxZoom,
      indexMaxZoom: o.maxZoom,
      indexMaxPoints: 0,
      tolerance: o.tolerance ?? 8,
      buffer: 64,
      extent: 4096,
    },
  );
  const bounds = boundsOf(fc);
  const tiles: { id: number; data: Uint8Array }[] = [];
  for (let z = 0; z <= o.maxZoom; z++) {
    const r = tileRange(bounds, z);
    for (let x = r.x0; x <= r.x1; x++)
      for (let y = r.y0; y <= r.y1; y++) {
        const tile = index.getTile(z, x, y);
        if (!tile || tile.features.length === 0) continue;
        const pbf = fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: 4096 });
        tiles.push({ id: zxyToTileId(z, x, y), data: gzipSync(pbf) });
      }
  }
  tiles.sort((a, b) => a.id - b.id);
  // Identical contents once; consecutive ids with the same content as one run.
  const seen = new Map<string, { offset: number; length: number }>();
  const parts: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of tiles) {
    const hash = Buffer.from(t.data).toString('base64');
    let at = seen.get(hash);
    if (!at) {
      at = { offset, length: t.data.length };
      seen.set(hash, at);
      parts.push(t.data);
      offset += t.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === at.offset && last.tileId + last.runLength === t.id) last.runLength++;
    else entries.push({ tileId: t.id, offset: at.offset, length: at.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries, o.rootLimit);
  const metadata = gzipSync(
    new TextEncoder().encode(
      JSON.stringify({
        ...o.metadata,
        vector_layers: [
          {
            id: TILE_LAYER,
            fields: { schluessel: 'String', name: 'String' },
            minzoom: 0,
            maxzoom: o.maxZoom,
          },
        ],
      }),
    ),
  );
  const data = concat(parts);
  const head = header({
    rootLength: root.length,
    metadataLength: metadata.length,
    leavesLength: leaves.length,
    dataLength: data.length,
    addressed: tiles.length,
    entries: entries.length,
    contents: parts.length,
    maxZoom: o.maxZoom,
    bounds,
  });
  return concat([head, root, metadata, leaves, data]);
}

/**
 * The deepest zoom worth its own tiles: where the territory is about `across` 4096-unit tiles wide
 * (beyond it MapLibre overzooms, and boundaries of a regional overview gain nothing), 6 to 14.
 */
export function defaultMaxZoom(fc: GeoJSON.FeatureCollection, across = 48): number {
  const [w, , e] = boundsOf(fc);
  const z = Math.round(Math.log2((across * 360) / Math.max(e - w, 1e-6)));
  return Math.max(6, Math.min(14, z));
}

/**
 * A package level's tiles: the areas of its GeoJSON with the metadata data:check compares (level,
 * count, key fingerprint, source file), at the default zoom range unless one is given.
 */
export function levelTiles(
  fc: GeoJSON.FeatureCollection,
  ebene: string,
  datei: string,
  maxZoom = defaultMaxZoom(fc),
): Uint8Array {
  const keys = fc.features.map((f) => String(f.properties?.schluessel));
  const metadata: TileMetadata & Record<string, unknown> = {
    format: TILES_FORMAT,
    ebene,
    anzahl: keys.length,
    schluessel: keyFingerprint(keys),
    quelle: datei,
  };
  return writePmtiles(fc, { maxZoom, metadata });
}
