// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/context.tsx';
import { ViewBoundary } from '../../src/ui/ViewBoundary.tsx';

afterEach(cleanup);

let broken = true;
function Fragile() {
  if (broken) throw new Error('<img src=x onerror=alert(1)> kaputt');
  return <p>Ansicht läuft</p>;
}

function Page() {
  const [view, setView] = useState('vergleich');
  return (
    <I18nProvider lang="de">
      <nav>
        <button type="button" onClick={() => setView('profil')}>
          Profil
        </button>
      </nav>
      <ViewBoundary resetKey={view} onToMap={() => setView('karte')}>
        {view === 'vergleich' ? <Fragile /> : <p>Ansicht {view}</p>}
      </ViewBoundary>
    </I18nProvider>
  );
}

describe('ViewBoundary: no blank page', () => {
  it('shows what failed as text and the way back; other views and the page keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const href = window.location.href;
    const { container } = render(<Page />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Diese Ansicht konnte nicht angezeigt werden');
    expect(alert).toHaveTextContent('Fehler: <img src=x onerror=alert(1)> kaputt');
    expect(container.querySelector('img')).toBeNull();
    expect(window.location.href).toBe(href);
    // Another view renders; the boundary clears itself.
    await userEvent.click(screen.getByRole('button', { name: 'Profil' }));
    expect(screen.getByText('Ansicht profil')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries again and leaves for the map', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(<Page />);
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(screen.getByText('Ansicht läuft')).toBeInTheDocument();
    broken = true;
    cleanup();
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Zur Karte' }));
    expect(screen.getByText('Ansicht karte')).toBeInTheDocument();
  });
});
