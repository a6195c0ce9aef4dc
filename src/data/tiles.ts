import { gunzipSync } from 'fflate';
import { bytesToHeader } from 'pmtiles';
import type { Issue } from './issues.ts';

/**
 * A level's vector tiles (PMTiles) against its GeoJSON: the file must be PMTiles version 3 with
 * vector tiles, name the level, and carry the fingerprint of exactly the GeoJSON's keys, so tiles
 * left over from older boundaries are caught before the map draws areas the table does not have.
 * tools/geo/pmtiles.ts writes the metadata this reads.
 */
export const TILES_FORMAT = 'quartiersexplorer-kacheln';

/** FNV-1a (32 bit) over the sorted keys: what the tiles' metadata names as `schluessel`. */
export function keyFingerprint(keys: Iterable<string>): string {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode([...keys].sort().join('\n'))) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface TileMetadata {
  format: typeof TILES_FORMAT;
  ebene: string;
  anzahl: number;
  schluessel: string;
}

export function checkTiles(bytes: Uint8Array, file: string, level: string, keys: readonly string[]): Issue[] {
  const issue = (meldung: string): Issue[] => [{ datei: file, meldung }];
  const regenerate = 'neu erzeugen mit npm run geo:kacheln';
  if (bytes.length < 127 || new TextDecoder().decode(bytes.subarray(0, 7)) !== 'PMTiles')
    return issue('keine PMTiles-Datei (Kennung „PMTiles“ fehlt)');
  let meta: Partial<TileMetadata>;
  try {
    const h = bytesToHeader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 127) as ArrayBuffer);
    if (h.specVersion !== 3) return issue(`PMTiles-Version ${h.specVersion}, erwartet 3`);
    if (h.tileType !== 1) return issue('enthält keine Vektorkacheln (MVT)');
    const end = h.jsonMetadataOffset + h.jsonMetadataLength;
    if (end > bytes.length) return issue('Datei abgeschnitten (Metadaten fehlen)');
    const raw = bytes.subarray(h.jsonMetadataOffset, end);
    const text = new TextDecoder().decode(h.internalCompression === 2 ? gunzipSync(raw) : raw);
    meta = JSON.parse(text) as Partial<TileMetadata>;
  } catch (e) {
    return issue(`nicht lesbar: ${(e as Error).message}`);
  }
  if (meta.format !== TILES_FORMAT)
    return issue(`Metadaten: format ist nicht „${TILES_FORMAT}“ (${regenerate})`);
  if (meta.ebene !== level) return issue(`Metadaten: Ebene „${String(meta.ebene)}“, erwartet „${level}“`);
  if (meta.anzahl !== keys.length || meta.schluessel !== keyFingerprint(keys))
    return issue(
      `passt nicht zu den Grenzen (${String(meta.anzahl)} Gebiete in den Kacheln, ${keys.length} in der GeoJSON-Datei, oder andere Schlüssel): ${regenerate}`,
    );
  return [];
}
