import type { AreaKey } from '../ids.ts';
import {
  DEFAULT_GROUPS,
  MEETING_LIMITS,
  type AgendaItem,
  type AgendaKind,
  type Card,
  type Meeting,
} from './meeting.ts';
import { byDots } from './board.ts';

/**
 * New meetings, cards and agenda items, the order of the Dokumentation's results, and the index
 * of topics across meetings (a quartier's "Aus dem Beirat", the filter by Handlungsfeld). Pure.
 */

/** A new meeting on a date: the Beirat's groups, three dots per person, eight-minute rounds. */
export function emptyMeeting(datum: string, titel: string): Meeting {
  return {
    titel,
    datum,
    beginn: '',
    ende: '',
    ort: '',
    gruppen: [...DEFAULT_GROUPS],
    teilnehmende: 0,
    punkteProPerson: 3,
    rundeMinuten: 8,
    agenda: [],
    karten: [],
    themenspeicher: [],
    naechsterTermin: '',
  };
}

/** An id of the form `<prefix>-<n>` not used by any agenda item or card of the meeting. */
export function freshId(m: Meeting, prefix: 'top' | 'karte'): string {
  const used = new Set([...m.agenda, ...m.karten, ...m.themenspeicher].map((x) => x.id));
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export function addAgendaItem(m: Meeting, art: AgendaKind, titel: string): Meeting {
  if (m.agenda.length >= MEETING_LIMITS.agenda) return m;
  const item: AgendaItem = {
    id: freshId(m, 'top'),
    art,
    titel: titel.trim().slice(0, MEETING_LIMITS.title),
    text: '',
    deck: '',
    minuten: 0,
  };
  return { ...m, agenda: [...m.agenda, item] };
}

export interface CardDraft {
  titel: string;
  handlungsfeld: string;
  gebiete: AreaKey[];
  ansicht: string;
}

/** A topic card written in this meeting; an empty title writes none. */
export function addCard(m: Meeting, draft: CardDraft): Meeting {
  const titel = draft.titel.trim().slice(0, MEETING_LIMITS.title);
  if (!titel || m.karten.length >= MEETING_LIMITS.cards) return m;
  const card: Card = {
    id: freshId(m, 'karte'),
    titel,
    handlungsfeld: draft.handlungsfeld,
    gebiete: [...new Set(draft.gebiete)].slice(0, MEETING_LIMITS.areas),
    ansicht: draft.ansicht,
    punkte: 0,
    status: 'offen',
    notizen: '',
    schritte: [],
    seit: m.datum,
  };
  return { ...m, karten: [...m.karten, card] };
}

/** Replaces one card (by id) with the result of `change`. */
export const updateCard = (m: Meeting, id: string, change: (c: Card) => Card): Meeting => ({
  ...m,
  karten: m.karten.map((c) => (c.id === id ? change(c) : c)),
});

export const removeCard = (m: Meeting, id: string): Meeting => ({
  ...m,
  karten: m.karten.filter((c) => c.id !== id),
});

/** Moves an element of a list one place up (-1) or down (+1); at the ends nothing changes. */
export function moveInList<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/**
 * The Lean Coffee results as the Dokumentation lists them: the discussed cards and the one still
 * in discussion by dots (most first; equal dots in the order they were written).
 */
export function resultsByDots(m: Meeting): Card[] {
  return byDots(m.karten.filter((c) => c.status !== 'offen'));
}

/**
 * What goes to the Themenspeicher at the end of this meeting: the cards not discussed (by dots),
 * after the older Themenspeicher's cards.
 */
export function storeAfter(m: Meeting): Card[] {
  return [...m.themenspeicher, ...byDots(m.karten.filter((c) => c.status === 'offen'))];
}

/** One topic of one meeting, for the index across meetings. */
export interface Topic {
  card: Card;
  /** Where it stands: on the board of the meeting, or in its Themenspeicher. */
  where: 'tafel' | 'themenspeicher';
  meeting: { titel: string; datum: string };
}

export interface TopicFilter {
  area?: AreaKey | null;
  /** The area's parents count as well: a topic about a Stadtteil concerns its Ortsteile. */
  areaAndParents?: readonly AreaKey[];
  field?: string | null;
}

/**
 * The topics of all meetings, newest meeting first, filtered by quartier and Handlungsfeld. A card
 * that reappears in a later meeting (carried over from the Themenspeicher, same id and `seit`) is
 * listed once, from the latest meeting.
 */
export function topicsOf(meetings: readonly Meeting[], f: TopicFilter = {}): Topic[] {
  const areas = f.areaAndParents ?? (f.area ? [f.area] : []);
  const seen = new Set<string>();
  const out: Topic[] = [];
  const sorted = [...meetings].sort((a, b) => b.datum.localeCompare(a.datum));
  for (const m of sorted) {
    const entries: [Card, Topic['where']][] = [
      ...m.karten.map((c): [Card, Topic['where']] => [c, 'tafel']),
      ...m.themenspeicher.map((c): [Card, Topic['where']] => [c, 'themenspeicher']),
    ];
    for (const [card, where] of entries) {
      const identity = `${card.id}|${card.seit}|${card.titel}`;
      if (seen.has(identity)) continue;
      if (areas.length && !card.gebiete.some((g) => areas.includes(g))) continue;
      if (f.field && card.handlungsfeld !== f.field) continue;
      seen.add(identity);
      out.push({ card, where, meeting: { titel: m.titel, datum: m.datum } });
    }
  }
  return out;
}
