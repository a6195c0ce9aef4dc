import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../tools/serve/static.ts';
import {
  axeViolations,
  expectMapMatchesLegend,
  tabToMap,
  openApp,
  sampleAreaColours,
  searchParam,
  tableColours,
} from './app-page.ts';
import { launch, mapIdle, type Browser } from '../../tools/browser/launch.ts';

const SHOTS = 'test-results/screenshots';
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const failedRequests: string[] = [];

beforeAll(async () => {
  ({ server, url: base } = await serveStatic('dist'));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  // The built app runs under its strict CSP (tools/build/csp.ts): any violation fails the file.
  const violations = browser?.cspViolations ?? [];
  await browser?.close();
  server?.close();
  expect(violations).toEqual([]);
});

describe('explorer in Chromium', () => {
  it('draws a choropleth whose canvas colours match the legend, offline', async () => {
    await openApp(page, base, '?indikator=anteil_80_plus');
    await expectMapMatchesLegend(page, 'ebene1');
    const legendColours = await page.$$eval('[data-testid="legende"] button[data-colour]', (b) =>
      b.map((x) => x.getAttribute('data-colour')),
    );
    const tableSet = new Set(Object.values(await tableColours(page)));
    expect(legendColours.filter((c) => tableSet.has(c!)).length).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('hinweis-grenzen').textContent()).resolves.toContain(
      'Grenzen schematisch (Näherung)',
    );
    await page.screenshot({ path: `${SHOTS}/karte-1366x768.png` });
    expect(browser.blocked).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('switches indicator by UI and by URL; the map follows', async () => {
    await openApp(page, base, '?indikator=anteil_80_plus');
    const before = await sampleAreaColours(page, 'ebene1');
    await page.getByTestId('indikator').selectOption('anteil_auslaender');
    await mapIdle(page);
    expect(searchParam(page, 'indikator')).toBe('anteil_auslaender');
    await expect(page.title()).resolves.toMatch(/ausländ/i);
    const after = await expectMapMatchesLegend(page, 'ebene1');
    expect(after).not.toEqual(before);
    await openApp(page, base, '?indikator=durchschnittsalter&ebene=stadtteil&jahr=2018');
    await expect(page.getByTestId('legende').textContent()).resolves.toContain('Durchschnittsalter 2018');
    expect(await page.locator('[data-testid="tabelle"] tbody tr').count()).toBe(9);
    await expectMapMatchesLegend(page, 'ebene2');
  });

  it('switches level and year by UI, including forecast years by keyboard', async () => {
    await openApp(page, base, '');
    await page.getByLabel('Stadtbezirke').check();
    await mapIdle(page);
    expect(searchParam(page, 'ebene')).toBe('stadtbezirk');
    expect(await page.locator('[data-testid="tabelle"] tbody tr').count()).toBe(2);
    await expectMapMatchesLegend(page, 'ebene3');
    const slider = page.getByTestId('jahr');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    expect(searchParam(page, 'jahr')).toBe('2023');
    await page.keyboard.press('End');
    expect(searchParam(page, 'jahr')).toBe('2035');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('2035 (Prognose)');
    await mapIdle(page);
    await expectMapMatchesLegend(page, 'ebene3');
  });

  it('selects an area with the keyboard only', async () => {
    await openApp(page, base, '');
    await tabToMap(page);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    const name = await page.getByTestId('tooltip').locator('strong').textContent();
    await page.keyboard.press('Enter');
    const key = searchParam(page, 'gebiet');
    expect(key).toMatch(/^\d{3}$/);
    await expect(page.getByTestId('seitenleiste').textContent()).resolves.toContain(`Kennzahlen ${name}`);
    await mapIdle(page);
    const state = await page.evaluate(
      (k) =>
        (
          window as unknown as { __qxMap: { getFeatureState(f: unknown): Record<string, unknown> } }
        ).__qxMap.getFeatureState({ source: 'grenzen-ebene1', id: k }),
      key,
    );
    expect(state.auswahl).toBe(true);
    // The outline source starts empty on a link without `gebiet`; by now it has the boundaries,
    // so the selection outline is drawn.
    const outlined = await page.evaluate(
      (k) =>
        (window as unknown as { __qxMap: { querySourceFeatures(s: string): { id?: unknown }[] } }).__qxMap
          .querySourceFeatures('grenzen-ebene1')
          .some((f) => String(f.id) === k),
      key,
    );
    expect(outlined).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('tooltip').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/auswahl-tastatur-1366x768.png` });
  });

  it('links table and map selection both ways', async () => {
    await openApp(page, base, '');
    await page.getByTestId('tabelle').getByRole('button', { name: 'Surheide' }).click();
    expect(searchParam(page, 'gebiet')).toBe('231');
    await mapIdle(page);
    const selected = await page.evaluate(() =>
      (
        window as unknown as { __qxMap: { getFeatureState(f: unknown): Record<string, unknown> } }
      ).__qxMap.getFeatureState({ source: 'grenzen-ebene1', id: '231' }),
    );
    expect(selected.auswahl).toBe(true);
    // Click on the map at Grünhöfe's anchor: the table row follows.
    const point = await page.evaluate(async () => {
      type M = {
        getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> };
        project(c: number[]): { x: number; y: number };
        getCanvas(): HTMLCanvasElement;
      };
      const map = (window as unknown as { __qxMap: M }).__qxMap;
      const data = await map.getSource('beschriftung-ebene1').getData();
      const f = data.features.find((x) => x.properties!.schluessel === '215')!;
      const p = map.project((f.geometry as GeoJSON.Point).coordinates);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y + 14 };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('gebiet') === '215');
    await expect(
      page.locator('[data-testid="tabelle"] tr[aria-selected="true"]').textContent(),
    ).resolves.toContain('Grünhöfe');
  });

  it('maps a change since a base year: colours match the legend, every part names the change', async () => {
    await openApp(page, base, '?indikator=anteil_80_plus&jahr=2024&veraenderung_seit=2014');
    await expectMapMatchesLegend(page, 'ebene1');
    const legend = (await page.getByTestId('legende').textContent()) ?? '';
    expect(legend).toContain('Veränderung 2014–2024: Anteil ab 80 Jahren (Prozentpunkte)');
    expect(legend).toMatch(/Bremerhaven: [+−]\d+,\d Pp\./);
    expect(await page.getByTestId('tabelle').textContent()).toMatch(/[+−]\d+,\d Pp\./);
    expect(await page.title()).toContain('Veränderung 2014–2024');
    await page.screenshot({ path: `${SHOTS}/veraenderung-1366x768.png` });
    // The base year by keyboard: the select beside the year slider.
    await page.getByLabel('Veränderung seit').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => searchParam(page, 'veraenderung_seit')).toBe('2015');
    await mapIdle(page);
    await expectMapMatchesLegend(page, 'ebene1');
    await page.getByLabel('Veränderung seit').selectOption('');
    await expect.poll(() => searchParam(page, 'veraenderung_seit')).toBeNull();
    expect(await page.getByTestId('legende').textContent()).not.toContain('Veränderung');
    // A count's city total is no yardstick for an area: the legend does not mark it.
    await openApp(page, base, '?indikator=versorgungsverlust&jahr=2024');
    expect(await page.getByTestId('legende').textContent()).not.toContain('Bremerhaven:');
  });

  it('maps demand × supply: nine numbered cells whose colours match the map, the critical cell named', async () => {
    await openApp(
      page,
      base,
      '?indikator=anteil_80_plus&bivariat=erreichbar_500m_lebensmittelmarkt&jahr=2024',
    );
    // Coverage is computed in a worker after the first map and merged in: the map may be redrawn
    // once more after it first settles. Compare once it has caught up.
    const t0 = Date.now();
    await expect
      .poll(
        () =>
          expectMapMatchesLegend(page, 'ebene1').then(
            () => true,
            () => false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    console.log(`bivariate map matched its legend after ${Date.now() - t0} ms`);
    const legend = page.getByTestId('legende');
    expect(await legend.locator('.bivariate-cell').count()).toBe(9);
    expect(await page.getByTestId('bivariat-kritisch').textContent()).toMatch(
      /Feld 3 – hoher Bedarf, geringe Versorgung:.*Surheide/,
    );
    // Colour is never alone: every cell's number is on the map labels and in the table.
    const labels = () =>
      page.evaluate(async () => {
        const map = (
          window as unknown as {
            __qxMap: { getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> } };
          }
        ).__qxMap;
        return (await map.getSource('beschriftung-ebene1').getData()).features.map((f) =>
          String(f.properties!.name),
        );
      });
    // The label source is updated after the colours (MapView's effect): poll, do not race it.
    await expect.poll(labels).toContain('Surheide · 3');
    expect(await page.getByTestId('tabelle').locator('tr[data-key="231"]').textContent()).toContain(
      '3: Anteil ab 80 Jahren hoch',
    );
    await page.screenshot({ path: `${SHOTS}/bivariat-1366x768.png` });
    // The second measure by keyboard, and off again.
    await page.getByLabel('Zweites Merkmal (Bedarf × Versorgung)').selectOption('');
    await expect.poll(() => searchParam(page, 'bivariat')).toBeNull();
    expect(await legend.locator('.bivariate-cell').count()).toBe(0);
  });

  it('falls back on invalid URL parameters with a visible notice', async () => {
    await openApp(
      page,
      base,
      '?ansicht=landkarte&ebene=quartier&indikator=nix&jahr=1850&gebiet=999&klassen=zufall&sprache=fr',
    );
    const notice = await page.getByTestId('hinweis-url').textContent();
    for (const p of [
      'ansicht=landkarte',
      'ebene=quartier',
      'indikator=nix',
      'jahr=1850',
      'gebiet=999',
      'klassen=zufall',
      'sprache=fr',
    ])
      expect(notice).toContain(p);
    expect(searchParam(page, 'ebene')).toBe('ortsteil');
    expect(searchParam(page, 'indikator')).toBe('anteil_65_plus');
    await expectMapMatchesLegend(page, 'ebene1');
  });

  it('has no serious or critical axe violations in the states tested', async () => {
    const states = [
      '',
      '?gebiet=215&indikator=anteil_auslaender',
      '?sprache=en&ebene=stadtteil&farben=divergierend&indikator=durchschnittsalter',
      '?ansicht=vergleich',
      '?indikator=gibtsnicht',
      '?indikator=anteil_80_plus&veraenderung_seit=2014',
      '?indikator=anteil_80_plus&bivariat=erreichbar_500m_lebensmittelmarkt',
    ];
    for (const q of states) {
      await page.goto(base + q);
      await page.locator('main').waitFor();
      if (!q.includes('vergleich')) await mapIdle(page);
      expect({ q, v: await axeViolations(page) }).toEqual({ q, v: [] });
    }
    await openApp(page, base, '');
    await page.getByTestId('tabelle').getByRole('button', { name: 'Grünhöfe' }).hover();
    await page.getByRole('application').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('legende').getByRole('button').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('phone', () => {
  it('works at 390×844 and keeps the map, legend and table reachable', async () => {
    const phone = await launch({ width: 390, height: 844 }, 2);
    try {
      const p = await phone.context.newPage();
      await openApp(p, base, '?indikator=anteil_65_plus&gebiet=215');
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await p.screenshot({ path: `${SHOTS}/karte-390x844.png` });
      await p.screenshot({ path: `${SHOTS}/karte-390x844-ganz.png`, fullPage: true });
      expect(await axeViolations(p)).toEqual([]);
      expect(phone.cspViolations).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe('Content-Security-Policy', () => {
  it('is set on the built page, strict, and reports a violation when one happens', async () => {
    await openApp(page, base, '');
    const policy = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).toMatch(/style-src 'self';/);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toMatch(/connect-src 'self'(;|$)/);
    // The recorder works: an inline script is refused and reported (then removed from the list).
    const before = browser.cspViolations.length;
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await expect.poll(() => browser.cspViolations.length).toBe(before + 1);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect(browser.cspViolations.pop()).toMatch(/^script-src-elem: inline/);
  });
});
