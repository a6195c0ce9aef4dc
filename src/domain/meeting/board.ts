import { MEETING_LIMITS, type Card, type CardState, type Meeting } from './meeting.ts';

/**
 * The Lean Coffee board, pure: the three columns in their order, the moderator's dots, and what
 * the next meeting takes over. Every function returns a new meeting; nothing is changed in place.
 */

/** Most dots first; equal dots keep the order in which the cards were written. */
export const byDots = (list: readonly Card[]): Card[] =>
  list
    .map((c, i) => [c, i] as const)
    .sort((a, b) => b[0].punkte - a[0].punkte || a[1] - b[1])
    .map(([c]) => c);

/** The three columns; "Zu besprechen" and "Besprochen" by dots, as the Dokumentation lists them. */
export function boardColumns(m: Meeting): Record<CardState, Card[]> {
  return {
    offen: byDots(m.karten.filter((c) => c.status === 'offen')),
    im_gespraech: m.karten.filter((c) => c.status === 'im_gespraech'),
    besprochen: byDots(m.karten.filter((c) => c.status === 'besprochen')),
  };
}

/** Dots given so far, and how many the room has (participants × dots per person; 0: not set). */
export function dotTotals(m: Meeting): { given: number; available: number } {
  return {
    given: m.karten.reduce((s, c) => s + c.punkte, 0),
    available: m.teilnehmende * m.punkteProPerson,
  };
}

/**
 * One dot more or less on a card, as the moderator enters them: never below 0, never above the
 * per-card limit, and — where the number of participants is set — never beyond the room's dots.
 */
export function vote(m: Meeting, cardId: string, delta: 1 | -1): Meeting {
  const { given, available } = dotTotals(m);
  if (delta > 0 && available > 0 && given >= available) return m;
  return {
    ...m,
    karten: m.karten.map((c) =>
      c.id === cardId ? { ...c, punkte: Math.max(0, Math.min(MEETING_LIMITS.dots, c.punkte + delta)) } : c,
    ),
  };
}

/** The next card to talk about: the first of "Zu besprechen" (most dots). */
export const nextCard = (m: Meeting): Card | undefined => boardColumns(m).offen[0];

/** Moves a card to a column; only one card is "im Gespräch" at a time (the one before is done). */
export function moveCard(m: Meeting, cardId: string, to: CardState): Meeting {
  return {
    ...m,
    karten: m.karten.map((c) =>
      c.id === cardId
        ? { ...c, status: to }
        : to === 'im_gespraech' && c.status === 'im_gespraech'
          ? { ...c, status: 'besprochen' }
          : c,
    ),
  };
}

/**
 * The meeting that follows: same groups, dots and round length; the cards not discussed (still
 * "zu besprechen" or "im Gespräch") join the Themenspeicher with their dots reset and the date
 * they were first written, after the older Themenspeicher's cards that were not taken up; the
 * next date becomes the date. Discussed cards stay in this meeting's Dokumentation only.
 */
export function followingMeeting(m: Meeting): Meeting {
  const carried = (c: Card): Card => ({ ...c, punkte: 0, status: 'offen', seit: c.seit || m.datum });
  const open = m.karten.filter((c) => c.status !== 'besprochen').map(carried);
  const taken = new Set(m.karten.map((c) => c.id));
  const older = m.themenspeicher.filter((c) => !taken.has(c.id)).map(carried);
  return {
    ...m,
    datum: m.naechsterTermin,
    naechsterTermin: '',
    beginn: m.beginn,
    ende: m.ende,
    agenda: m.agenda.map((a) => ({ ...a })),
    karten: [],
    themenspeicher: [...older, ...open].slice(0, MEETING_LIMITS.cards),
  };
}

/** Takes cards from the Themenspeicher onto this meeting's board (they keep their `seit`). */
export function takeUp(m: Meeting, ids: readonly string[]): Meeting {
  const wanted = new Set(ids);
  const moved = m.themenspeicher.filter((c) => wanted.has(c.id));
  return {
    ...m,
    karten: [...m.karten, ...moved].slice(0, MEETING_LIMITS.cards),
    themenspeicher: m.themenspeicher.filter((c) => !wanted.has(c.id)),
  };
}
