/**
 * The statistical symbols of the Zeichenerklärung (Destatis, Statistische Landesämter) as the
 * package stores them in place of a value: a cell that is not a number keeps its meaning and its
 * label, and is never drawn as a number.
 */
export const STAT_SYMBOLS = ['–', '.', 'x', '/', '…'] as const;
export type StatSymbol = (typeof STAT_SYMBOLS)[number];

/** `fehlt`: there is no value to show; `unterdrueckt`: a value exists but is withheld or unsafe. */
export type SymbolMeaning = 'fehlt' | 'unterdrueckt';

/** Meaning and a name for message keys (`symbol.<name>`: the label of the Zeichenerklärung). */
export const SYMBOL_INFO: Record<StatSymbol, { art: SymbolMeaning; name: SymbolName }> = {
  '–': { art: 'fehlt', name: 'nichts' },
  '.': { art: 'unterdrueckt', name: 'geheim' },
  x: { art: 'fehlt', name: 'gesperrt' },
  '/': { art: 'unterdrueckt', name: 'unsicher' },
  '…': { art: 'fehlt', name: 'spaeter' },
};
export type SymbolName = 'nichts' | 'geheim' | 'gesperrt' | 'unsicher' | 'spaeter';

/** The ways offices write each symbol (dashes, three dots, capital X), to the package's form. */
const VARIANTS: Record<string, StatSymbol> = {
  '–': '–',
  '—': '–',
  '-': '–',
  '.': '.',
  x: 'x',
  X: 'x',
  '/': '/',
  '…': '…',
  '...': '…',
};

export const symbolOf = (text: string): StatSymbol | undefined =>
  Object.hasOwn(VARIANTS, text) ? VARIANTS[text] : undefined;

export const isDash = (s: StatSymbol | undefined): boolean => s === '–';
