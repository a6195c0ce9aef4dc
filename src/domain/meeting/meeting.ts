import type { AreaKey } from '../ids.ts';
import { echo, isObject } from '../deck/deck.ts';
import { MAX_DECK_PARAM } from '../deck/codec.ts';

/**
 * A Beirat meeting (`ansicht=sitzung`): date, time, place, the groups present, an agenda whose
 * items are a deck, a Lean Coffee or free text, the Lean Coffee's topic cards with their dots,
 * notes and next steps, and the Themenspeicher carried over from earlier meetings. The same JSON
 * is the saved file and the autosaved copy; parsing is pure, checks every field against its
 * limits and reports every problem with its field path (the UI words the messages).
 */
export const MEETING_FORMAT = 'quartiersexplorer-sitzung';
export const MEETING_VERSION = 1;

export const MEETING_LIMITS = {
  fileBytes: 500_000,
  title: 160,
  place: 160,
  groups: 30,
  group: 80,
  agenda: 30,
  text: 4000,
  cards: 120,
  areas: 24,
  steps: 20,
  step: 400,
  view: 1000,
  dots: 999,
  participants: 200,
  dotsPerPerson: 20,
  minutes: 60,
} as const;

/** The groups of the ZWK-Beirat as the Sozialreferat lists them (editable per meeting). */
export const DEFAULT_GROUPS = [
  'Politik',
  'Seniorenbeirat',
  'Inklusionsbeirat',
  'ZGF',
  'RaM',
  'Verwaltung',
  'Stadtteilkonferenzen',
] as const;

export const AGENDA_KINDS = ['folien', 'lean_coffee', 'text'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaItem {
  id: string;
  art: AgendaKind;
  titel: string;
  /** Free text: what the item is about (for `text`, its content). */
  text: string;
  /** A deck item: the deck as the `deck=` parameter (empty: the package's built-in deck). */
  deck: string;
  /** Planned minutes (0: not planned). */
  minuten: number;
}

export const CARD_STATES = ['offen', 'im_gespraech', 'besprochen'] as const;
export type CardState = (typeof CARD_STATES)[number];

export interface Card {
  id: string;
  titel: string;
  /** A Handlungsfeld (an indicator group id of the package), or ''. */
  handlungsfeld: string;
  /** The quartiers the topic is about. */
  gebiete: AreaKey[];
  /** A view or slide it refers to: a URL query of the app, or ''. */
  ansicht: string;
  punkte: number;
  status: CardState;
  notizen: string;
  schritte: string[];
  /** The meeting the card was first written in (YYYY-MM-DD): older cards came from the Themenspeicher. */
  seit: string;
}

export interface Meeting {
  titel: string;
  datum: string;
  beginn: string;
  ende: string;
  ort: string;
  gruppen: string[];
  teilnehmende: number;
  punkteProPerson: number;
  rundeMinuten: number;
  agenda: AgendaItem[];
  karten: Card[];
  /** Cards from earlier meetings not discussed yet: they join the next board. */
  themenspeicher: Card[];
  naechsterTermin: string;
}

export type MeetingProblemCode =
  | 'zu_gross'
  | 'kein_json'
  | 'kein_objekt'
  | 'format'
  | 'version'
  | 'fehlt'
  | 'text'
  | 'zu_lang'
  | 'liste'
  | 'zu_viele'
  | 'datum'
  | 'uhrzeit'
  | 'zahl'
  | 'art'
  | 'status'
  | 'gebiet'
  | 'ansicht'
  | 'doppelt';

export interface MeetingProblem {
  field: string;
  code: MeetingProblemCode;
  detail?: string;
}

export type MeetingResult = { ok: true; meeting: Meeting } | { ok: false; problems: MeetingProblem[] };

/** What the parser checks against the loaded data: area keys and Handlungsfelder. */
export interface MeetingKnowledge {
  areaKey: (key: string) => AreaKey | undefined;
  fields: ReadonlySet<string>;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A real calendar date in ISO form (2026-02-30 is none). */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** A view query a card may link to: the app's own parameters only, no scheme, no markup. */
export const isViewQuery = (s: string): boolean =>
  s === '' || (s.length <= MEETING_LIMITS.view && /^[a-z_]+=[^\s<>"'`]*(&[a-z_]+=[^\s<>"'`]*)*$/.test(s));

/** Validate a parsed JSON value as a meeting. All problems are reported, not just the first. */
export function validateMeeting(value: unknown, k: MeetingKnowledge): MeetingResult {
  const problems: MeetingProblem[] = [];
  const bad = (field: string, code: MeetingProblemCode, detail?: string) =>
    problems.push(detail === undefined ? { field, code } : { field, code, detail });
  if (!isObject(value)) return { ok: false, problems: [{ field: '', code: 'kein_objekt' }] };
  if (value.format !== MEETING_FORMAT) bad('format', 'format', echo(value.format ?? ''));
  if (value.version !== undefined && value.version !== MEETING_VERSION)
    bad('version', 'version', echo(value.version));

  const text = (
    o: Record<string, unknown>,
    key: string,
    path: string,
    max: number,
    required = false,
  ): string => {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) bad(path, 'fehlt');
      return '';
    }
    if (typeof v !== 'string') {
      bad(path, 'text', echo(v));
      return '';
    }
    const t = v.trim();
    if (required && t === '') bad(path, 'fehlt');
    if (t.length > max) bad(path, 'zu_lang', String(max));
    return t.slice(0, max);
  };
  const int = (
    o: Record<string, unknown>,
    key: string,
    path: string,
    min: number,
    max: number,
    fallback: number,
  ) => {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      bad(path, 'zahl', `${min}–${max}`);
      return fallback;
    }
    return v;
  };
  const list = (o: Record<string, unknown>, key: string, path: string, max: number): unknown[] => {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      bad(path, 'liste');
      return [];
    }
    if (v.length > max) bad(path, 'zu_viele', String(max));
    return v.slice(0, max);
  };
  const date = (o: Record<string, unknown>, key: string, path: string, required: boolean) => {
    const d = text(o, key, path, 10, required);
    if (d !== '' && !isDate(d)) bad(path, 'datum', echo(d));
    return isDate(d) ? d : '';
  };
  const time = (o: Record<string, unknown>, key: string, path: string) => {
    const t = text(o, key, path, 5);
    if (t !== '' && !TIME.test(t)) bad(path, 'uhrzeit', echo(t));
    return TIME.test(t) ? t : '';
  };
  const ids = new Set<string>();
  const id = (o: Record<string, unknown>, path: string) => {
    const v = o.id;
    if (typeof v !== 'string' || !ID.test(v)) {
      bad(`${path}.id`, 'text', echo(v ?? ''));
      return '';
    }
    if (ids.has(v)) bad(`${path}.id`, 'doppelt', v);
    ids.add(v);
    return v;
  };
  const L = MEETING_LIMITS;

  const card = (v: unknown, path: string): Card | null => {
    if (!isObject(v)) {
      bad(path, 'kein_objekt');
      return null;
    }
    const status = v.status === undefined ? 'offen' : v.status;
    if (!(CARD_STATES as readonly unknown[]).includes(status)) bad(`${path}.status`, 'status', echo(status));
    const field = text(v, 'handlungsfeld', `${path}.handlungsfeld`, 60);
    if (field !== '' && !k.fields.has(field)) bad(`${path}.handlungsfeld`, 'art', echo(field));
    const areas: AreaKey[] = [];
    list(v, 'gebiete', `${path}.gebiete`, L.areas).forEach((a, i) => {
      const key = typeof a === 'string' ? k.areaKey(a) : undefined;
      if (!key) bad(`${path}.gebiete[${i}]`, 'gebiet', echo(a));
      else if (!areas.includes(key)) areas.push(key);
    });
    const view = text(v, 'ansicht', `${path}.ansicht`, L.view);
    if (!isViewQuery(view)) bad(`${path}.ansicht`, 'ansicht', echo(view));
    const steps = list(v, 'schritte', `${path}.schritte`, L.steps).flatMap((s, i) => {
      if (typeof s !== 'string') {
        bad(`${path}.schritte[${i}]`, 'text', echo(s));
        return [];
      }
      if (s.trim().length > L.step) bad(`${path}.schritte[${i}]`, 'zu_lang', String(L.step));
      return s.trim() ? [s.trim().slice(0, L.step)] : [];
    });
    return {
      id: id(v, path),
      titel: text(v, 'titel', `${path}.titel`, L.title, true),
      handlungsfeld: k.fields.has(field) ? field : '',
      gebiete: areas,
      ansicht: isViewQuery(view) ? view : '',
      punkte: int(v, 'punkte', `${path}.punkte`, 0, L.dots, 0),
      status: (CARD_STATES as readonly unknown[]).includes(status) ? (status as CardState) : 'offen',
      notizen: text(v, 'notizen', `${path}.notizen`, L.text),
      schritte: steps,
      seit: date(v, 'seit', `${path}.seit`, false),
    };
  };

  const agenda = list(value, 'agenda', 'agenda', L.agenda).flatMap((v, i): AgendaItem[] => {
    const path = `agenda[${i}]`;
    if (!isObject(v)) {
      bad(path, 'kein_objekt');
      return [];
    }
    const art = v.art;
    if (!(AGENDA_KINDS as readonly unknown[]).includes(art)) bad(`${path}.art`, 'art', echo(art ?? ''));
    const deck = text(v, 'deck', `${path}.deck`, MAX_DECK_PARAM);
    if (deck !== '' && !/^[A-Za-z0-9_-]+$/.test(deck)) bad(`${path}.deck`, 'text', echo(deck));
    return [
      {
        id: id(v, path),
        art: (AGENDA_KINDS as readonly unknown[]).includes(art) ? (art as AgendaKind) : 'text',
        titel: text(v, 'titel', `${path}.titel`, L.title, true),
        text: text(v, 'text', `${path}.text`, L.text),
        deck: /^[A-Za-z0-9_-]*$/.test(deck) ? deck : '',
        minuten: int(v, 'minuten', `${path}.minuten`, 0, 600, 0),
      },
    ];
  });
  const cards = (key: 'karten' | 'themenspeicher') =>
    list(value, key, key, L.cards).flatMap((v, i) => card(v, `${key}[${i}]`) ?? []);
  const groups = list(value, 'gruppen', 'gruppen', L.groups).flatMap((g, i) => {
    if (typeof g !== 'string') {
      bad(`gruppen[${i}]`, 'text', echo(g));
      return [];
    }
    if (g.trim().length > L.group) bad(`gruppen[${i}]`, 'zu_lang', String(L.group));
    return g.trim() ? [g.trim().slice(0, L.group)] : [];
  });
  const meeting: Meeting = {
    titel: text(value, 'titel', 'titel', L.title, true),
    datum: date(value, 'datum', 'datum', true),
    beginn: time(value, 'beginn', 'beginn'),
    ende: time(value, 'ende', 'ende'),
    ort: text(value, 'ort', 'ort', L.place),
    gruppen: [...new Set(groups)],
    teilnehmende: int(value, 'teilnehmende', 'teilnehmende', 0, L.participants, 0),
    punkteProPerson: int(value, 'punkteProPerson', 'punkteProPerson', 1, L.dotsPerPerson, 3),
    rundeMinuten: int(value, 'rundeMinuten', 'rundeMinuten', 1, L.minutes, 8),
    agenda,
    karten: cards('karten'),
    themenspeicher: cards('themenspeicher'),
    naechsterTermin: date(value, 'naechsterTermin', 'naechsterTermin', false),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, meeting };
}

/** A meeting file's text parsed and validated; size and JSON syntax are problems like any other. */
export function parseMeetingFile(text: string, k: MeetingKnowledge): MeetingResult {
  if (new TextEncoder().encode(text).length > MEETING_LIMITS.fileBytes)
    return {
      ok: false,
      problems: [{ field: '', code: 'zu_gross', detail: String(MEETING_LIMITS.fileBytes) }],
    };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ field: '', code: 'kein_json' }] };
  }
  return validateMeeting(value, k);
}

/** The file's text: the format's fields first, then the meeting as it is. */
export const meetingFile = (m: Meeting): string =>
  JSON.stringify({ format: MEETING_FORMAT, version: MEETING_VERSION, ...m }, null, 2);
