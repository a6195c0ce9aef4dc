import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaKey } from '../../src/domain/ids.ts';
import type { Card, Meeting } from '../../src/domain/meeting/meeting.ts';
import { emptyMeeting } from '../../src/domain/meeting/topics.ts';
import { viewQueryOf } from '../../src/features/meeting/CardForm.tsx';
import { loadMeetingMessages, loadPresentMessages, translator } from '../../src/i18n/translate.ts';
import { docText, meetingDoc } from '../../src/view/meeting/doc.ts';
import { areaAndParents, meetingDate } from '../../src/view/meeting/knowledge.ts';
import { territoryTexts } from '../../src/view/territory.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const { model } = shippedModel();
const k = urlKnowledge(model);
beforeAll(() => Promise.all([loadMeetingMessages(), loadPresentMessages()]));
const t = (...a: Parameters<ReturnType<typeof translator>>) =>
  translator('de', territoryTexts(model, 'de'))(...a);

const card = (id: string, punkte: number, over: Partial<Card> = {}): Card => ({
  id,
  titel: `Thema ${id}`,
  handlungsfeld: '',
  gebiete: [],
  ansicht: '',
  punkte,
  status: 'besprochen',
  notizen: '',
  schritte: [],
  seit: '2026-12-03',
  ...over,
});

function meeting(): Meeting {
  const m = emptyMeeting('2026-12-03', 'Beirat <b>3</b>');
  return {
    ...m,
    beginn: '16:00',
    ende: '18:00',
    ort: 'Stadthaus',
    naechsterTermin: '2027-03-11',
    agenda: [
      { id: 'top-1', art: 'folien', titel: 'Daten', text: '', deck: '', minuten: 30 },
      { id: 'top-2', art: 'lean_coffee', titel: 'Austausch', text: '', deck: '', minuten: 0 },
    ],
    karten: [
      card('karte-1', 2, { titel: 'Wenig Punkte', notizen: 'kurz\nzweite Zeile' }),
      card('karte-2', 7, {
        titel: 'Nahversorgung',
        handlungsfeld: 'versorgung',
        gebiete: ['231' as AreaKey],
        schritte: ['Prüfen', 'Berichten'],
      }),
      card('karte-3', 7, { titel: 'Gleich viele, später geschrieben', status: 'im_gespraech' }),
      card('karte-4', 9, { titel: 'Nicht drangekommen', status: 'offen' }),
      card('karte-5', 1, { titel: 'Auch offen', status: 'offen' }),
    ],
    themenspeicher: [card('karte-6', 0, { titel: 'Von früher', status: 'offen', seit: '2026-06-01' })],
  };
}

describe('the Dokumentation', () => {
  it('lists the results by dots, the Themenspeicher after them, every slide with its Datenstand and status', () => {
    const d = meetingDoc(meeting(), model, k, 'de', t, '2026-12-04');
    expect(d.when).toBe('3. Dezember 2026, 16:00–18:00 Uhr');
    expect(d.results.map((r) => [r.title, r.dots, r.inDiscussion])).toEqual([
      ['Nahversorgung', '7 Punkte', false],
      ['Gleich viele, später geschrieben', '7 Punkte', true],
      ['Wenig Punkte', '2 Punkte', false],
    ]);
    expect(d.results[0]!.meta).toEqual(['Handlungsfeld: Versorgung', 'Quartiere: Surheide']);
    // The older store first, then today's open cards by dots.
    expect(d.store.map((s) => s.title)).toEqual(['Von früher', 'Nicht drangekommen', 'Auch offen']);
    expect(d.store[0]!.meta).toEqual(['aus dem Themenspeicher, seit 1. Juni 2026']);
    const deck = d.agenda[0]!.deck!;
    expect(deck.slides).toHaveLength(7);
    for (const s of deck.slides) {
      expect(s.credits).toMatch(
        /^Datenstand: .+ · Quelle: .+ · (amtlich|Sekundärquelle|Beispielwert|Schätzung|berechnet)/,
      );
      expect(s.map.colours.size).toBe(model.byLevel[s.map.level].length);
    }
    // Sample values are never presented as official.
    expect(
      deck.slides.filter((s) => s.status === 'beispiel').every((s) => s.credits.endsWith('Beispielwert')),
    ).toBe(true);
    expect(d.agenda[1]!.deck).toBeNull();
    expect(d.next).toBe('11. März 2027');
  });

  it('writes the same as a text file, markup left as text', () => {
    const text = docText(meetingDoc(meeting(), model, k, 'de', t, '2026-12-04'), t);
    expect(text.startsWith('Dokumentation: Beirat <b>3</b>\n')).toBe(true);
    const order = [
      '1. Nahversorgung (7 Punkte)',
      '2. Gleich viele, später geschrieben (7 Punkte; im Gespräch',
      '3. Wenig Punkte',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('     - Prüfen\n     - Berichten');
    expect(text).toContain('     kurz\n     zweite Zeile');
    expect(text).toContain('TOP 1: Daten (Präsentation, 30 Min.)');
    expect(text).toMatch(/- Folie 7: .+\n {5}Datenstand: /);
    expect(text.indexOf('Themenspeicher')).toBeGreaterThan(text.indexOf('3. Wenig Punkte'));
    expect(text).toContain('Nächster Termin\n---------------\n11. März 2027');
  });

  it('says when nothing was discussed and no next date is set', () => {
    const m = { ...emptyMeeting('2026-12-03', 'Leer'), gruppen: [] };
    const text = docText(meetingDoc(m, model, k, 'de', t, '2026-12-03'), t);
    expect(text).toContain('Es wurde kein Thema besprochen.');
    expect(text).toContain('Keine offenen Themen.');
    expect(text).toContain('noch nicht festgelegt');
    expect(text).toContain('Anwesende Gruppen: –');
  });
});

describe('meeting helpers', () => {
  it('keeps a card’s view link as the app’s own query, without the language', () => {
    expect(viewQueryOf('https://stadt.example/qx/?ansicht=karte&gebiet=231&sprache=en#x')).toBe(
      'ansicht=karte&gebiet=231',
    );
    expect(viewQueryOf('?ansicht=praesentation&folie=5')).toBe('ansicht=praesentation&folie=5');
    expect(viewQueryOf('')).toBe('');
    expect(viewQueryOf('javascript:alert(1)')).toBeNull();
    expect(viewQueryOf('https://evil.example/')).toBeNull();
    expect(viewQueryOf('?gebiet=231')).toBeNull();
    // Markup in a pasted link stays encoded text: the link is harmless.
    expect(viewQueryOf('?ansicht=karte&x="><img src=x>')).toBe('ansicht=karte&x=%22%3E%3Cimg+src%3Dx%3E');
  });

  it('finds an area’s parents and writes dates in the language', () => {
    const parents = areaAndParents(model, '231' as AreaKey);
    expect(parents[0]).toBe('231');
    expect(parents.length).toBeGreaterThanOrEqual(2);
    expect(parents).not.toContain(model.rootKey);
    expect(meetingDate('2026-12-03', 'de')).toBe('3. Dezember 2026');
    expect(meetingDate('2026-12-03', 'en')).toBe('3 December 2026');
    expect(meetingDate('kaputt', 'de')).toBe('kaputt');
  });
});
