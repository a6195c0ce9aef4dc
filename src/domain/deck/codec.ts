import { deflateSync, inflateSync } from 'fflate';
import { deckJson, LIMITS, parseDeck, type Deck, type DeckKnowledge, type DeckResult } from './deck.ts';

/**
 * A deck in the URL (`deck=`): its compact JSON as UTF-8, raw-DEFLATE-compressed, base64url-encoded
 * (no padding), after the prefix `z`. Any deck within the file limits fits (LIMITS.fileBytes, 200 kB
 * of JSON: at worst ~270,000 characters of link, typically a tenth of the JSON's size). Links of
 * the first version hold the uncompressed base64url JSON; they start with `ey` (`{"`) and keep working.
 */
const COMPRESSED = 'z';
/** The longest `deck=` value the URL accepts: a 200 kB deck that does not compress at all. */
export const MAX_DECK_PARAM = Math.ceil(((LIMITS.fileBytes * 1.01 + 64) * 4) / 3) + COMPRESSED.length;

const toBase64Url = (bytes: Uint8Array): string => {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (s: string): Uint8Array => {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

/** A deck file or link over the file limit. */
export const TOO_BIG: DeckResult = {
  ok: false,
  problems: [{ field: '', code: 'zu_gross', detail: String(LIMITS.fileBytes) }],
};

export function encodeDeck(deck: Deck): string {
  return COMPRESSED + toBase64Url(deflateSync(new TextEncoder().encode(deckJson(deck, false)), { level: 9 }));
}

export function decodeDeck(param: string, k: DeckKnowledge): DeckResult {
  const value = param.trim();
  if (value.length > MAX_DECK_PARAM) return TOO_BIG;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(value.startsWith(COMPRESSED) ? value.slice(COMPRESSED.length) : value);
    if (value.startsWith(COMPRESSED)) {
      // Inflate into a buffer one byte larger than the limit: a link that unpacks to more is refused
      // without ever holding more in memory (a crafted link cannot be a zip bomb).
      const out = inflateSync(bytes, { out: new Uint8Array(LIMITS.fileBytes + 1) });
      if (out.length > LIMITS.fileBytes) return TOO_BIG;
      bytes = out;
    }
  } catch {
    return { ok: false, problems: [{ field: '', code: 'kein_json', detail: 'base64url' }] };
  }
  return decodeDeckFile(bytes, k);
}

/** A deck file's bytes: size checked before decoding, UTF-8 decoded fatally (a BOM is allowed). */
export function decodeDeckFile(bytes: Uint8Array, k: DeckKnowledge): DeckResult {
  if (bytes.byteLength > LIMITS.fileBytes) return TOO_BIG;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ field: '', code: 'kein_json', detail: 'UTF-8' }] };
  }
  return parseDeck(text, k);
}
