/**
 * Colour-blind-safe palettes as anchor stops, interpolated to any number of classes.
 * YlGnBu and PuOr are ColorBrewer schemes marked colour-blind safe; viridis is perceptually
 * uniform and safe for the common colour-vision deficiencies. Low values are light, so labels on
 * the map stay readable and "more" reads as "darker" in greyscale print too.
 */
export const PALETTES = ['blau', 'viridis', 'divergierend'] as const;
export type PaletteId = (typeof PALETTES)[number];

const YLGNBU = [
  '#ffffd9',
  '#edf8b1',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#253494',
  '#081d58',
];
const VIRIDIS = [
  '#fde725',
  '#b5de2b',
  '#6ece58',
  '#35b779',
  '#1f9e89',
  '#26828e',
  '#31688e',
  '#3e4989',
  '#482878',
];
/** PuOr split at its neutral centre: orange below the reference value, purple above. */
const BELOW = ['#7f3b08', '#b35806', '#e08214', '#fdb863', '#fee0b6'];
const ABOVE = ['#d8daeb', '#b2abd2', '#8073ac', '#542788', '#2d004b'];

/** Colours for areas without a value and for suppressed small numbers (always with text too). */
export const NO_DATA_COLOUR = '#f2f2f2';
export const SUPPRESSED_COLOUR = '#a6a6a6';

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
const toHex = (c: readonly number[]) =>
  '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

/** `n` colours evenly spread over the stops (linear in RGB between neighbouring stops). */
export function sample(stops: readonly string[], n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [stops[Math.floor((stops.length - 1) / 2)]!];
  const rgb = stops.map(hexToRgb);
  return Array.from({ length: n }, (_, i) => {
    const t = (i / (n - 1)) * (rgb.length - 1);
    const lo = Math.floor(t);
    const hi = Math.min(rgb.length - 1, lo + 1);
    const f = t - lo;
    return toHex(rgb[lo]!.map((v, c) => v + (rgb[hi]![c]! - v) * f));
  });
}

export function sequentialColours(palette: Exclude<PaletteId, 'divergierend'>, n: number): string[] {
  // Leave out the very lightest stop for few classes so the first class is distinct from "no data".
  const stops = palette === 'viridis' ? VIRIDIS : YLGNBU.slice(n <= 5 ? 1 : 0);
  return sample(stops, n);
}

/** Colours for `below` classes under the reference value and `above` classes over it. */
export function divergingColours(below: number, above: number): string[] {
  const lo = below === 0 ? [] : sample(BELOW.slice(below >= 4 ? 0 : 1), below);
  const hi = above === 0 ? [] : sample(ABOVE.slice(0, above >= 4 ? 5 : 4), above);
  return [...lo, ...hi];
}

/** WCAG relative luminance of a hex colour, to pick a readable label colour on a fill. */
export function luminance(hex: string): number {
  const lin = hexToRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}

/** WCAG contrast ratio of two hex colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
