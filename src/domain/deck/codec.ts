import { deckJson, parseDeck, type Deck, type DeckKnowledge, type DeckResult } from './deck.ts';

/** A deck in the URL: its compact JSON as UTF-8, base64url-encoded (no padding). */
export function encodeDeck(deck: Deck): string {
  const bytes = new TextEncoder().encode(deckJson(deck, false));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeDeck(param: string, k: DeckKnowledge): DeckResult {
  let text: string;
  try {
    const b64 = param.trim().replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return { ok: false, problems: [{ field: '', code: 'kein_json', detail: 'base64url' }] };
  }
  return parseDeck(text, k);
}
