// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Card, Meeting } from '../../src/domain/meeting/meeting.ts';
import { emptyMeeting } from '../../src/domain/meeting/topics.ts';
import { Board } from '../../src/features/meeting/Board.tsx';
import type { Meetings } from '../../src/features/meeting/useMeetings.ts';
import { I18nProvider } from '../../src/i18n/context.tsx';
import { loadMeetingMessages } from '../../src/i18n/translate.ts';
import { AnnouncerProvider } from '../../src/ui/announce.tsx';
import { territoryTexts } from '../../src/view/territory.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

afterEach(() => {
  cleanup();
  latest = undefined;
  vi.useRealTimers();
});
beforeAll(() => loadMeetingMessages());
const { model } = shippedModel();
const k = urlKnowledge(model);

const card = (id: string, titel: string, punkte = 0): Card => ({
  id,
  titel,
  handlungsfeld: '',
  gebiete: [],
  ansicht: '',
  punkte,
  status: 'offen',
  notizen: '',
  schritte: [],
  seit: '2026-12-03',
});

let latest: Meeting | undefined;
function Harness({ start }: { start: Meeting }) {
  const [meeting, setMeeting] = useState(start);
  const meetings = {
    ready: true,
    meeting,
    unsaved: false,
    archive: [],
    damaged: 0,
    savedAt: null,
    change: (f) =>
      setMeeting((m) => {
        const next = f(m);
        latest = next;
        return next;
      }),
  } as Partial<Meetings> as Meetings;
  return (
    <I18nProvider lang="de" territory={territoryTexts(model, 'de')}>
      <AnnouncerProvider>
        <Board meetings={meetings} model={model} k={k} update={() => undefined} />
      </AnnouncerProvider>
    </I18nProvider>
  );
}

const titles = (name: RegExp) =>
  within(screen.getByRole('region', { name }))
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('the Lean Coffee board', () => {
  it('takes dots by keyboard, sorts by them, and moves a card into discussion with its round', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const start = {
      ...emptyMeeting('2026-12-03', 'Beirat'),
      teilnehmende: 2,
      punkteProPerson: 2,
      rundeMinuten: 5,
      karten: [card('karte-1', 'Erstes'), card('karte-2', 'Zweites')],
    };
    render(<Harness start={start} />);
    expect(titles(/^Zu besprechen/)).toEqual(['Erstes', 'Zweites']);
    // The second card gets three dots by keyboard: it moves up.
    screen.getByRole('button', { name: 'Ein Punkt mehr für „Zweites“' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter} ');
    expect(titles(/^Zu besprechen/)).toEqual(['Zweites', 'Erstes']);
    expect(screen.getByTestId('punkte-summe')).toHaveTextContent('Punkte vergeben: 3 von 4');
    await user.click(screen.getByRole('button', { name: 'Ein Punkt mehr für „Erstes“' }));
    expect(screen.getByTestId('punkte-summe')).toHaveTextContent('Alle Punkte sind vergeben.');
    expect(screen.getByRole('button', { name: 'Ein Punkt mehr für „Erstes“' })).toBeDisabled();
    expect(latest!.karten.map((c) => c.punkte)).toEqual([1, 3]);

    // Into discussion: the card, focused in its new column, and a five-minute round.
    await user.click(screen.getByRole('button', { name: 'Nächstes Thema ins Gespräch: Zweites' }));
    expect(titles(/^Im Gespräch/)).toEqual(['Zweites']);
    expect(document.activeElement).toBe(document.getElementById('karte-karte-2'));
    expect(screen.getByRole('timer')).toHaveTextContent('5:00');
    expect(screen.getByTestId('announcer')).toHaveTextContent(
      'Die Runde zu „Zweites“ hat begonnen: 5 Minuten.',
    );
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('3:59');
    // Ticking is not announced.
    expect(screen.getByTestId('announcer')).toHaveTextContent('hat begonnen');

    // A note and a step, then the next card: the one before is done and keeps them.
    await user.type(screen.getByLabelText('Notizen zu „Zweites“'), 'Wichtig');
    await user.type(screen.getByPlaceholderText('Nächster Schritt zu „Zweites“'), 'Anrufen{Enter}');
    await user.click(screen.getByRole('button', { name: 'Nächstes Thema ins Gespräch: Erstes' }));
    expect(titles(/^Besprochen/)).toEqual(['Zweites']);
    expect(latest!.karten.find((c) => c.id === 'karte-2')).toMatchObject({
      status: 'besprochen',
      notizen: 'Wichtig',
      schritte: ['Anrufen'],
    });
    await user.click(screen.getByRole('button', { name: 'Besprochen' }));
    expect(titles(/^Besprochen/)).toEqual(['Zweites', 'Erstes']);
    expect(screen.getByTestId('announcer')).toHaveTextContent('„Erstes“: Besprochen.');
  });

  it('writes a new card with quartiers and a view link, and refuses a link of another site', async () => {
    const user = userEvent.setup();
    render(<Harness start={emptyMeeting('2026-12-03', 'Beirat')} />);
    await user.click(screen.getByText('Neues Thema', { selector: 'summary' }));
    await user.type(screen.getByLabelText('Thema'), 'Surheide');
    await user.selectOptions(screen.getByLabelText('Handlungsfeld (optional)'), 'versorgung');
    await user.click(screen.getByText('Quartiere (optional)'));
    const ortsteile = screen.getByRole('group', { name: 'Ortsteile' });
    await user.click(within(ortsteile).getByLabelText('Surheide'));
    const link = screen.getByLabelText(/^Verknüpfte Ansicht/);
    await user.type(link, 'https://evil.example/');
    expect(link).toHaveAccessibleDescription('Das ist kein Link auf eine Ansicht des Quartiersexplorers.');
    await user.click(screen.getByRole('button', { name: 'Thema anlegen' }));
    expect(latest).toBeUndefined();
    await user.clear(link);
    await user.type(link, 'http://127.0.0.1/?ansicht=karte&gebiet=231&sprache=de');
    await user.click(screen.getByRole('button', { name: 'Thema anlegen' }));
    expect(latest!.karten).toEqual([
      expect.objectContaining({
        titel: 'Surheide',
        handlungsfeld: 'versorgung',
        gebiete: ['231'],
        ansicht: 'ansicht=karte&gebiet=231',
        seit: '2026-12-03',
      }),
    ]);
    expect(screen.getByRole('link', { name: 'Ansicht öffnen' })).toHaveAttribute(
      'href',
      '?ansicht=karte&gebiet=231&sprache=de',
    );
  });
});
