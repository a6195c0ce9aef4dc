import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, expectMapMatchesLegend, openApp, searchParam } from './app-page.ts';
import { mapIdle } from '../../tools/browser/launch.ts';
import { SHOTS, appInBrowser } from './session.ts';

const app = appInBrowser();

/** What the map's facility source holds and what MapLibre actually drew of it. */
async function facilityLayer(p: Page) {
  await mapIdle(p);
  return p.evaluate(async () => {
    type M = {
      getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> };
      queryRenderedFeatures(o: { layers: string[] }): unknown[];
    };
    const map = (window as unknown as { __qxMap: M }).__qxMap;
    const data = await map.getSource('einrichtungen').getData();
    return {
      open: data.features.filter((f) => f.properties!.zustand === 'offen').length,
      closed: data.features.filter((f) => f.properties!.zustand === 'geschlossen').length,
      letters: [...new Set(data.features.map((f) => String(f.properties!.buchstabe)))].sort(),
      drawn: map.queryRenderedFeatures({
        layers: ['einrichtungen-gruppe', 'einrichtungen-offen', 'einrichtungen-geschlossen'],
      }).length,
    };
  });
}

// The facts the tests check come from the data file, not from the code under test.
const facilities = (
  JSON.parse(readFileSync('data/einrichtungen.geojson', 'utf8')) as {
    features: { properties: { kategorie: string; eroeffnet: number | null; geschlossen: number | null } }[];
  }
).features.map((f) => f.properties);
const openIn = (year: number, cat?: string) =>
  facilities.filter(
    (f) =>
      (!cat || f.kategorie === cat) &&
      (f.eroeffnet === null || f.eroeffnet <= year) &&
      (f.geschlossen === null || f.geschlossen > year),
  ).length;

describe('supply in Chromium', () => {
  it('renders the loss choropleth with canvas colours matching the legend', async () => {
    await openApp(app.page, app.base, '?indikator=versorgungsverlust&jahr=2024');
    await expectMapMatchesLegend(app.page, 'ebene1');
    // Two years in a row would read as one figure: "seit 2015 bis 2024", in the legend and title.
    await expect(app.page.getByTestId('legende').textContent()).resolves.toContain(
      'Versorgungsverlust seit 2015 bis 2024',
    );
    await expect(app.page.title()).resolves.toMatch(/^Versorgungsverlust seit 2015 bis 2024 – /);
    // Coverage indicators arrive from their worker and state their assumption.
    await openApp(app.page, app.base, '?indikator=erreichbar_500m_hausarztpraxis&jahr=2024');
    await app.page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="tabelle"] tbody td.num')].some((td) =>
        /%/.test(td.textContent ?? ''),
      ),
    );
    await expect(app.page.getByTestId('annahme').textContent()).resolves.toContain('gleichmäßig');
    await expectMapMatchesLegend(app.page, 'ebene1');
  });

  it('shows the facility layer, and its filters change the map and the URL', async () => {
    await openApp(app.page, app.base, '?indikator=versorgungsverlust&jahr=2024&einrichtungen=alle');
    const all = await facilityLayer(app.page);
    expect(all.open).toBe(openIn(2024));
    expect(all.closed).toBeGreaterThan(0);
    expect(all.letters).toEqual(['A', 'B', 'G', 'H', 'J', 'K', 'L', 'P', 'S']);
    expect(all.drawn).toBeGreaterThan(0);
    await expect(app.page.getByTestId('einrichtungen-zahl').textContent()).resolves.toContain(
      `${openIn(2024)} geöffnet`,
    );
    await app.page.screenshot({ path: `${SHOTS}/einrichtungen-1366x768.png` });

    // Untick Kitas by keyboard: their open points leave the map.
    const kita = app.page.getByTestId('einrichtungen-filter').getByLabel('Kitas');
    await kita.focus();
    await app.page.keyboard.press('Space');
    expect(searchParam(app.page, 'einrichtungen')).not.toContain('kita');
    const noKita = await facilityLayer(app.page);
    expect(noKita.open).toBe(openIn(2024) - openIn(2024, 'kita'));
    expect(noKita.letters).not.toContain('K');

    // Closed ones hidden: only open points remain; the year moves the layer too.
    await app.page.getByTestId('einrichtungen-filter').getByRole('combobox').selectOption('keine');
    expect(searchParam(app.page, 'geschlossen_seit')).toBe('keine');
    expect((await facilityLayer(app.page)).closed).toBe(0);
    await openApp(app.page, app.base, '?jahr=2014&einrichtungen=lebensmittelmarkt');
    expect((await facilityLayer(app.page)).open).toBe(openIn(2014, 'lebensmittelmarkt'));
    // None chosen: nothing drawn.
    await app.page.getByTestId('einrichtungen-filter').getByRole('button', { name: 'Keine' }).click();
    expect(await facilityLayer(app.page)).toMatchObject({ open: 0, closed: 0, drawn: 0 });
  });

  it("lists a quartier's openings and closures with their sources, from the table and the panel", async () => {
    // Mitte lost its CAP-Markt (2018) and the grocery in the Karstadt building (2014): sourced facts.
    await openApp(app.page, app.base, '?ebene=stadtteil&gebiet=14&chronik=1&indikator=versorgungsverlust');
    const ledger = app.page.getByTestId('chronik');
    const text = (await ledger.textContent()) ?? '';
    expect(text).toMatch(/2018\s*× geschlossen.*CAP-Markt Deichstraße/);
    expect(text).toMatch(/2014\s*× geschlossen.*Karstadt/);
    expect(text).toContain('nord24');
    // Newest first.
    const years = await ledger.locator('.ledger-year').allTextContents();
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => b - a));

    // From the table: the row's "Chronik" button selects the area and opens its ledger.
    await openApp(app.page, app.base, '?indikator=versorgungsverlust&jahr=2024');
    await app.page.getByRole('button', { name: 'Chronik von Surheide öffnen' }).click();
    expect(searchParam(app.page, 'gebiet')).toBe('231');
    expect(searchParam(app.page, 'chronik')).toBe('1');
    await expect(app.page.getByTestId('chronik').getAttribute('open')).resolves.not.toBeNull();
    await app.page.waitForFunction(() => document.activeElement?.closest('[data-testid="chronik"]') !== null);
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.screenshot({ path: `${SHOTS}/chronik-1366x768.png` });
  });
});
