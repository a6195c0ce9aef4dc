/**
 * How the package's files are read as text and numbers, strictly, the same way in the browser,
 * `npm run data:check` and the import tools (data/README.md, "Format"):
 * - UTF-8 only, decoded fatally: a Windows-1252 file (Excel's "CSV (Trennzeichen-getrennt)") is
 *   rejected with a message saying how to re-save it, never read with U+FFFD for every umlaut;
 * - a byte-order mark is accepted in every file and removed;
 * - numbers are decimals with a point: an optional minus, digits, optionally a point and digits.
 *   No empty cell, no spaces, no sign `+`, no exponent, no hex or octal, no decimal comma.
 */

export const UTF8_HINT =
  'die Datei ist nicht UTF-8-kodiert; in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen, in einem Editor die Kodierung UTF-8';

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** Decode bytes as UTF-8 (fatal), dropping a BOM; a non-UTF-8 file gets a problem naming the byte. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, problem: `${UTF8_HINT} (erstes ungültiges Byte bei ${firstInvalid(bytes)})` };
  }
}

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Byte offset (1-based) of the first byte that breaks UTF-8, for the message. */
function firstInvalid(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (a prefix may end inside a sequence, so allow 3 bytes).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo + 1;
}

/** The number format is the domain's (src/domain/strict.ts), the same for files and links. */
export { DECIMAL, readDecimal } from '../domain/strict.ts';
