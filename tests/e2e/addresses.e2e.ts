import { fillProvenance } from '../../tools/browser/workshop.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mapIdle } from '../../tools/browser/launch.ts';
import { addressCsv, fixtureAddresses } from '../../tools/fixtures/addresses.ts';
import { serviceWorkerActivated } from './app-page.ts';
import { appInBrowser, SHOTS } from './session.ts';

// A served copy of dist/: the published package is unpacked onto it as the city's IT would.
const s = appInBrowser('allow', { copy: true });
const list = fixtureAddresses(6000);
const h106 = list.find((a) => a.strasse === 'Hafenstraße' && a.hnr === 106 && a.adz === '')!;

/** Type as a resident does, key by key; the slowest search of those keystrokes (ms). */
async function typeAddress(text: string): Promise<number> {
  const { page } = s;
  const box = page.locator('#finder-search');
  await box.fill('');
  await page.evaluate(() => performance.clearMeasures('qx-adresssuche'));
  await box.pressSequentially(text, { delay: 40 });
  await page.getByTestId('adress-treffer').waitFor({ timeout: 20_000 });
  return page.evaluate(() =>
    Math.max(0, ...performance.getEntriesByName('qx-adresssuche').map((e) => e.duration)),
  );
}

describe('address points: boundaries and the resident’s address search', () => {
  it('derives boundaries in the Datenwerkstatt, applies them, and finds “Hafenstr 106”', async () => {
    const { page } = s;
    await page.goto(`${s.base}?ansicht=daten`);
    await page.getByRole('heading', { level: 2, name: 'Datenwerkstatt' }).waitFor();
    const started = Date.now();
    await page
      .locator('#ws-dateien')
      .setInputFiles([
        { name: 'Gebaeudeadressen.csv', mimeType: 'text/csv', buffer: Buffer.from(addressCsv(list)) },
      ]);
    const read = page.getByTestId('ws-adressen');
    await read.waitFor({ timeout: 30_000 });
    console.log(
      `${list.length} address points read and turned into boundaries in the worker: ${Date.now() - started} ms`,
    );
    expect(await read.textContent()).toMatch(
      /\d+ Adressen für die Adresssuche .* für 24 Ortsteile, Näherung etwa ± \d+ m/,
    );
    expect(await page.getByText(/30 Adressen einer anderen Gemeinde/).count()).toBe(1);
    await fillProvenance(page, {
      titel: 'Gebäudeadressen Bremerhaven (Testdaten)',
      herausgeber: 'GeoInformation Bremen',
      stichtag: '2026-06-30',
      lizenz: 'CC BY 4.0',
    });
    await page.getByRole('button', { name: 'Prüfen' }).click();
    const bounds = page.getByTestId('ws-grenzen-diff');
    await bounds.waitFor({ timeout: 30_000 });
    expect(await bounds.getByRole('row').count()).toBe(25);
    await page
      .getByTestId('ws-aenderungskarte')
      .screenshot({ path: `${SHOTS}/adressen-aenderungskarte.png` });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Datenpaket herunterladen' }).click(),
    ]);
    const zip = readFileSync(await download.path());
    expect(Object.keys(unzipSync(zip))).toContain('geo/adressen.json');
    writeFileSync(join(SHOTS, '..', 'datenpaket-adressen.zip'), zip);

    // Applied: the map draws the derived boundaries and says what they are.
    await page.getByRole('button', { name: /Übernehmen/ }).click();
    await page.waitForURL(/ansicht=karte/);
    await page.getByTestId('tabelle').waitFor();
    const note = page.getByTestId('hinweis-grenzen');
    await expect
      .poll(() => note.textContent())
      .toMatch(/Grenzen aus Adresspunkten abgeleitet \(Näherung, etwa ± \d+ m\)/);
    await mapIdle(page);
    await page.screenshot({ path: `${SHOTS}/adressen-karte.png` });

    // The resident's finder, on this browser's own data.
    await page.goto(`${s.base}?ansicht=profil`);
    await page.locator('#finder-search').waitFor();
    expect(await page.getByLabel('Ortsteil, Stadtteil oder Adresse suchen').count()).toBe(1);
    const slowest = await typeAddress('Hafenstr 106');
    const hits = page.getByTestId('adress-treffer');
    await expect.poll(() => hits.textContent()).toMatch(/Hafenstraße 106 liegt im Ortsteil/);
    const name = await page.evaluate(
      (k) =>
        document.querySelector(`[data-testid="adress-treffer"] a[href*="gebiet=${k}&"]`)?.textContent ?? '',
      h106.ott,
    );
    expect(name).not.toBe('');
    console.log(`address search per keystroke (own data): slowest ${slowest.toFixed(1)} ms`);
    expect(slowest).toBeLessThan(50);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/adresssuche-telefon.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await typeAddress('hafenstraße 9999');
    await expect
      .poll(() => hits.textContent())
      .toMatch(/Hafenstraße 9999 steht nicht im Adressverzeichnis \(nächste Hausnummern: [\d, a]+\)/);

    await page.goto(`${s.base}?ansicht=daten`);
    // Removing reloads the Datenwerkstatt: wait for that page, so the next test's navigation is its own.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Eigene Daten entfernen' }).click(),
    ]);
    await page.getByRole('heading', { level: 2, name: 'Datenwerkstatt' }).waitFor();
    await expect.poll(() => page.getByTestId('ws-aktiv').count()).toBe(0);
  });

  it('the published package brings the address search to every visitor, offline too', async () => {
    const { page, browser } = s;
    await page.goto(`${s.base}?ansicht=profil`);
    await page.locator('#finder-search').waitFor();
    await serviceWorkerActivated(page);
    expect(await page.getByLabel('Ortsteil oder Stadtteil suchen').count()).toBe(1);
    const zip = readFileSync(join(SHOTS, '..', 'datenpaket-adressen.zip'));
    for (const [path, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(s.root, path)), { recursive: true });
      writeFileSync(join(s.root, path), bytes);
    }
    await page.reload();
    await page.getByLabel('Ortsteil, Stadtteil oder Adresse suchen').waitFor({ timeout: 20_000 });
    await typeAddress('Hafenstraße 106');
    await expect
      .poll(() => page.getByTestId('adress-treffer').textContent())
      .toMatch(/Hafenstraße 106 liegt im Ortsteil/);
    // Coverage now counts residents at the published addresses, and says so by the map and per value.
    await page.goto(`${s.base}?indikator=erreichbar_500m_lebensmittelmarkt&gebiet=212`);
    await expect
      .poll(() => page.getByTestId('annahme').textContent(), { timeout: 30_000 })
      .toMatch(/gezählt an [\d.]+ Gebäudeadressen in 24 Gebieten \(Ortsteil\)/);
    await expect
      .poll(() => page.getByTestId('tabelle').locator('tbody tr').first().locator('.source').textContent())
      .toMatch(/Eigene Berechnung der Erreichbarkeit an Gebäudeadressen/);
    await page.goto(`${s.base}?ansicht=profil`);
    await page.locator('#finder-search').waitFor();
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await page.locator('#finder-search').waitFor();
      const slowest = await typeAddress('hafenstr 106');
      await expect
        .poll(() => page.getByTestId('adress-treffer').textContent())
        .toMatch(/Hafenstraße 106 liegt im Ortsteil/);
      console.log(`address search per keystroke (published, offline): slowest ${slowest.toFixed(1)} ms`);
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
