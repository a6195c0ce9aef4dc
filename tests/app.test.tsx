// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/App.tsx';
import { shippedTexts } from '../tools/fixtures/shipped.ts';
import { NO_CONFIG, type MapConfig } from '../src/data/config.ts';
import { calls, fakeMapLibre, resetCalls } from './fakes/fake-map.ts';

vi.mock('../src/map/maplibre.ts', () => ({ loadMapLibre: () => Promise.resolve(fakeMapLibre) }));

const texts = shippedTexts();
const config = (): Promise<MapConfig> => Promise.resolve(NO_CONFIG);
const open = (query: string, load = () => Promise.resolve(texts)) => {
  window.history.replaceState(null, '', `/${query}`);
  return render(<App load={load} loadConfig={config} />);
};
const params = () => new URLSearchParams(window.location.search);

beforeEach(resetCalls);
afterEach(cleanup);

describe('Explorer', () => {
  it('opens on the default view: legend, table of 24 Ortsteile, notices and title', async () => {
    open('');
    const table = await screen.findByTestId('tabelle');
    expect(within(table).getAllByRole('row')).toHaveLength(25);
    // Every value carries status and source.
    const grh = within(table).getByRole('row', { name: /Grünhöfe/ });
    expect(grh).toHaveTextContent(/Beispielwert · Quelle: \S/);
    expect(screen.getByTestId('hinweis-grenzen')).toHaveTextContent('Grenzen schematisch (Näherung)');
    expect(screen.getByTestId('hinweis-beispiel')).toHaveTextContent('Beispielwerte');
    expect(screen.getByTestId('legende')).toHaveTextContent('Anteil ab 65 Jahren 2024');
    expect(screen.getByTestId('zusammenfassung')).toHaveTextContent(
      /höchste Werte in .+; niedrigste in .+; Bremerhaven insgesamt \d+,\d %/,
    );
    expect(document.title).toBe('Anteil ab 65 Jahren 2024 – Ortsteile – Quartiersexplorer Bremerhaven');
    expect(params().get('indikator')).toBe('anteil_65_plus');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('switches the indicator by feature state only and writes it to the URL', async () => {
    open('?indikator=anteil_65_plus');
    await screen.findByTestId('tabelle');
    await waitFor(() => expect(calls.some((c) => c.method === 'setFeatureState')).toBe(true));
    resetCalls();
    await userEvent.selectOptions(screen.getByTestId('indikator'), 'anteil_auslaender');
    expect(params().get('indikator')).toBe('anteil_auslaender');
    expect(document.title).toMatch(/^Anteil ausländischer Staatsangehöriger|^Anteil .*ausländ/);
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'setFeatureState').length).toBeGreaterThan(0),
    );
    expect(
      calls.map((c) => c.method).filter((m) => m !== 'setFeatureState' && m !== 'setGlobalStateProperty'),
    ).toEqual([]);
  });

  it('draws a supply indicator only once its values are computed, never as missing first', async () => {
    open('?indikator=versorgungsverlust');
    const table = await screen.findByTestId('tabelle');
    const row = within(table).getByRole('button', { name: 'Surheide' }).closest('tr')!;
    expect(row).not.toHaveTextContent('Keine Daten');
    expect(row).toHaveTextContent(/\d/);
  });

  it('finds indicators by search, ignoring umlauts', async () => {
    open('');
    await screen.findByTestId('tabelle');
    await userEvent.type(screen.getByLabelText('Indikator suchen'), 'auslander');
    const options = within(screen.getByTestId('indikator')).getAllByRole('option');
    expect(options.map((o) => o.textContent).join('|')).toMatch(/usländ/);
    expect(options.every((o) => o.textContent === '–' || /usländ/i.test(o.textContent ?? ''))).toBe(true);
  });

  it('selecting a table row selects the area on the map and opens the side panel', async () => {
    open('');
    const table = await screen.findByTestId('tabelle');
    await userEvent.click(within(table).getByRole('button', { name: 'Grünhöfe' }));
    expect(params().get('gebiet')).toBe('215');
    expect(await screen.findByTestId('seitenleiste', {}, { timeout: 5000 })).toHaveTextContent(
      'Kennzahlen Grünhöfe',
    );
    expect(within(table).getByRole('row', { selected: true })).toHaveTextContent('Grünhöfe');
    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'setFeatureState',
        args: [{ source: 'grenzen-ebene1', id: '215' }, { auswahl: true }],
      }),
    );
  });

  it('a click on the map selects the area in the table', async () => {
    open('');
    await screen.findByTestId('tabelle');
    await waitFor(() => expect(document.querySelector('.map')?.getAttribute('data-ready')).toBe('true'));
    const map = (window as unknown as { __qxMap: { fire(t: string, l: string, k: string): void } }).__qxMap;
    map.fire('click', 'flaeche-ebene1', '231');
    await waitFor(() => expect(params().get('gebiet')).toBe('231'));
    await waitFor(() =>
      expect(within(screen.getByTestId('tabelle')).getByRole('row', { selected: true })).toHaveTextContent(
        'Surheide',
      ),
    );
  });

  it('chooses an area by keyboard on the map: arrows move, Enter selects, Esc hides the tooltip', async () => {
    open('?gebiet=215');
    await screen.findByTestId('tabelle');
    const map = screen.getByRole('application');
    map.focus();
    fireEvent.keyDown(map, { key: 'ArrowDown' });
    const tip = await screen.findByTestId('tooltip');
    const name = tip.querySelector('strong')!.textContent;
    expect(name).not.toBe('Grünhöfe');
    expect(screen.getByTestId('announcer')).toHaveTextContent(name);
    fireEvent.keyDown(map, { key: 'Enter' });
    expect(await screen.findByTestId('seitenleiste', {}, { timeout: 5000 })).toHaveTextContent(
      `Kennzahlen ${name}`,
    );
    fireEvent.keyDown(map, { key: 'Escape' });
    expect(screen.queryByTestId('tooltip')).toBeNull();
  });

  it('clicking a legend class highlights its areas and dims the others', async () => {
    open('');
    await screen.findByTestId('tabelle');
    await waitFor(() => expect(calls.some((c) => c.method === 'setFeatureState')).toBe(true));
    const first = within(screen.getByTestId('legende')).getAllByRole('button')[0]!;
    await userEvent.click(first);
    expect(first).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(calls.some((c) => JSON.stringify(c.args[1]) === '{"gedimmt":true}')).toBe(true),
    );
  });

  it('sorts the table by name and by value', async () => {
    open('');
    const table = await screen.findByTestId('tabelle');
    await userEvent.click(within(table).getByRole('button', { name: 'Sortieren nach Gebiet' }));
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('th')!.textContent);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    await userEvent.click(within(table).getByRole('button', { name: 'Sortieren nach Rang' }));
    const ranks = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => (r as HTMLTableRowElement).cells[3]!.textContent);
    expect(ranks[0]).toBe('1');
  });

  it('falls back on invalid URL parameters with a visible notice', async () => {
    open('?ebene=bezirk&indikator=gibtsnicht&jahr=1999');
    const alert = await screen.findByTestId('hinweis-url');
    expect(alert).toHaveTextContent('ebene=bezirk');
    expect(alert).toHaveTextContent('indikator=gibtsnicht');
    expect(alert).toHaveTextContent('jahr=1999');
    expect(params().get('ebene')).toBe('ortsteil');
    expect(screen.getByTestId('tabelle')).toBeInTheDocument();
  });

  it('speaks English with English number formats', async () => {
    open('?sprache=en&indikator=einwohner&ebene=stadtbezirk');
    const table = await screen.findByTestId('tabelle');
    expect(screen.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('hreflang', 'de');
    expect(table).toHaveTextContent(/Residents 2024/);
    expect(within(table).getAllByRole('row')[1]!.textContent).toMatch(/\d{2},\d{3}/);
    expect(document.documentElement.lang).toBe('en');
  });

  it('compares the three Demografielabore with the city and adds an area typed without umlauts', async () => {
    open('?ansicht=vergleich');
    const view = await screen.findByTestId('vergleich', {}, { timeout: 5000 });
    const head = within(view).getAllByRole('row')[0]!;
    expect(head).toHaveTextContent(/Geestendorf.*Grünhöfe.*Surheide.*Bremerhaven/);
    await waitFor(() => expect(document.title).toContain('Quartiersvergleich'));
    await userEvent.type(within(view).getByLabelText('Gebiet hinzufügen'), 'leherheide west{Enter}');
    expect(params().get('vergleich')).toBe('212,215,231,123');
    expect(within(view).getAllByRole('row')[0]).toHaveTextContent(/Leherheide-West/);
    // A fifth area is refused with a message; nothing is lost.
    await userEvent.type(within(view).getByLabelText('Gebiet hinzufügen'), 'Lehe{Enter}');
    expect(await within(view).findByRole('alert')).toHaveTextContent('Höchstens 4 Gebiete');
    expect(params().get('vergleich')).toBe('212,215,231,123');
    await userEvent.click(within(view).getByRole('button', { name: 'Surheide entfernen' }));
    expect(params().get('vergleich')).toBe('212,215,123');
    // Differences and ranks, and notable ones flagged by text and symbol.
    expect(view).toHaveTextContent(/Rang \d+ von 24/);
    expect(view).toHaveTextContent(/Pp\./);
    expect(view.querySelectorAll('[data-notable]').length).toBeGreaterThan(0);
    expect(view).toHaveTextContent(/▲ deutlich über Bremerhaven|▼ deutlich unter Bremerhaven/);
    // Every table names its sources, besides the status of each value.
    const tables = view.querySelectorAll('table.compare-table');
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) expect(table.querySelector('tfoot')).toHaveTextContent(/^Quelle: .+/);
  });

  it('draws the comparison charts with text alternatives and offers similar quartiers', async () => {
    open('?ansicht=vergleich&vergleich=212,215,231&indikator=anteil_65_plus');
    const view = await screen.findByTestId('vergleich', {}, { timeout: 5000 });
    // Dot chart: each row names every area's value and the city's in its label.
    const row = within(view).getByRole('img', { name: /^Anteil ab 65 Jahren: Geestendorf \d+,\d %/ });
    expect(row.getAttribute('aria-label')).toMatch(/Bremerhaven \d+,\d %.*Spanne/);
    // One pyramid per area, each with the city's outline; a table alternative lists every band.
    expect(within(view).getAllByRole('img', { name: /^Bevölkerungspyramide/ })).toHaveLength(3);
    expect(within(view).getByRole('table', { name: /Altersaufbau in Prozent/ })).toHaveTextContent('80+');
    // Time series with forecast years in the table alternative.
    expect(within(view).getByRole('img', { name: /^Verlauf Anteil ab 65 Jahren/ })).toBeInTheDocument();
    expect(within(view).getByRole('rowheader', { name: '2035 (Prognose)' })).toBeInTheDocument();
    // Small multiples: four years, one legend.
    expect(within(view).getAllByRole('img', { name: /^Karte Anteil ab 65 Jahren/ })).toHaveLength(4);
    // Every chart names the status and sources of what it shows.
    const provenance = view.querySelectorAll('.chart-provenance');
    expect(provenance.length).toBeGreaterThanOrEqual(5); // 3 dot panels, pyramids, series, small maps
    for (const p of provenance) expect(p).toHaveTextContent(/^Beispielwert · Quelle: .+/);
    // Similar quartiers: three suggestions, adopted as the comparison set with the target first.
    const list = within(view).getByTestId('aehnlich');
    const names = within(list)
      .getAllByRole('listitem')
      .map((li) => li.firstChild!.textContent!.trim());
    expect(names).toHaveLength(3);
    expect(names).not.toContain('Geestendorf');
    await userEvent.click(within(view).getByRole('button', { name: 'Als Vergleich übernehmen' }));
    const keys = params().get('vergleich')!.split(',');
    expect(keys[0]).toBe('212');
    expect(keys).toHaveLength(4);
    // Weights change the answer's basis: switching all but one off leaves one shared indicator.
    for (const select of within(view).getAllByRole('combobox', { name: /.+/ }))
      if (select.id.startsWith('w-') && select.id !== 'w-anteil_65_plus')
        await userEvent.selectOptions(select, '0');
    expect(within(within(view).getByTestId('aehnlich')).getAllByRole('listitem')[0]).toHaveTextContent(
      '1 Kennzahlen',
    );
  });

  it('adds areas to the comparison from the table and from the selected area', async () => {
    open('?indikator=anteil_65_plus');
    const table = await screen.findByTestId('tabelle');
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Surheide vergleichen' }));
    expect(params().get('vergleich')).toBe('231');
    await userEvent.click(within(table).getByRole('button', { name: 'Grünhöfe' }));
    const panel = await screen.findByTestId('seitenleiste', {}, { timeout: 5000 });
    await userEvent.click(within(panel).getByRole('button', { name: 'Zum Vergleich hinzufügen' }));
    expect(params().get('vergleich')).toBe('231,215');
    expect(within(table).getByRole('checkbox', { name: 'Grünhöfe vergleichen' })).toBeChecked();
    await userEvent.click(within(panel).getByRole('button', { name: 'Vergleich öffnen' }));
    const view = await screen.findByTestId('vergleich', {}, { timeout: 5000 });
    expect(within(view).getAllByRole('row')[0]).toHaveTextContent(/Surheide.*Grünhöfe.*Bremerhaven/);
  });

  it('finds an Ortsteil typed with a typo and shows its profile in plain language', async () => {
    open('?ansicht=profil');
    const view = await screen.findByTestId('profil', {}, { timeout: 5000 });
    await userEvent.type(within(view).getByLabelText('Ortsteil oder Stadtteil suchen'), 'grunhöfe');
    const hits = within(view).getByTestId('treffer');
    expect(within(hits).getAllByRole('link')[0]).toHaveTextContent(/^Grünhöfe/);
    await userEvent.click(within(hits).getAllByRole('link')[0]!);
    expect(params().get('gebiet')).toBe('215');
    const title = await within(view).findByRole('heading', { level: 2, name: 'Grünhöfe' });
    await waitFor(() => expect(document.title).toContain('Grünhöfe'));
    expect(title.closest('article')).toHaveTextContent(/Ortsteil im Stadtteil Geestemünde/);
    // Real 2018 figures are official-ish; 2024 are samples and say so.
    expect(within(view).getByTestId('beispielwerte')).toBeInTheDocument();
    const figures = within(view)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('.figure-sentence'));
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const f of figures) expect(f).toHaveTextContent(/Beispielwert|Amtlich|Sekundärquelle|Näherung/);
    expect(view).toHaveTextContent(/In Grünhöfe (ist|sind) .+ 65 Jahre oder älter – /);
    expect(within(view).getByRole('img', { name: 'Lage von Grünhöfe in Bremerhaven' })).toBeInTheDocument();
    // Every figure and the supply list name their sources.
    for (const f of figures) expect(f.querySelector('.figure-meta')).toHaveTextContent(/Quelle: .+/);
    expect(view.querySelector('.profile-supply')).toHaveTextContent(/Quelle: .+/);
    expect(within(view).getByLabelText('Link zu diesem Profil')).toHaveValue(location.href);
  });

  it('says where an Ortsteil without any sourced position is only estimated, and not for others', async () => {
    open('?ansicht=profil&gebiet=121');
    const view = await screen.findByTestId('profil', {}, { timeout: 5000 });
    await within(view).findByRole('heading', { level: 2, name: 'Königsheide' });
    expect(within(view).getByTestId('lage-geschaetzt')).toHaveTextContent(
      /Lage geschätzt: Keine Quelle nennt, wo Königsheide liegt/,
    );
    cleanup();
    open('?gebiet=133');
    expect(await screen.findByTestId('seitenleiste', {}, { timeout: 5000 })).toHaveTextContent(
      /Lage geschätzt: Keine Quelle nennt, wo Twischkamp liegt/,
    );
    cleanup();
    open('?ansicht=profil&gebiet=215');
    const lab = await screen.findByTestId('profil', {}, { timeout: 5000 });
    await within(lab).findByRole('heading', { level: 2, name: 'Grünhöfe' });
    expect(within(lab).queryByTestId('lage-geschaetzt')).toBeNull();
  });

  it('presents the default deck: keys move, jump and blank; Esc leaves to the slide view', async () => {
    open('?ansicht=praesentation');
    const deck = await screen.findByTestId('praesentation', {}, { timeout: 5000 });
    const counter = screen.getByTestId('folienzaehler');
    expect(counter).toHaveTextContent('Folie 1 von 7');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Die drei Demografielabore');
    // A map slide is "drawn" once its map is idle; the values are in the side table.
    await waitFor(() => expect(deck).toHaveAttribute('data-bereit', '1'));
    expect(within(screen.getByTestId('folientabelle')).getByText('Surheide')).toBeInTheDocument();
    expect(screen.getByTestId('folienquelle')).toHaveTextContent(/Datenstand: 31\.12\.2018 · Quelle: /);
    // The labs are in the spotlight: the others are dimmed, the labs outlined.
    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'setFeatureState',
        args: [{ source: 'gebiete-ebene1', id: '111' }, { gedimmt: true }],
      }),
    );
    expect(calls).toContainEqual({
      method: 'setFeatureState',
      args: [{ source: 'grenzen-ebene1', id: '231' }, { markiert: true }],
    });
    fireEvent.keyDown(window, { key: 'PageDown' });
    await waitFor(() => expect(counter).toHaveTextContent('Folie 2 von 7'));
    expect(params().get('folie')).toBe('2');
    await waitFor(() => expect(document.title).toMatch(/^Folie 2 von 7: Altersstruktur/));
    fireEvent.keyDown(window, { key: '6' });
    expect(counter).toHaveTextContent('Springen zu Folie 6 …');
    fireEvent.keyDown(window, { key: 'Enter' });
    await waitFor(() => expect(counter).toHaveTextContent('Folie 6 von 7'));
    expect(await screen.findByTestId('folienvergleich')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'b' });
    expect(screen.getByTestId('schwarz')).toBeInTheDocument();
    // While blank, a moving key only brings the picture back.
    fireEvent.keyDown(window, { key: 'End' });
    expect(counter).toHaveTextContent('Folie 6 von 7');
    expect(screen.queryByTestId('schwarz')).toBeNull();
    fireEvent.keyDown(window, { key: '.' });
    expect(screen.getByTestId('schwarz')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: '.' });
    expect(screen.queryByTestId('schwarz')).toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByTestId('vergleich', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(params().get('ansicht')).toBe('vergleich');
    expect(params().get('vergleich')).toBe('212,215,231');
  });

  it('says when the deck in a link is broken and shows the default deck', async () => {
    open('?ansicht=praesentation&deck=bm9jaCBrZWluIEpTT04&folie=99');
    await screen.findByTestId('praesentation', {}, { timeout: 5000 });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Die Folien aus dem Link konnten nicht gelesen werden.*Kein gültiges JSON/,
    );
    expect(screen.getByTestId('folienzaehler')).toHaveTextContent('Folie 7 von 7');
  });

  it('adds the current map view as a slide and opens it in the presentation', async () => {
    open('?indikator=anteil_80_plus&jahr=2020');
    await screen.findByTestId('tabelle');
    await waitFor(() => expect(document.title).toMatch(/^Anteil ab 80 Jahren 2020/));
    await userEvent.click(screen.getByRole('button', { name: 'Aktuelle Ansicht als Folie' }));
    expect(await screen.findByText(/Folie 8 hinzugefügt: Anteil ab 80 Jahren 2020/)).toBeInTheDocument();
    expect(params().get('deck')).toMatch(/^[A-Za-z0-9_-]+$/);
    await userEvent.click(screen.getByRole('link', { name: 'Zur Präsentation' }));
    const counter = await screen.findByTestId('folienzaehler', {}, { timeout: 5000 });
    expect(counter).toHaveTextContent('Folie 8 von 8');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Anteil ab 80 Jahren 2020/);
  });
});

describe('bad data', () => {
  it('names the broken file, row and field and keeps working', async () => {
    const broken = {
      ...texts,
      beobachtungen: texts.beobachtungen.replace('212,einwohner,2018,11888,', '212,einwohner,2018,elf,'),
    };
    open('', () => Promise.resolve(broken));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /data\/beobachtungen\.csv, Zeile \d+, Feld wert: Wert muss eine Zahl sein/,
    );
    expect(screen.getByTestId('tabelle')).toBeInTheDocument();
  });

  it('reports a failed download', async () => {
    open('', () => Promise.reject(new Error('geo/ortsteile.geojson: HTTP 404')));
    expect(await screen.findByRole('alert')).toHaveTextContent('geo/ortsteile.geojson: HTTP 404');
  });
});
