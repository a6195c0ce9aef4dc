import { describe, expect, it } from 'vitest';
import type { AreaKey } from '../../../src/domain/ids.ts';
import { followingMeeting, moveCard, vote } from '../../../src/domain/meeting/board.ts';
import {
  MEETING_LIMITS,
  meetingFile,
  parseMeetingFile,
  type MeetingKnowledge,
} from '../../../src/domain/meeting/meeting.ts';
import {
  addAgendaItem,
  addCard,
  emptyMeeting,
  freshId,
  moveInList,
  removeCard,
  resultsByDots,
  storeAfter,
  topicsOf,
  updateCard,
} from '../../../src/domain/meeting/topics.ts';

const SURHEIDE = '231' as AreaKey;
const GEESTENDORF = '212' as AreaKey;
const k: MeetingKnowledge = {
  areaKey: (s) => (['212', '215', '231', '21'].includes(s) ? (s as AreaKey) : undefined),
  fields: new Set(['versorgung', 'basisdaten']),
};
const draft = (titel: string, gebiete: AreaKey[] = [], handlungsfeld = '') => ({
  titel,
  gebiete,
  handlungsfeld,
  ansicht: '',
});

/** A meeting with four cards: A 2 dots, B 5, C 0 (Surheide, Versorgung), D 5. */
function board() {
  let m = emptyMeeting('2026-12-09', 'Sitzung');
  m = addCard(m, draft('A'));
  m = addCard(m, draft('B'));
  m = addCard(m, draft('C', [SURHEIDE], 'versorgung'));
  m = addCard(m, draft('D', [GEESTENDORF]));
  const dots: Record<string, number> = { 'karte-1': 2, 'karte-2': 5, 'karte-4': 5 };
  for (const [id, n] of Object.entries(dots)) for (let i = 0; i < n; i++) m = vote(m, id, 1);
  return m;
}

describe('new meetings, cards and agenda items', () => {
  it('starts with the Beirat groups and the default dots and round', () => {
    const m = emptyMeeting('2026-12-09', 'Sitzung');
    expect(m.gruppen).toContain('Seniorenbeirat');
    expect([m.punkteProPerson, m.rundeMinuten, m.karten.length]).toEqual([3, 8, 0]);
    // What the app creates is a valid file.
    expect(parseMeetingFile(meetingFile(m), k).ok).toBe(true);
  });

  it('gives ids no other item or card uses, and writes no card without a title', () => {
    let m = addAgendaItem(emptyMeeting('2026-12-09', 'S'), 'folien', ' Datenvortrag ');
    m = addAgendaItem(m, 'lean_coffee', 'Lean Coffee');
    expect(m.agenda.map((a) => [a.id, a.titel])).toEqual([
      ['top-1', 'Datenvortrag'],
      ['top-2', 'Lean Coffee'],
    ]);
    m = addCard(m, draft('Eins'));
    m = addCard(m, draft('   '));
    expect(m.karten.map((c) => [c.id, c.seit])).toEqual([['karte-1', '2026-12-09']]);
    m = removeCard(addCard(m, draft('Zwei')), 'karte-1');
    expect(freshId(m, 'karte')).toBe('karte-1');
    expect(parseMeetingFile(meetingFile(m), k).ok).toBe(true);
  });

  it('stops at the limits', () => {
    let m = emptyMeeting('2026-12-09', 'S');
    for (let i = 0; i < MEETING_LIMITS.cards + 3; i++) m = addCard(m, draft(`T${i}`));
    expect(m.karten).toHaveLength(MEETING_LIMITS.cards);
    for (let i = 0; i < MEETING_LIMITS.agenda + 2; i++) m = addAgendaItem(m, 'text', `P${i}`);
    expect(m.agenda).toHaveLength(MEETING_LIMITS.agenda);
  });

  it('moves list entries within the list only', () => {
    expect(moveInList(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveInList(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveInList(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveInList(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('results and Themenspeicher for the Dokumentation', () => {
  it('lists discussed cards by dots, equal dots in the order written', () => {
    let m = board();
    for (const id of ['karte-1', 'karte-4', 'karte-2']) m = moveCard(m, id, 'besprochen');
    m = updateCard(m, 'karte-4', (c) => ({ ...c, notizen: 'Bus 502', schritte: ['Anfrage BremerhavenBus'] }));
    expect(resultsByDots(m).map((c) => c.titel)).toEqual(['B', 'D', 'A']);
    expect(resultsByDots(m)[1]!.schritte).toEqual(['Anfrage BremerhavenBus']);
    expect(storeAfter(m).map((c) => c.titel)).toEqual(['C']);
  });

  it('puts undiscussed cards after the older Themenspeicher, by dots', () => {
    let m = moveCard(board(), 'karte-2', 'besprochen');
    m = { ...m, themenspeicher: [{ ...m.karten[0]!, id: 'alt-1', titel: 'Alt', seit: '2026-06-01' }] };
    expect(storeAfter(m).map((c) => c.titel)).toEqual(['Alt', 'D', 'A', 'C']);
  });
});

describe('topics across meetings', () => {
  const first = moveCard(board(), 'karte-2', 'besprochen');
  const second = { ...followingMeeting({ ...first, naechsterTermin: '2027-03-10' }), titel: 'Zweite' };

  it('finds a quartier’s topics in every meeting, newest meeting first, a carried card once', () => {
    const surheide = topicsOf([first, second], { area: SURHEIDE });
    expect(surheide).toHaveLength(1);
    expect(surheide[0]).toMatchObject({
      where: 'themenspeicher',
      meeting: { datum: '2027-03-10', titel: 'Zweite' },
      card: { titel: 'C', seit: '2026-12-09' },
    });
    // Same result whatever order the meetings come in.
    expect(topicsOf([second, first], { area: SURHEIDE })).toEqual(surheide);
  });

  it('counts a topic about a Stadtteil for its Ortsteile when the parents are given', () => {
    const m = addCard(emptyMeeting('2026-12-09', 'S'), draft('Stadtteil', ['21' as AreaKey]));
    expect(topicsOf([m], { area: GEESTENDORF })).toHaveLength(0);
    expect(topicsOf([m], { areaAndParents: [GEESTENDORF, '21' as AreaKey] })).toHaveLength(1);
  });

  it('filters by Handlungsfeld and lists all without a filter', () => {
    expect(topicsOf([first], { field: 'versorgung' }).map((t) => t.card.titel)).toEqual(['C']);
    expect(topicsOf([first]).map((t) => t.card.titel)).toEqual(['A', 'B', 'C', 'D']);
    expect(topicsOf([first], { field: 'basisdaten' })).toEqual([]);
  });
});
