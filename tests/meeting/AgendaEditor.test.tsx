// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting/meeting.ts';
import { addAgendaItem, emptyMeeting } from '../../src/domain/meeting/topics.ts';
import { AgendaEditor } from '../../src/features/meeting/AgendaEditor.tsx';
import type { Nav } from '../../src/features/meeting/nav.ts';
import { I18nProvider } from '../../src/i18n/context.tsx';
import { loadMeetingMessages } from '../../src/i18n/translate.ts';
import { territoryTexts } from '../../src/view/territory.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

afterEach(cleanup);
beforeAll(() => loadMeetingMessages());
const { model } = shippedModel();
const nav: Nav = { href: () => '?', go: () => () => undefined };

function Harness({ start }: { start: Meeting }) {
  const [meeting, setMeeting] = useState(start);
  return (
    <I18nProvider lang="de" territory={territoryTexts(model, 'de')}>
      <AgendaEditor meeting={meeting} change={(f) => setMeeting(f)} model={model} nav={nav} />
    </I18nProvider>
  );
}

const titles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.querySelector<HTMLInputElement>('input')?.value);

describe('the agenda editor', () => {
  it('moves an item by keyboard and keeps the focus on the button that moved it', async () => {
    const user = userEvent.setup();
    let m = emptyMeeting('2026-12-03', 'Beirat');
    for (const t of ['Begrüßung', 'Daten', 'Lean Coffee']) m = addAgendaItem(m, 'text', t);
    render(<Harness start={m} />);
    expect(titles()).toEqual(['Begrüßung', 'Daten', 'Lean Coffee']);
    screen.getByRole('button', { name: 'TOP 1 nach unten' }).focus();
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['Daten', 'Begrüßung', 'Lean Coffee']);
    // The same item's button, now at its new place, still has the focus: Enter moves it on.
    expect(document.activeElement).toHaveAccessibleName('TOP 2 nach unten');
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['Daten', 'Lean Coffee', 'Begrüßung']);
    // At the bottom "down" is disabled: the focus goes to the item's "up" button.
    expect(document.activeElement).toHaveAccessibleName('TOP 3 nach oben');
  });
});
