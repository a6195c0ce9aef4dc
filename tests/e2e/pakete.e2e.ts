import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapIdle } from '../../tools/browser/launch.ts';
import { openWorkshop } from '../../tools/browser/workshop.ts';
import { packageDist } from '../../tools/build/pakete.ts';
import { modelOf, shippedTexts } from '../../tools/fixtures/shipped.ts';
import { packageRoot, shippedPackages } from '../../tools/paket.ts';
import { FINEST } from '../../src/domain/levels.ts';
import {
  expectMapMatchesLegend,
  tabToMap,
  openApp,
  searchParam,
  serviceWorkerActivated,
} from './app-page.ts';
import { SHOTS, appInBrowser } from './session.ts';

/**
 * The core journeys — map, keyboard, comparison, profile, deck, a broken link — on every shipped
 * package, each built with PAKET=<name> (npm run build:pakete). Names, keys and words come from
 * each package's own files, never from this test: the same code must serve any territory.
 */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

for (const name of shippedPackages()) {
  const dist = packageDist(name);
  const { model, pkg } = modelOf(shippedTexts(packageRoot(name)));
  const m = pkg.manifest;
  const finest = model.byLevel[FINEST].map((k) => model.areas.get(k)!);
  const other = finest.find((a) => !m.vergleich.includes(a.key))!;
  const app = appInBrowser('block', { dist });
  // Nothing on any view of another territory may speak of Bremerhaven.
  const foreign = name === 'bremerhaven' ? null : /Bremerhaven|Ortsteil|Stadtteil|Demografielabor/;

  describe(`package ${name} (${m.gebiet.de.name})`, () => {
    it('is built', () => expect(existsSync(`${dist}/index.html`)).toBe(true));

    it('map: the package title, its levels, a choropleth matching the legend on each level', async () => {
      const { page } = app;
      await page.setViewportSize({ width: 1366, height: 768 });
      await openApp(page, app.base, '');
      expect(await page.title()).toContain(m.titel.de);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(m.titel.de);
      await expectMapMatchesLegend(page, 'ebene1');
      await page.screenshot({ path: `${SHOTS}/paket-${name}-karte.png` });
      if (foreign) expect(await visibleText(page)).not.toMatch(foreign);
      if (m.ebenen.length > 1) {
        await page.getByRole('radio', { name: m.ebenen[1]!.namen.de.many }).check();
        await expect.poll(() => searchParam(page, 'ebene')).toBe(m.ebenen[1]!.id);
        await mapIdle(page);
        await expectMapMatchesLegend(page, 'ebene2');
      }
    });

    it('keyboard: an area chosen on the map with arrows and Enter', async () => {
      const { page } = app;
      await openApp(page, app.base, '');
      await tabToMap(page);
      await page.keyboard.press('ArrowUp');
      const tipName = await page.getByTestId('tooltip').locator('strong').textContent();
      await page.keyboard.press('Enter');
      const key = searchParam(page, 'gebiet');
      expect(finest.map((a) => a.key)).toContain(key);
      expect(await page.getByTestId('seitenleiste').textContent()).toContain(`Kennzahlen ${tipName}`);
    });

    it('comparison: the preset areas against the territory, one more added by typing', async () => {
      const { page } = app;
      await page.goto(`${app.base}?ansicht=vergleich`);
      const view = page.getByTestId('vergleich');
      await view.waitFor();
      const head = (await view.locator('thead tr').first().textContent()) ?? '';
      for (const k of m.vergleich) expect(head).toContain(model.areas.get(k as never)!.name);
      expect(head).toContain(model.areas.get(model.rootKey)!.name);
      await page.getByLabel('Gebiet hinzufügen').fill(other.name);
      await page.keyboard.press('Enter');
      await expect.poll(() => searchParam(page, 'vergleich')).toBe([...m.vergleich, other.key].join(','));
      if (foreign) expect(await visibleText(page)).not.toMatch(foreign);
    });

    it('profile: found by a name typed with a typo, in plain language', async () => {
      const { page } = app;
      await page.goto(`${app.base}?ansicht=profil`);
      await page.getByTestId('profil').waitFor();
      const target = finest.reduce((a, b) => (b.name.length > a.name.length ? b : a));
      // A typo: one letter left out in the middle.
      const typed = target.name.slice(0, 3) + target.name.slice(4);
      await page.getByRole('searchbox').first().fill(typed);
      const first = page.getByTestId('treffer').getByRole('link').first();
      expect(await first.textContent()).toContain(target.name);
      await first.click();
      await page.getByRole('heading', { level: 2, name: target.name }).waitFor();
      expect(searchParam(page, 'gebiet')).toBe(target.key);
      const text = await visibleText(page);
      expect(text).toContain(m.gebiet.de.in.replace(/^(im|in|auf) /, ''));
      await page.screenshot({ path: `${SHOTS}/paket-${name}-profil.png` });
      if (foreign) expect(text).not.toMatch(foreign);
    });

    it('deck: the package’s own slides, driven by key', async () => {
      const { page } = app;
      await page.goto(`${app.base}?ansicht=praesentation`);
      await page.locator('[data-testid="praesentation"][data-bereit="1"]').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('folienzaehler').textContent()).toBe(
        `Folie 1 von ${m.praesentation.folien.length}`,
      );
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
        m.praesentation.folien[0]!.titel.de,
      );
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid="praesentation"][data-bereit="2"]').waitFor({ timeout: 30_000 });
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
        m.praesentation.folien[1]!.titel.de,
      );
      if (foreign) expect(await visibleText(page)).not.toMatch(foreign);
    });

    it('a broken link: every wrong parameter named, the map still drawn', async () => {
      const { page } = app;
      await openApp(page, app.base, '?ebene=quartier&gebiet=99999999999&indikator=nix&jahr=1850');
      const notice = await page.getByTestId('hinweis-url').textContent();
      for (const p of ['ebene=quartier', 'gebiet=99999999999', 'indikator=nix', 'jahr=1850'])
        expect(notice).toContain(p);
      expect(searchParam(page, 'ebene')).toBe(m.ebenen[0]!.id);
      await expectMapMatchesLegend(page, 'ebene1');
    });

    it('Datenwerkstatt: the package’s boundaries read back as its own finest level', async () => {
      const page = await openWorkshop(app.browser.context, app.base);
      const text = shippedTexts(packageRoot(name)).ebene1!;
      await page
        .locator('#ws-dateien')
        .setInputFiles([
          { name: 'grenzen.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(text) },
        ]);
      const many = m.ebenen[0]!.namen.de.many;
      await expect
        .poll(() => page.getByText(`Grenzen aus grenzen.geojson: ${finest.length} ${many}`).count(), {
          timeout: 30_000,
        })
        .toBe(1);
      if (foreign) expect(await visibleText(page)).not.toMatch(foreign);
      await page.close();
    });
  });
}

// A package whose finest level ships vector tiles (manifest `kacheln`, npm run geo:kacheln): the
// test package's Warften are tiled although small, so every journey above runs on tiles too.
for (const name of shippedPackages()) {
  const m = modelOf(shippedTexts(packageRoot(name))).pkg.manifest;
  const tiles = m.ebenen[0]!.kacheln;
  if (!tiles) continue;
  describe(`package ${name}: the finest level from vector tiles`, () => {
    const app = appInBrowser('allow', { dist: packageDist(name) });
    it('reads the PMTiles by byte ranges, colours the tiles by feature state, hovers, and works offline', async () => {
      const { page } = app;
      await page.setViewportSize({ width: 1366, height: 768 });
      const ranges: { status: number; range: string | undefined }[] = [];
      page.on('response', (r) => {
        if (new URL(r.url()).pathname.endsWith(`/${tiles}`))
          ranges.push({ status: r.status(), range: r.request().headers().range });
      });
      await openApp(page, app.base, '');
      await expectMapMatchesLegend(page, 'ebene1');
      expect(ranges.length).toBeGreaterThan(0);
      expect(ranges.every((r) => r.status === 206 && /^bytes=\d+-\d+$/.test(r.range ?? ''))).toBe(true);
      const info = await page.evaluate(() => {
        type M = {
          getSource(id: string): { type: string } | undefined;
          queryRenderedFeatures(o: { layers: string[] }): { id?: string | number }[];
        };
        const map = (window as unknown as { __qxMap: M }).__qxMap;
        return {
          fill: map.getSource('gebiete-ebene1')?.type,
          outline: map.getSource('grenzen-ebene1')?.type,
          drawn: map.queryRenderedFeatures({ layers: ['flaeche-ebene1'] }).length,
        };
      });
      expect(info).toMatchObject({ fill: 'vector', outline: 'vector' });
      expect(info.drawn).toBeGreaterThan(0);
      // The pointer over an area: the tooltip names it, and the hover outline is that tile feature's state.
      const box = (await page.locator('.map-canvas canvas').boundingBox())!;
      const hit = await page.evaluate(() => {
        type M = {
          queryRenderedFeatures(o: { layers: string[] }): {
            properties: { schluessel: string };
            geometry: { type: string; coordinates: number[][][] };
          }[];
          project(c: number[]): { x: number; y: number };
        };
        const map = (window as unknown as { __qxMap: M }).__qxMap;
        const f = map
          .queryRenderedFeatures({ layers: ['flaeche-ebene1'] })
          .find((x) => x.geometry.type === 'Polygon')!;
        const ring = f.geometry.coordinates[0]!;
        const c = ring.reduce((a, p) => [a[0]! + p[0]! / ring.length, a[1]! + p[1]! / ring.length], [0, 0]);
        return { key: f.properties.schluessel, at: map.project(c) };
      });
      await page.mouse.move(box.x + hit.at.x, box.y + hit.at.y);
      await page.getByTestId('tooltip').waitFor();
      await expect
        .poll(() =>
          page.evaluate((key) => {
            type M = { getFeatureState(f: object): { hover?: boolean } };
            const map = (window as unknown as { __qxMap: M }).__qxMap;
            return map.getFeatureState({ source: 'grenzen-ebene1', sourceLayer: 'gebiete', id: key }).hover;
          }, hit.key),
        )
        .toBe(true);
      await page.screenshot({ path: `${SHOTS}/paket-${name}-kacheln.png` });
      // Offline after one visit: the ranges are cut from the copy the service worker keeps.
      await serviceWorkerActivated(page);
      await app.browser.context.setOffline(true);
      try {
        await openApp(page, app.base, '?x=offline');
        await expectMapMatchesLegend(page, 'ebene1');
      } finally {
        await app.browser.context.setOffline(false);
      }
    });
  });
}

describe('a Kommune deploys its own package into a folder of a built site', () => {
  // Bremerhaven's build with the Landkreis Rostock's package unpacked to pakete/lr/ and named in
  // config.json: no rebuild; the site's own package stays where it is.
  const app = appInBrowser('allow', { copy: true });
  const lr = shippedTexts(packageRoot('landkreis-rostock'));
  const m = modelOf(lr).pkg.manifest;

  it('reads the package from the folder config.json names, offline after one visit too', async () => {
    const site = app.root;
    const folder = join(site, 'pakete/lr');
    cpSync(join(packageRoot('landkreis-rostock'), 'data'), join(folder, 'data'), { recursive: true });
    cpSync(join(packageRoot('landkreis-rostock'), 'public/geo'), join(folder, 'geo'), { recursive: true });
    const config = JSON.parse(readFileSync(join(site, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(site, 'config.json'), JSON.stringify({ ...config, paket: 'pakete/lr' }));
    const { page } = app;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await openApp(page, app.base, '');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(m.titel.de);
    await expectMapMatchesLegend(page, 'ebene1');
    expect(requests).toContain('/pakete/lr/geo/gemeinden.geojson');
    expect(requests.filter((p) => p.endsWith('ortsteile.geojson'))).toEqual([]);
    expect(await visibleText(page)).not.toMatch(/Bremerhaven/);
    await serviceWorkerActivated(page);
    await app.browser.context.setOffline(true);
    try {
      await openApp(page, app.base, '?ebene=amt');
      await expectMapMatchesLegend(page, 'ebene2');
    } finally {
      await app.browser.context.setOffline(false);
    }
  });

  it('names a config.json folder outside the site, and keeps the site’s own package', async () => {
    const site = app.root;
    const config = JSON.parse(readFileSync(join(site, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(site, 'config.json'), JSON.stringify({ ...config, paket: '../geheim' }));
    const { page } = app;
    await page.goto(`${app.base}?x=${Date.now()}`);
    await page.getByTestId('tabelle').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quartiersexplorer Bremerhaven');
    expect(await visibleText(page)).toContain('config.json, Feld paket');
  });
});
