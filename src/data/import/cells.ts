import { SYMBOL_INFO, symbolOf, type StatSymbol, type SymbolMeaning } from '../../domain/symbols.ts';

/**
 * One cell of an office's table, read forgivingly but never guessed: German numbers (`1.234,5`,
 * `20,6 %`), numbers as a spreadsheet stores them, the statistical symbols of the Statistische Ämter
 * (Zeichenerklärung), an empty cell. Anything else is a problem; an empty or symbol cell is never a
 * number (`–` becomes 0 only where the file's own legend says so).
 */
export type Raw = string | number | boolean | Date | null | undefined;

export type Decimal = ',' | '.';

export type CellValue =
  | { kind: 'wert'; value: number; percent: boolean }
  | { kind: 'zeichen'; zeichen: StatSymbol; art: SymbolMeaning }
  | { kind: 'leer' }
  | { kind: 'fehler'; message: string };

const SPACES = /[\s\u00a0\u202f]+/g;
const COMMA_DECIMAL = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const POINT_DECIMAL = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A cell as a value. `decimal` is the file's decimal separator (`,` for German Excel CSV and text
 * cells, `.` for a comma-separated CSV); `dashIsZero` when the file's legend defines `–` as zero.
 */
export function readCell(raw: Raw, decimal: Decimal, dashIsZero = false): CellValue {
  if (raw === null || raw === undefined) return { kind: 'leer' };
  if (typeof raw === 'number')
    return Number.isFinite(raw)
      ? { kind: 'wert', value: raw, percent: false }
      : { kind: 'fehler', message: 'keine endliche Zahl' };
  if (typeof raw === 'boolean' || raw instanceof Date)
    return { kind: 'fehler', message: `keine Zahl (${raw instanceof Date ? 'Datum' : 'Wahrheitswert'})` };
  const text = raw.replace(SPACES, ' ').trim();
  if (text === '') return { kind: 'leer' };
  const symbol = symbolOf(text);
  if (symbol === '–' && dashIsZero) return { kind: 'wert', value: 0, percent: false };
  if (symbol) {
    return { kind: 'zeichen', zeichen: symbol, art: SYMBOL_INFO[symbol].art };
  }
  const percent = /%$/.test(text);
  const body = text.replace(/\s*%$/, '').replace(/ /g, '').replace(/^[−–]/, '-');
  const pattern = decimal === ',' ? COMMA_DECIMAL : POINT_DECIMAL;
  if (!pattern.test(body))
    return {
      kind: 'fehler',
      message:
        decimal === ','
          ? 'keine Zahl (erwartet z. B. 1.234 oder 20,6; Zeichen – . x / …)'
          : 'keine Zahl (erwartet z. B. 1234 oder 20.6; Zeichen – . x / …)',
    };
  const thousands = decimal === ',' ? /\./g : /,/g;
  const value = Number(body.replace(thousands, '').replace(',', '.'));
  return { kind: 'wert', value, percent };
}

/** Cell text for messages and the mapping questions. */
export function cellText(raw: Raw): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw).replace(SPACES, ' ').trim();
}
