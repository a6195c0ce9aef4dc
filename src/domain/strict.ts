/**
 * How values from outside (data files, links, uploads) are read and echoed, defined once for the
 * data boundary, the URL and the deck parser.
 */

/**
 * The one number format of the package and the URL: an optional minus, digits, optionally a point
 * and digits. No empty text, spaces, `+`, exponent, hex, octal or decimal comma.
 */
export const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal as the format writes it, or undefined. */
export const readDecimal = (s: string): number | undefined => (DECIMAL.test(s) ? Number(s) : undefined);

/** A value echoed in a message, cut to `max` characters: a crafted input must not fill the screen. */
export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
