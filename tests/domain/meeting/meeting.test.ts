import { describe, expect, it } from 'vitest';
import type { AreaKey } from '../../../src/domain/ids.ts';
import {
  boardColumns,
  dotTotals,
  followingMeeting,
  moveCard,
  nextCard,
  takeUp,
  vote,
} from '../../../src/domain/meeting/board.ts';
import {
  isDate,
  MEETING_FORMAT,
  MEETING_LIMITS,
  meetingFile,
  parseMeetingFile,
  validateMeeting,
  type Card,
  type Meeting,
  type MeetingKnowledge,
} from '../../../src/domain/meeting/meeting.ts';

const areas = new Set(['212', '215', '231', '21']);
const k: MeetingKnowledge = {
  areaKey: (s) => (areas.has(s) ? (s as AreaKey) : undefined),
  fields: new Set(['versorgung', 'basisdaten']),
};
const card = (id: string, punkte: number, over: Partial<Card> = {}): Card => ({
  id,
  titel: `Thema ${id}`,
  handlungsfeld: '',
  gebiete: [],
  ansicht: '',
  punkte,
  status: 'offen',
  notizen: '',
  schritte: [],
  seit: '',
  ...over,
});
const meeting: Meeting = {
  titel: '3. Sitzung des ZWK-Beirats',
  datum: '2026-12-09',
  beginn: '16:00',
  ende: '18:30',
  ort: 'Stadthaus 1, Raum 301',
  gruppen: ['Politik', 'Seniorenbeirat', 'Verwaltung'],
  teilnehmende: 8,
  punkteProPerson: 3,
  rundeMinuten: 8,
  agenda: [
    { id: 'begruessung', art: 'text', titel: 'Begrüßung', text: '', deck: '', minuten: 10 },
    { id: 'daten', art: 'folien', titel: 'Datenvortrag', text: '', deck: '', minuten: 30 },
    { id: 'lean-coffee', art: 'lean_coffee', titel: 'Austausch', text: '', deck: '', minuten: 60 },
  ],
  karten: [
    card('a', 2),
    card('b', 5, {
      gebiete: ['231' as AreaKey],
      handlungsfeld: 'versorgung',
      ansicht: 'ansicht=karte&gebiet=231',
    }),
    card('c', 5),
    card('d', 1, { status: 'besprochen', schritte: ['Begehung im Frühjahr'] }),
  ],
  themenspeicher: [card('alt', 0, { seit: '2026-06-10' })],
  naechsterTermin: '2027-03-17',
};
const problems = (v: unknown) => {
  const r = validateMeeting(v, k);
  return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}${p.detail ? `:${p.detail}` : ''}`);
};
const withField = (patch: Record<string, unknown>) => ({ format: MEETING_FORMAT, ...meeting, ...patch });

describe('the meeting file', () => {
  it('round-trips through its file text, field by field', () => {
    const r = parseMeetingFile(meetingFile(meeting), k);
    expect(r).toEqual({ ok: true, meeting });
    // A BOM, as a Windows editor writes it, is no problem.
    expect(parseMeetingFile(`\uFEFF${meetingFile(meeting)}`, k).ok).toBe(true);
  });

  it('names every broken field with its path, and accepts nothing from a broken file', () => {
    expect(problems(null)).toEqual([':kein_objekt']);
    expect(problems([])).toEqual([':kein_objekt']);
    expect(problems(withField({ format: 'quartiersexplorer-folien' }))).toEqual([
      'format:format:quartiersexplorer-folien',
    ]);
    expect(problems(withField({ version: 2 }))).toEqual(['version:version:2']);
    expect(problems(withField({ titel: '  ' }))).toEqual(['titel:fehlt']);
    expect(problems(withField({ datum: '2026-02-30' }))).toEqual(['datum:datum:2026-02-30']);
    expect(problems(withField({ beginn: '25:00' }))).toEqual(['beginn:uhrzeit:25:00']);
    expect(problems(withField({ teilnehmende: -1, punkteProPerson: 2.5, rundeMinuten: '8' }))).toEqual([
      'teilnehmende:zahl:0–200',
      'punkteProPerson:zahl:1–20',
      'rundeMinuten:zahl:1–60',
    ]);
    expect(problems(withField({ gruppen: 'Politik' }))).toEqual(['gruppen:liste']);
    expect(problems(withField({ agenda: [{ id: 'x', art: 'party', titel: 'Feier' }] }))).toEqual([
      'agenda[0].art:art:party',
    ]);
    expect(
      problems(
        withField({ karten: [{ ...card('a', 1), status: 'vertagt', gebiete: ['999'], handlungsfeld: 'x' }] }),
      ),
    ).toEqual([
      'karten[0].status:status:vertagt',
      'karten[0].handlungsfeld:art:x',
      'karten[0].gebiete[0]:gebiet:999',
    ]);
    expect(problems(withField({ karten: [card('a', 1), card('a', 2)] }))).toEqual(['karten[1].id:doppelt:a']);
    expect(problems(withField({ karten: [card('a', 1, { punkte: 1000 })] }))).toEqual([
      'karten[0].punkte:zahl:0–999',
    ]);
  });

  it('never runs what a crafted file holds, and refuses a link that is no view of the app', () => {
    const crafted = { toString: () => 'x', valueOf: 1 };
    expect(problems(withField({ titel: crafted }))).toEqual(['titel:text:Objekt']);
    for (const ansicht of [
      'javascript:alert(1)',
      'https://example.org/?a=1',
      'ansicht=karte&x=<img>',
      'ansicht=karte" onclick="x',
    ])
      expect(problems(withField({ karten: [card('a', 1, { ansicht })] }))[0]).toMatch(
        /^karten\[0\]\.ansicht:ansicht/,
      );
    expect(
      problems(
        withField({
          karten: [card('a', 1, { ansicht: 'ansicht=streuung&x=anteil_80_plus&y=versorgungsverlust' })],
        }),
      ),
    ).toEqual([]);
  });

  it('keeps to its limits: size, lists and texts', () => {
    const big = meetingFile({ ...meeting, agenda: [{ ...meeting.agenda[0]!, text: 'x'.repeat(600_000) }] });
    expect(parseMeetingFile(big, k)).toEqual({
      ok: false,
      problems: [{ field: '', code: 'zu_gross', detail: String(MEETING_LIMITS.fileBytes) }],
    });
    expect(parseMeetingFile('{"format":', k)).toEqual({
      ok: false,
      problems: [{ field: '', code: 'kein_json' }],
    });
    const many = Array.from({ length: MEETING_LIMITS.cards + 1 }, (_, i) => card(`k${i}`, 0));
    expect(problems(withField({ karten: many }))).toEqual([`karten:zu_viele:${MEETING_LIMITS.cards}`]);
    expect(problems(withField({ karten: [card('a', 0, { notizen: 'x'.repeat(4001) })] }))).toEqual([
      'karten[0].notizen:zu_lang:4000',
    ]);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2027-02-29')).toBe(false);
  });
});

describe('the Lean Coffee board', () => {
  it('orders "Zu besprechen" by dots, equal dots in the order written', () => {
    const cols = boardColumns(meeting);
    expect(cols.offen.map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(cols.besprochen.map((c) => c.id)).toEqual(['d']);
    expect(nextCard(meeting)?.id).toBe('b');
  });

  it('counts the dots and keeps them within the room’s and the card’s limits', () => {
    expect(dotTotals(meeting)).toEqual({ given: 13, available: 24 });
    const up = vote(meeting, 'a', 1);
    expect(up.karten.find((c) => c.id === 'a')!.punkte).toBe(3);
    expect(meeting.karten.find((c) => c.id === 'a')!.punkte).toBe(2);
    // "a" overtakes nobody with 3; with two more it leads.
    expect(boardColumns(vote(vote(vote(up, 'a', 1), 'a', 1), 'a', 1)).offen[0]!.id).toBe('a');
    expect(vote(card0(meeting), 'a', -1).karten[0]!.punkte).toBe(0);
    // All 24 dots given: no more.
    const full = { ...meeting, karten: [card('a', 24)] };
    expect(vote(full, 'a', 1)).toBe(full);
    // Participants not entered: no room limit.
    expect(vote({ ...full, teilnehmende: 0 }, 'a', 1).karten[0]!.punkte).toBe(25);
  });

  it('has one card in discussion at a time', () => {
    const a = moveCard(meeting, 'b', 'im_gespraech');
    const b = moveCard(a, 'c', 'im_gespraech');
    expect(boardColumns(b).im_gespraech.map((c) => c.id)).toEqual(['c']);
    expect(b.karten.find((c) => c.id === 'b')!.status).toBe('besprochen');
  });

  it('carries what was not discussed into the next meeting’s Themenspeicher', () => {
    const next = followingMeeting(moveCard(meeting, 'b', 'im_gespraech'));
    expect(next.datum).toBe('2027-03-17');
    expect(next.naechsterTermin).toBe('');
    expect(next.karten).toEqual([]);
    // The older Themenspeicher first, then this meeting's open cards — dots reset, date kept.
    expect(next.themenspeicher.map((c) => [c.id, c.punkte, c.status, c.seit])).toEqual([
      ['alt', 0, 'offen', '2026-06-10'],
      ['a', 0, 'offen', '2026-12-09'],
      ['b', 0, 'offen', '2026-12-09'],
      ['c', 0, 'offen', '2026-12-09'],
    ]);
    expect(next.gruppen).toEqual(meeting.gruppen);
    // Taken up again on the next board, a card keeps where it came from.
    const taken = takeUp(next, ['alt']);
    expect(taken.karten.map((c) => [c.id, c.seit])).toEqual([['alt', '2026-06-10']]);
    expect(taken.themenspeicher.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    // The file of the next meeting is valid as it stands.
    expect(parseMeetingFile(meetingFile({ ...taken, datum: '2027-03-17' }), k).ok).toBe(true);
  });
});

function card0(m: Meeting): Meeting {
  return { ...m, karten: [card('a', 0)] };
}
