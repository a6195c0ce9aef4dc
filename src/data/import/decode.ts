import { stripBom } from '../text.ts';

/**
 * An office's text file as text: UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's
 * "Unicode-Text"), or — when the bytes are not UTF-8 — Windows-1252, the encoding German Excel's
 * "CSV (Trennzeichen-getrennt)" writes, converted with a notice. (The package's own files stay
 * UTF-8 only, see ../text.ts: the Datenwerkstatt reads what offices have and writes UTF-8.)
 */
export function decodeOfficeText(bytes: Uint8Array): { text: string; encoding: string; notice?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: stripBom(new TextDecoder('utf-16le').decode(bytes)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: stripBom(new TextDecoder('utf-16be').decode(bytes)), encoding: 'UTF-16' };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'UTF-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'Windows-1252',
      notice:
        'Die Datei ist in Windows-1252 (ANSI) gespeichert, nicht in UTF-8; sie wurde umgewandelt. Umlaute bitte in der Vorschau prüfen.',
    };
  }
}
