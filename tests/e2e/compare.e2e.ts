import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, pngStats, searchParam } from './app-page.ts';
import { SHOTS, appInBrowser } from './session.ts';

const app = appInBrowser();

describe('comparison in Chromium', () => {
  it('shows the three Demografielabore and the city, adds an area by keyboard and exports CSV', async () => {
    await app.page.goto(`${app.base}?ansicht=vergleich&vergleich=212,215,231`);
    const view = app.page.getByTestId('vergleich');
    await view.waitFor();
    const head = await view.locator('thead tr').first().textContent();
    expect(head).toMatch(/Geestendorf.*Grünhöfe.*Surheide.*Bremerhaven/);
    await app.page.screenshot({ path: `${SHOTS}/vergleich-1366x768.png` });

    // Keyboard only: focus the search box, type without umlauts, Enter.
    await app.page.getByLabel('Gebiet hinzufügen').focus();
    await app.page.keyboard.type('Gruenhoefe');
    await app.page.keyboard.press('Enter');
    await expect(view.getByRole('alert').textContent()).resolves.toContain('schon im Vergleich');
    await app.page.getByLabel('Gebiet hinzufügen').fill('');
    await app.page.keyboard.type('geestemunde');
    await app.page.keyboard.press('Enter');
    expect(searchParam(app.page, 'vergleich')).toBe('212,215,231,21');
    expect(await view.locator('thead tr').first().textContent()).toContain('Geestemünde');

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      view.getByTestId('csv').click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('quartiersvergleich-212-215-231-21-2024.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Handlungsfeld;Kennzahl;Einheit;Gebiet;Schlüssel;Jahr;Wert;Unterschied zu Bremerhaven;Rang;von;Status;Quelle',
    );
    // Population 2018 is real: Grünhöfe's official figure, without a thousands separator.
    await app.page.goto(`${app.base}?ansicht=vergleich&vergleich=215&jahr=2018`);
    const [d2] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('csv').click()]);
    const rows = readFileSync(await d2.path(), 'utf8').split('\r\n');
    const pop = rows.find(
      (l) => l.startsWith('Basisdaten;Einwohnerinnen und Einwohner;') && l.includes(';215;'),
    );
    // The real 2018 figure (Wikipedia citing the Magistrat), unformatted so Excel reads a number.
    expect(pop).toMatch(/;Personen;Grünhöfe;215;2018;6349;;\d+;2[34];Sekundärquelle;Wikipedia/);
    const share = rows.find((l) => l.includes(';Anteil ab 65 Jahren;') && l.includes(';215;'));
    expect(share).toMatch(/;%;Grünhöfe;215;2018;\d+,\d;-?\d+(,\d)?;\d+;2[34];Beispielwert;/);
    expect(rows.at(-2)).toMatch(/^Datenstand: 31\.12\.2018;Quellen: /);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('exports the comparison as a PNG at 2× that is not blank and shows every area', async () => {
    await app.page.goto(`${app.base}?ansicht=vergleich&vergleich=212,215,231`);
    const view = app.page.getByTestId('vergleich');
    await view.waitFor();
    // Coverage arrives from a worker: wait until the supply rows of the dot chart have values.
    await view
      .getByRole('img', { name: /^Anteil Einwohner mit Lebensmittelmarkt in 500 m: Geestendorf \d/ })
      .waitFor();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      view.getByTestId('png').click(),
    ]);
    expect(download.suggestedFilename()).toBe('quartiersvergleich-212-215-231-2024.png');
    const png = readFileSync(await download.path());
    // Decode in the browser and look at the pixels: size, ink, and each area's mark colour.
    const stats = await pngStats(app.page, png);
    await app.page.screenshot({ path: `${SHOTS}/vergleich-diagramme-1366x768.png` });
    expect(stats.width).toBe(2400);
    expect(stats.height).toBeGreaterThan(1000);
    expect(stats.ink).toBeGreaterThan(0.02);
    // The marks of Geestendorf, Grünhöfe and Surheide (Okabe–Ito-like blue, orange, green).
    for (const hex of ['#0072b2', '#c2410c', '#047857']) expect(stats.colours).toContain(hex);
    // The sample-value mark's fill is present.
    expect(stats.colours).toContain('#fff4ce');
    writeFileSync(`${SHOTS}/vergleich-export.png`, png);
  });

  it('stacks on a 390 px phone', async () => {
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.page.goto(`${app.base}?ansicht=vergleich`);
    await app.page.getByTestId('vergleich').waitFor();
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.page.screenshot({ path: `${SHOTS}/vergleich-390x844.png` });
    await app.page.setViewportSize({ width: 1366, height: 768 });
  });
});
