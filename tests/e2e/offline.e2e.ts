import { describe, expect, it } from 'vitest';
import { mapIdle } from '../../tools/browser/launch.ts';
import { arabicFontLoaded, serviceWorkerActivated } from './app-page.ts';
import { appInBrowser, SHOTS } from './session.ts';

// With the service worker: the one file that tests it (elsewhere it is blocked, see launch.ts).
const s = appInBrowser('allow');

describe('offline in the meeting room', () => {
  it('after one visit, opens the map, comparison, profile and presentation with the network off', async () => {
    const { page, browser } = s;
    await page.goto(s.base);
    await page.getByTestId('tabelle').waitFor();
    // The service worker is registered once the first map is complete and precaches everything.
    await serviceWorkerActivated(page);
    const cached = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      const keys = await caches.keys();
      const entries = (await Promise.all(keys.map(async (k) => (await caches.open(k)).keys()))).flat();
      return { active: reg.active?.state, urls: entries.map((r) => new URL(r.url).pathname) };
    });
    expect(cached.active).toBe('activated');
    for (const f of ['/index.html', '/geo/ortsteile.geojson', '/config.json'])
      expect(cached.urls, f).toContain(f);
    // The data package at its stable paths, cached at install (network-first, see vite.config.ts).
    for (const f of ['/data/beobachtungen.csv', '/data/quellen.json', '/geo/stadtgebiet.geojson'])
      expect(cached.urls, f).toContain(f);

    await browser.context.setOffline(true);
    try {
      await page.goto(`${s.base}?ansicht=karte&indikator=anteil_80_plus`);
      await page.getByTestId('tabelle').waitFor();
      await mapIdle(page);
      expect(await page.getByTestId('legende').textContent()).toMatch(/Anteil ab 80 Jahren/);
      await page.screenshot({ path: `${SHOTS}/offline-karte.png` });

      await page.goto(`${s.base}?ansicht=vergleich&vergleich=212,215,231`);
      // Offline on two busy cores the page validates the package before it shows: allow for it.
      await expect.poll(() => page.getByTestId('vergleich').isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await page.getByTestId('vergleich').textContent()).toMatch(/Grünhöfe/);

      await page.goto(`${s.base}?ansicht=profil&gebiet=231`);
      await expect
        .poll(() => page.getByRole('heading', { level: 2, name: 'Surheide' }).isVisible(), {
          timeout: 20_000,
        })
        .toBe(true);

      // A resident's language, never visited before, is there offline too: its pack and its font.
      await page.goto(`${s.base}?ansicht=profil&gebiet=231&sprache=ar`);
      await page.getByText('هذه الصفحة مترجمة من الألمانية', { exact: false }).waitFor({ timeout: 20_000 });
      await page.evaluate(() => document.fonts.ready);
      // The face's stylesheet arrives with the language, just after the text: wait for it.
      await expect.poll(() => page.evaluate(arabicFontLoaded), { timeout: 15_000 }).toBe(true);

      await page.goto(`${s.base}?ansicht=praesentation`);
      await expect.poll(() => page.getByTestId('folienzaehler').textContent()).toMatch(/Folie 1 von \d+/);
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.getByTestId('folienzaehler').textContent()).toMatch(/Folie 2 von/);
      expect(browser.blocked).toEqual([]);
    } finally {
      await browser.context.setOffline(false);
    }
  });
});

describe('a crafted deck link', () => {
  const b64 = (text: string) =>
    Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  it('never blanks the page: the default deck shows with the link’s problems named', async () => {
    const { page } = s;
    for (const deck of [
      b64('{"format":{"toString":1},"titel":{"valueOf":null},"folien":[{"titel":[],"ansicht":{}}]}'),
      `z${'A'.repeat(500)}`,
      b64('<img src=x onerror=alert(1)>'),
    ]) {
      await page.goto(`${s.base}?ansicht=praesentation&deck=${deck}`);
      await expect.poll(() => page.getByTestId('folienzaehler').textContent()).toMatch(/Folie 1 von \d+/);
      await expect.poll(() => page.getByRole('alert').first().isVisible()).toBe(true);
      expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBeTruthy();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
  });
});
