import { METHODS, type Method } from '../domain/classify/breaks.ts';
import { PALETTES, type PaletteId } from '../domain/classify/palettes.ts';
import { LANGUAGES, type Language } from '../domain/format.ts';
import type { AreaKey, IndicatorId, Year } from '../domain/ids.ts';
import { clip, DECIMAL } from '../domain/strict.ts';
import { BASE_YEAR, CATEGORIES, type Category } from '../domain/supply/categories.ts';
import { isMapLevel, MAP_LEVELS, type Level, type MapLevel } from '../domain/levels.ts';

/**
 * The URL is the state. Each parameter parses to valid, invalid (→ default plus a notice) or
 * missing (→ default). Parsing is pure so it is unit-tested without a browser.
 */
export const VIEWS = [
  'karte',
  'streuung',
  'vergleich',
  'profil',
  'praesentation',
  'sitzung',
  'daten',
  'barrierefreiheit',
  'einbetten',
  'indikator',
] as const;
export type View = (typeof VIEWS)[number];
/**
 * The views in the header's navigation (the accessibility statement is linked from every footer, an
 * indicator's sheet from the legend, the table, the comparison and the profile).
 */
export const NAV_VIEWS = VIEWS.filter(
  (v) => v !== 'barrierefreiheit' && v !== 'einbetten' && v !== 'indikator',
);
/** Views a city page can embed (`einbettung=1`). */
export const EMBED_VIEWS = ['karte', 'streuung', 'vergleich', 'profil'] as const;

/** The parts of a Beirat meeting (`ansicht=sitzung&bereich=…`). */
export const MEETING_PARTS = ['vorbereitung', 'tafel', 'dokumentation', 'themen'] as const;
export type MeetingPart = (typeof MEETING_PARTS)[number];

export interface ViewState {
  ansicht: View;
  ebene: MapLevel;
  indikator: IndicatorId;
  jahr: Year;
  gebiet: AreaKey | null;
  vergleich: AreaKey[];
  /** null: the indicator's default method. */
  klassen: Method | null;
  sprache: Language;
  /** null: the indicator's default palette. */
  farben: PaletteId | null;
  /** Class breaks fixed across all years. */
  fixiert: boolean;
  /** Manual thresholds (stored units), used with klassen=manuell. */
  grenzen: number[];
  /** Facility categories shown on the map (empty: facility layer off). */
  einrichtungen: Category[];
  /** Closed facilities are shown if they closed in or after this year; null: not shown. */
  geschlossenSeit: number | null;
  /** The selected area's ledger of openings and closures is open. */
  chronik: boolean;
  /**
   * Change map: the change from this year to `jahr` (a year of the data other than `jahr`);
   * null: the level of `jahr` (domain/change.ts).
   */
  veraenderungSeit: Year | null;
  /**
   * Demand × supply: the second indicator of a bivariate map (3 × 3 classes); null: none. The
   * scatter plot (`ansicht=streuung`) plots `indikator` against it, written `x=` and `y=` there.
   */
  bivariat: IndicatorId | null;
  /** Scatter plot: the regression line with r is drawn (`regression=0` hides it). */
  regression: boolean;
  /** Presentation: the current slide (1-based). */
  folie: number;
  /** Presentation: the deck, base64url-encoded (see domain/deck/codec.ts); null: the default deck. */
  deck: string | null;
  /** Meeting: the part shown (preparation, the Lean Coffee board, the Dokumentation, all topics). */
  bereich: MeetingPart;
  /** Meeting topics: only those of this Handlungsfeld (a catalogue group id); null: all. */
  handlungsfeld: string | null;
  /** Accessibility statement and embed builder: the view they were opened from. */
  von: View | null;
  /** `einbettung=1`: the view inside another site's page (no header; a link to the full app). */
  einbettung: boolean;
}

/** What the parser needs to know about the loaded data to validate ids. */
export interface UrlKnowledge {
  /** Indicator ids of the catalogue, looked up by their text: a found id is a validated one. */
  indicators: ReadonlyMap<string, IndicatorId>;
  /** Every area of the registry (the city included) with its level. */
  areas: ReadonlyMap<string, { key: AreaKey; level: Level }>;
  years: readonly Year[];
  defaultIndicator: IndicatorId;
  /** The scatter plot's y when a link names none (or the same as x), one per x. */
  defaultSecond: (x: IndicatorId) => IndicatorId;
  defaultYear: Year;
  /** The catalogue's Handlungsfelder (group ids), for `handlungsfeld=`. */
  fields: ReadonlySet<string>;
}

/**
 * The longest `deck=` value: a deck at the file limit that does not compress (src/domain/deck/codec.ts,
 * MAX_DECK_PARAM; a test keeps the two equal, the codec is not loaded with the first view).
 */
export const MAX_DECK_PARAM = 269_420;

export interface UrlNotice {
  param: string;
  value: string;
  /** What was used instead, as the URL would spell it ('' for "none"). */
  fallback: string;
  reason: 'unbekannt' | 'ebene' | 'format';
}

/**
 * The words `ebene=` takes, from the package's manifest (set once when the package is loaded, see
 * view/urlKnowledge.ts): each level's word and its other spellings; the slot names are accepted
 * too. Without a manifest the words are the slot names.
 */
let LEVEL_WORDS: { toSlot: Map<string, MapLevel>; toWord: Record<MapLevel, string> } = {
  toSlot: new Map(MAP_LEVELS.map((l) => [l, l])),
  toWord: Object.fromEntries(MAP_LEVELS.map((l) => [l, l])) as Record<MapLevel, string>,
};
export function setLevelWords(levels: readonly { id: string; urlAuch?: string[] | undefined }[]): void {
  const toSlot = new Map<string, MapLevel>(MAP_LEVELS.map((l) => [l, l]));
  const toWord = Object.fromEntries(MAP_LEVELS.map((l) => [l, l])) as Record<MapLevel, string>;
  levels.slice(0, MAP_LEVELS.length).forEach((e, i) => {
    const slot = MAP_LEVELS[i]!;
    toWord[slot] = e.id;
    for (const w of [e.id, ...(e.urlAuch ?? [])]) toSlot.set(w, slot);
  });
  LEVEL_WORDS = { toSlot, toWord };
}
/** The URL word of a level (`ebene=` in links). */
export const levelWord = (l: MapLevel): string => LEVEL_WORDS.toWord[l];

/** Old spellings that keep working (links from earlier versions or typed by hand). */
const ALIASES: Record<string, Record<string, string>> = {
  ansicht: {
    map: 'karte',
    compare: 'vergleich',
    profile: 'profil',
    presentation: 'praesentation',
    data: 'daten',
    datenwerkstatt: 'daten',
    scatter: 'streuung',
    streudiagramm: 'streuung',
    meeting: 'sitzung',
    beirat: 'sitzung',
  },
  bereich: {
    board: 'tafel',
    lean_coffee: 'tafel',
    leancoffee: 'tafel',
    doku: 'dokumentation',
    topics: 'themen',
    preparation: 'vorbereitung',
  },
  sprache: { leichte_sprache: 'leicht', leichtesprache: 'leicht', ls: 'leicht', easy: 'leicht' },
  klassen: { quantil: 'quantile', gleiche: 'gleich', jenks: 'natuerlich', natural: 'natuerlich' },
};

/** Echoed values are cut to a readable length: a crafted link must not fill the screen. */
export const NOTICE_VALUE_MAX = 40;
const echoValue = (v: string) => clip(v, NOTICE_VALUE_MAX);

const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined =>
  (list as readonly string[]).includes(v) ? (v as T) : undefined;

export function defaultState(k: UrlKnowledge): ViewState {
  return {
    ansicht: 'karte',
    ebene: 'ebene1',
    indikator: k.defaultIndicator,
    jahr: k.defaultYear,
    gebiet: null,
    vergleich: [],
    klassen: null,
    sprache: 'de',
    farben: null,
    fixiert: false,
    grenzen: [],
    einrichtungen: [],
    geschlossenSeit: BASE_YEAR,
    chronik: false,
    veraenderungSeit: null,
    bivariat: null,
    regression: true,
    folie: 1,
    deck: null,
    bereich: 'vorbereitung',
    handlungsfeld: null,
    von: null,
    einbettung: false,
  };
}

export function parseUrl(search: string, k: UrlKnowledge): { state: ViewState; notices: UrlNotice[] } {
  const p = new URLSearchParams(search);
  const s = defaultState(k);
  const notices: UrlNotice[] = [];
  const get = (name: string): string | undefined => {
    const raw = p.get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const v = raw.trim().toLowerCase();
    return ALIASES[name]?.[v] ?? v;
  };
  const invalid = (
    param: string,
    fallback: string,
    reason: UrlNotice['reason'] = 'unbekannt',
    value = p.get(param) ?? '',
  ) => notices.push({ param, value: echoValue(value), fallback: echoValue(fallback), reason });

  const enumParam = <T extends string>(name: string, list: readonly T[], set: (v: T) => void, fb: string) => {
    const v = get(name);
    if (v === undefined) return;
    const ok = oneOf(list, v);
    if (ok) set(ok);
    else invalid(name, fb);
  };
  enumParam('ansicht', VIEWS, (v) => (s.ansicht = v), s.ansicht);
  const word = get('ebene');
  if (word !== undefined) {
    const slot = LEVEL_WORDS.toSlot.get(word);
    if (slot) s.ebene = slot;
    else invalid('ebene', levelWord(s.ebene));
  }
  enumParam('klassen', METHODS, (v) => (s.klassen = v), '');
  enumParam('sprache', LANGUAGES, (v) => (s.sprache = v), s.sprache);
  enumParam('farben', PALETTES, (v) => (s.farben = v), '');

  const ind = p.get('indikator')?.trim();
  if (ind) {
    const found = k.indicators.get(ind);
    if (found) s.indikator = found;
    else invalid('indikator', s.indikator);
  }
  const jahr = get('jahr');
  if (jahr !== undefined) {
    const y = /^\d{4}$/.test(jahr) ? Number(jahr) : NaN;
    const found = k.years.find((x) => x === y);
    if (found !== undefined) s.jahr = found;
    else invalid('jahr', String(s.jahr), /^\d{4}$/.test(jahr) ? 'unbekannt' : 'format');
  }
  const gebiet = get('gebiet');
  if (gebiet !== undefined) {
    const area = k.areas.get(gebiet);
    if (!area || !isMapLevel(area.level)) invalid('gebiet', '');
    else if (p.get('ebene') === null) {
      // A link to an area without a level shows the area's own level.
      s.gebiet = area.key;
      s.ebene = area.level;
    } else if (area.level !== s.ebene && s.ansicht === 'karte') invalid('gebiet', '', 'ebene');
    else s.gebiet = area.key;
  }
  const vergleich = get('vergleich');
  if (vergleich !== undefined) {
    const keys = [...new Set(vergleich.split(',').map((x) => x.trim()))].filter(Boolean);
    const known = (x: string) => {
      const area = k.areas.get(x);
      return area && isMapLevel(area.level) ? area.key : undefined;
    };
    const ok = keys.flatMap((x) => known(x) ?? []);
    // One notice per unknown key, each naming the parameter and the key.
    for (const x of keys) if (!known(x)) invalid('vergleich', ok.join(','), 'unbekannt', x);
    s.vergleich = ok;
  }
  const fix = get('fixiert');
  if (fix !== undefined) {
    if (fix === '1' || fix === '0') s.fixiert = fix === '1';
    else invalid('fixiert', '0', 'format');
  }
  const grenzen = get('grenzen');
  if (grenzen !== undefined) {
    // Decimals with a point only, as the data: `grenzen=,` or `0x10` are not thresholds.
    const tokens = grenzen.split(',').map((x) => x.trim());
    const bad = tokens.filter((x) => !DECIMAL.test(x));
    if (tokens.length > 8) invalid('grenzen', '', 'format');
    else if (bad.length > 0) for (const x of bad) invalid('grenzen', '', 'format', x === '' ? '(leer)' : x);
    else s.grenzen = tokens.map(Number);
  }
  const cats = get('einrichtungen');
  if (cats !== undefined && cats !== 'keine') {
    const list = cats === 'alle' ? [...CATEGORIES] : [...new Set(cats.split(',').map((x) => x.trim()))];
    const ok = CATEGORIES.filter((c) => list.includes(c));
    for (const x of list)
      if (!(CATEGORIES as readonly string[]).includes(x))
        invalid('einrichtungen', ok.join(','), 'unbekannt', x);
    s.einrichtungen = ok;
  }
  const seit = get('geschlossen_seit');
  if (seit !== undefined) {
    if (seit === 'keine') s.geschlossenSeit = null;
    else if (/^\d{4}$/.test(seit) && Number(seit) >= 1950 && Number(seit) <= 2100)
      s.geschlossenSeit = Number(seit);
    else invalid('geschlossen_seit', String(BASE_YEAR), 'format');
  }
  const chronik = get('chronik');
  if (chronik !== undefined) {
    if (chronik === '1' || chronik === '0') s.chronik = chronik === '1';
    else invalid('chronik', '0', 'format');
  }
  const since = get('veraenderung_seit');
  if (since !== undefined) {
    const y = /^\d{4}$/.test(since) ? Number(since) : NaN;
    const found = k.years.find((x) => x === y);
    if (found !== undefined && found !== s.jahr) s.veraenderungSeit = found;
    else invalid('veraenderung_seit', '', /^\d{4}$/.test(since) ? 'unbekannt' : 'format');
  }
  if (s.ansicht === 'streuung') {
    // The scatter plot names its axes x= and y= (indikator= and bivariat= are read as well).
    const x = p.get('x')?.trim();
    if (x) {
      const found = k.indicators.get(x);
      if (found) s.indikator = found;
      else invalid('x', s.indikator);
    }
  }
  const yName = s.ansicht === 'streuung' && p.get('y')?.trim() ? 'y' : 'bivariat';
  const biv = p.get(yName)?.trim();
  if (biv) {
    const found = k.indicators.get(biv);
    if (found && found !== s.indikator) s.bivariat = found;
    else invalid(yName, yName === 'y' ? k.defaultSecond(s.indikator) : '');
  }
  if (s.ansicht === 'streuung' && s.bivariat === null) s.bivariat = k.defaultSecond(s.indikator);
  const regression = get('regression');
  if (regression !== undefined) {
    if (regression === '1' || regression === '0') s.regression = regression === '1';
    else invalid('regression', '1', 'format');
  }
  const folie = get('folie');
  if (folie !== undefined) {
    if (/^\d{1,3}$/.test(folie) && Number(folie) >= 1) s.folie = Number(folie);
    else invalid('folie', '1', 'format');
  }
  // Case matters in base64url, so the deck is read as written; it is validated by the presentation.
  const deck = p.get('deck')?.trim();
  if (deck) {
    if (/^[A-Za-z0-9_-]+$/.test(deck) && deck.length <= MAX_DECK_PARAM) s.deck = deck;
    else invalid('deck', '', 'format');
  }
  if (s.ansicht === 'sitzung') {
    enumParam('bereich', MEETING_PARTS, (v) => (s.bereich = v), s.bereich);
    const field = get('handlungsfeld');
    if (field !== undefined) {
      if (k.fields.has(field)) s.handlungsfeld = field;
      else invalid('handlungsfeld', '');
    }
  }
  if (s.ansicht === 'barrierefreiheit' || s.ansicht === 'einbetten')
    enumParam('von', NAV_VIEWS, (v) => (s.von = v), '');
  const embed = get('einbettung');
  if (embed !== undefined) {
    if (embed === '1' || embed === '0')
      s.einbettung = embed === '1' && (EMBED_VIEWS as readonly string[]).includes(s.ansicht);
    else invalid('einbettung', '0', 'format');
  }
  if (s.klassen === 'manuell' && s.grenzen.length === 0) {
    notices.push({ param: 'klassen', value: 'manuell', fallback: '', reason: 'format' });
    s.klassen = null;
  }
  // What the canonical link does not carry is dropped, so a state always equals its own link
  // (thresholds without klassen=manuell, a slide outside a presentation, a ledger without an area).
  if (s.klassen !== 'manuell') s.grenzen = [];
  if (s.ansicht !== 'praesentation' && !s.deck) s.folie = 1;
  if (!s.gebiet) s.chronik = false;
  if (s.ansicht !== 'streuung') s.regression = true;
  return { state: s, notices };
}

/** The canonical URL query for a state; main parameters always written so links stay stable. */
export function serializeUrl(s: ViewState): string {
  const p = new URLSearchParams();
  p.set('ansicht', s.ansicht);
  p.set('ebene', levelWord(s.ebene));
  const scatter = s.ansicht === 'streuung' && s.bivariat !== null;
  p.set(scatter ? 'x' : 'indikator', s.indikator);
  if (scatter) p.set('y', s.bivariat!);
  p.set('jahr', String(s.jahr));
  if (s.gebiet) p.set('gebiet', s.gebiet);
  if (s.vergleich.length) p.set('vergleich', s.vergleich.join(','));
  if (s.klassen) p.set('klassen', s.klassen);
  if (s.klassen === 'manuell' && s.grenzen.length) p.set('grenzen', s.grenzen.join(','));
  if (s.farben) p.set('farben', s.farben);
  if (s.fixiert) p.set('fixiert', '1');
  if (s.einrichtungen.length)
    p.set('einrichtungen', s.einrichtungen.length === CATEGORIES.length ? 'alle' : s.einrichtungen.join(','));
  if (s.geschlossenSeit !== BASE_YEAR)
    p.set('geschlossen_seit', s.geschlossenSeit === null ? 'keine' : String(s.geschlossenSeit));
  if (s.chronik && s.gebiet) p.set('chronik', '1');
  if (s.veraenderungSeit !== null) p.set('veraenderung_seit', String(s.veraenderungSeit));
  if (s.bivariat !== null && !scatter) p.set('bivariat', s.bivariat);
  if (scatter && !s.regression) p.set('regression', '0');
  if (s.ansicht === 'praesentation' || (s.deck && s.folie > 1)) p.set('folie', String(s.folie));
  if (s.deck) p.set('deck', s.deck);
  if (s.ansicht === 'sitzung') {
    if (s.bereich !== 'vorbereitung') p.set('bereich', s.bereich);
    if (s.handlungsfeld) p.set('handlungsfeld', s.handlungsfeld);
  }
  if ((s.ansicht === 'barrierefreiheit' || s.ansicht === 'einbetten') && s.von) p.set('von', s.von);
  if (s.einbettung) p.set('einbettung', '1');
  p.set('sprache', s.sprache);
  return '?' + p.toString().replace(/%2C/g, ',');
}

/**
 * A view as a presentation slide stores it: the canonical query without the presenter's language
 * and the deck itself.
 */
export function slideQuery(s: ViewState): string {
  const p = new URLSearchParams(serializeUrl({ ...s, deck: null, folie: 1 }).slice(1));
  for (const name of ['sprache', 'folie', 'deck', 'chronik', 'bereich', 'handlungsfeld', 'von', 'einbettung'])
    p.delete(name);
  return p.toString().replace(/%2C/g, ',');
}
