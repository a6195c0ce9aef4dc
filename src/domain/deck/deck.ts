import type { AreaKey } from '../ids.ts';
import type { Language } from '../format.ts';
import { clip } from '../strict.ts';

/**
 * A presentation deck: an ordered list of slides, each a saved view (a URL query of the map,
 * comparison or profile view) with a title, an optional note and the areas in the spotlight.
 * The same JSON is the saved file and, base64url-encoded, the `deck` URL parameter. Parsing is
 * pure and reports every problem with the field it concerns; the UI words the messages.
 */
export const DECK_FORMAT = 'quartiersexplorer-folien';
export const DECK_VERSION = 1;
/** Which part of a comparison a slide shows (a whole comparison does not fit one screen). */
export const SLIDE_PARTS = ['ueberblick', 'pyramiden', 'verlauf', 'tabelle'] as const;
export type SlidePart = (typeof SLIDE_PARTS)[number];
/** Views a slide may show. */
export const SLIDE_VIEWS = ['karte', 'streuung', 'vergleich', 'profil'] as const;

export const LIMITS = {
  fileBytes: 200_000,
  slides: 60,
  title: 120,
  note: 600,
  view: 1000,
  spotlight: 24,
} as const;

export interface Slide {
  titel: string;
  notiz: string;
  /** URL query of the view, e.g. "ansicht=karte&indikator=anteil_65_plus&jahr=2024". */
  ansicht: string;
  /** Areas shown at full strength while all others are dimmed; empty: none dimmed. */
  spotlight: AreaKey[];
  teil: SlidePart;
}

export interface Deck {
  titel: string;
  folien: Slide[];
}

export type DeckProblemCode =
  | 'zu_gross'
  | 'kein_json'
  | 'kein_objekt'
  | 'format'
  | 'version'
  | 'fehlt'
  | 'text'
  | 'zu_lang'
  | 'liste'
  | 'leer'
  | 'zu_viele'
  | 'ansicht'
  | 'gebiet'
  | 'teil';

/** One problem: the field path (e.g. "folien[3].titel") and what is wrong with it. */
export interface DeckProblem {
  field: string;
  code: DeckProblemCode;
  /** The offending value or a limit, for the message. */
  detail?: string;
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; problems: DeckProblem[] };

/** What the parser may check against the loaded data. */
export interface DeckKnowledge {
  /** The key as a registry area the deck may name (not the city), or undefined. */
  areaKey: (key: string) => AreaKey | undefined;
  /** The package's built-in deck in a language (shown without a deck in the link). */
  builtIn: (lang: Language) => Deck;
}

/**
 * A value from a file or link as text for a message, never by `String(v)` (which throws for
 * `{"toString":1}` and calls whatever a crafted object holds); cut to a readable length.
 */
export function echo(v: unknown): string {
  const s =
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : v === null
          ? 'null'
          : Array.isArray(v)
            ? 'Liste'
            : typeof v === 'object'
              ? 'Objekt'
              : typeof v;
  return clip(s, 60);
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The view named by a slide's query (karte when absent), or undefined if it cannot be a slide. */
export function slideView(query: string): (typeof SLIDE_VIEWS)[number] | undefined {
  const v = new URLSearchParams(query).get('ansicht')?.trim().toLowerCase() ?? 'karte';
  return (SLIDE_VIEWS as readonly string[]).includes(v) ? (v as (typeof SLIDE_VIEWS)[number]) : undefined;
}

/** Validate a parsed JSON value as a deck. All problems are reported, not just the first. */
export function validateDeck(value: unknown, k: DeckKnowledge): DeckResult {
  const problems: DeckProblem[] = [];
  const bad = (field: string, code: DeckProblemCode, detail?: string) =>
    problems.push(detail === undefined ? { field, code } : { field, code, detail });
  if (!isObject(value)) return { ok: false, problems: [{ field: '', code: 'kein_objekt' }] };
  if (value.format !== DECK_FORMAT) bad('format', 'format', echo(value.format ?? ''));
  if (value.version !== undefined && value.version !== DECK_VERSION)
    bad('version', 'version', echo(value.version));
  const text = (field: string, v: unknown, max: number, required: boolean): string => {
    if (v === undefined || v === null) {
      if (required) bad(field, 'fehlt');
      return '';
    }
    if (typeof v !== 'string') {
      bad(field, 'text');
      return '';
    }
    if (v.length > max) bad(field, 'zu_lang', String(max));
    if (required && v.trim() === '') bad(field, 'fehlt');
    return v.trim();
  };
  const titel = text('titel', value.titel, LIMITS.title, true);
  const folien: Slide[] = [];
  if (!Array.isArray(value.folien)) bad('folien', value.folien === undefined ? 'fehlt' : 'liste');
  else if (value.folien.length === 0) bad('folien', 'leer');
  else if (value.folien.length > LIMITS.slides) bad('folien', 'zu_viele', String(LIMITS.slides));
  else
    value.folien.forEach((raw: unknown, i: number) => {
      const at = `folien[${i + 1}]`;
      if (!isObject(raw)) return bad(at, 'kein_objekt');
      const slideTitle = text(`${at}.titel`, raw.titel, LIMITS.title, true);
      const notiz = text(`${at}.notiz`, raw.notiz, LIMITS.note, false);
      const ansicht = text(`${at}.ansicht`, raw.ansicht, LIMITS.view, true).replace(/^\?/, '');
      if (ansicht && !slideView(ansicht)) bad(`${at}.ansicht`, 'ansicht', echo(ansicht));
      const spotlight: AreaKey[] = [];
      if (raw.spotlight !== undefined) {
        if (!Array.isArray(raw.spotlight)) bad(`${at}.spotlight`, 'liste');
        else if (raw.spotlight.length > LIMITS.spotlight)
          bad(`${at}.spotlight`, 'zu_viele', String(LIMITS.spotlight));
        else
          for (const key of raw.spotlight as unknown[]) {
            const area = typeof key === 'string' ? k.areaKey(key) : undefined;
            if (area) {
              if (!spotlight.includes(area)) spotlight.push(area);
            } else bad(`${at}.spotlight`, 'gebiet', echo(key));
          }
      }
      let teil: SlidePart = 'ueberblick';
      if (raw.teil !== undefined) {
        if ((SLIDE_PARTS as readonly unknown[]).includes(raw.teil)) teil = raw.teil as SlidePart;
        else bad(`${at}.teil`, 'teil', echo(raw.teil));
      }
      folien.push({ titel: slideTitle, notiz, ansicht, spotlight, teil });
    });
  return problems.length ? { ok: false, problems } : { ok: true, deck: { titel, folien } };
}

/** Parse a deck file's text. */
export function parseDeck(text: string, k: DeckKnowledge): DeckResult {
  if (new TextEncoder().encode(text).length > LIMITS.fileBytes)
    return { ok: false, problems: [{ field: '', code: 'zu_gross', detail: String(LIMITS.fileBytes) }] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [{ field: '', code: 'kein_json', detail: (e as Error).message }] };
  }
  return validateDeck(value, k);
}

/** The deck as a file (and as the JSON inside the URL parameter). */
export function deckJson(deck: Deck, pretty = true): string {
  const value = {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    titel: deck.titel,
    folien: deck.folien.map((s) => ({
      titel: s.titel,
      ...(s.notiz ? { notiz: s.notiz } : {}),
      ansicht: s.ansicht,
      ...(s.spotlight.length ? { spotlight: s.spotlight } : {}),
      ...(s.teil !== 'ueberblick' ? { teil: s.teil } : {}),
    })),
  };
  return pretty ? JSON.stringify(value, null, 2) + '\n' : JSON.stringify(value);
}

/** A file name for the deck: its title as a slug. */
export function deckFileName(deck: Deck): string {
  const slug = deck.titel
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'folien'}.json`;
}
