import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, searchParam } from './app-page.ts';
import { SHOTS, appInBrowser } from './session.ts';

const app = appInBrowser();

/** Wait until slide `n` is fully drawn (a map slide: the map idle after its camera move). */
const slideDrawn = (page: Page, n: number) =>
  page.locator(`[data-testid="praesentation"][data-bereit="${n}"]`).waitFor({ timeout: 20_000 });

/** Press a key and return the time from the key to the next slide fully drawn (ms). */
async function timedKey(page: Page, key: string, expected: number): Promise<number> {
  await page.evaluate(() => performance.clearMarks());
  await page.keyboard.press(key);
  await slideDrawn(page, expected);
  return page.evaluate(() => {
    const key = performance.getEntriesByName('qx-taste').at(-1)!;
    const done = performance.getEntriesByName('qx-folie-fertig').at(-1)!;
    return done.startTime - key.startTime;
  });
}

const counter = (page: Page) => page.getByTestId('folienzaehler').textContent();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Smallest computed font size of visible text in the slide (editor and hidden parts excluded). */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let min = { size: Infinity, text: '' };
    const root = document.querySelector('[data-testid="praesentation"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (
        !n.textContent?.trim() ||
        el.closest('svg, .visually-hidden, .slide-controls, [aria-hidden="true"]')
      )
        continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Charts and profiles are zoomed as a whole (CSS zoom): the size on screen counts.
      const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const size = Math.round(parseFloat(getComputedStyle(el).fontSize) * zoom * 10) / 10;
      if (size < min.size) min = { size, text: `${el.className}: ${n.textContent.slice(0, 40)}` };
    }
    return min;
  });

describe('Sitzungsmodus on a projector (1920×1080)', () => {
  it('drives the default deck with clicker keys, blanks, spotlights, jumps and leaves; offline', async () => {
    const { page, browser } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${app.base}?ansicht=praesentation`);
    await slideDrawn(page, 1);
    expect(await counter(page)).toBe('Folie 1 von 7');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Die drei Demografielabore');
    // Big type: base text 28 px; Datenstand and sources on the slide; values printed beside the map.
    expect((await smallestText(page)).size, JSON.stringify(await smallestText(page))).toBeGreaterThanOrEqual(
      28,
    );
    await expect
      .poll(() => page.getByTestId('folienquelle').textContent())
      .toMatch(/Datenstand: 31\.12\.2018 · Quelle: .*Magistrat/);
    const table = page.getByTestId('folientabelle');
    for (const name of ['Geestendorf', 'Grünhöfe', 'Surheide', 'Bremerhaven'])
      expect(await table.textContent()).toContain(name);
    await page.screenshot({ path: `${SHOTS}/praesentation-1920x1080-folie1.png` });

    // Through the deck with the clicker's PageDown, timing each slide until it is fully drawn.
    const times: number[] = [];
    const zoom = () =>
      page.evaluate(() =>
        (window as unknown as { __qxPresentMap: { getZoom(): number } }).__qxPresentMap.getZoom(),
      );
    const zooms: Record<number, number> = { 1: await zoom() };
    for (let n = 2; n <= 7; n++) {
      times.push(await timedKey(page, 'PageDown', n));
      zooms[n] = await zoom();
      expect(await counter(page)).toBe(`Folie ${n} von 7`);
      expect(searchParam(page, 'folie')).toBe(String(n));
      const smallest = await smallestText(page);
      expect(smallest.size, `Folie ${n}: ${smallest.text}`).toBeGreaterThanOrEqual(28);
      await page.screenshot({ path: `${SHOTS}/praesentation-1920x1080-folie${n}.png` });
    }
    // Slide 5 (loss of supply) moves the camera towards Surheide; the other map slides show the city.
    expect(zooms[2]).toBeCloseTo(zooms[1]!, 5);
    expect(zooms[5]!).toBeGreaterThan(zooms[4]! + 0.3);
    // Back and forth with the other keys.
    times.push(await timedKey(page, 'Home', 1));
    times.push(await timedKey(page, 'ArrowRight', 2));
    times.push(await timedKey(page, 'Space', 3));
    times.push(await timedKey(page, 'Enter', 4));
    times.push(await timedKey(page, 'PageUp', 3));
    times.push(await timedKey(page, 'ArrowLeft', 2));
    times.push(await timedKey(page, 'End', 7));
    await page.keyboard.press('5');
    expect(await counter(page)).toBe('Springen zu Folie 5 …');
    times.push(await timedKey(page, 'Enter', 5));
    const m = median(times);
    writeFileSync(`${SHOTS}/praesentation-zeiten.json`, JSON.stringify({ times, median: m }, null, 2));
    console.log(`key → slide drawn: median ${m.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
    expect(m).toBeLessThanOrEqual(1200);

    // Spotlight: S dims all but the labs and back; the data view (URL) does not change.
    const before = page.url();
    const spot = page.getByRole('button', { name: 'Spotlight an' });
    expect(await spot.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('s');
    expect(await spot.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('s');
    expect(page.url()).toBe(before);

    // Blank the screen with B, back with "."; while blank, moving keys only bring the picture back.
    await page.keyboard.press('b');
    await page.getByTestId('schwarz').waitFor();
    await page.screenshot({ path: `${SHOTS}/praesentation-1920x1080-schwarz.png` });
    await page.keyboard.press('PageDown');
    expect(await counter(page)).toBe('Folie 5 von 7');
    await page.keyboard.press('b');
    await page.keyboard.press('.');
    expect(await page.getByTestId('schwarz').count()).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    // Offline: nothing left the machine during the presentation.
    expect(browser.blocked).toEqual([]);
    expect(
      requests.filter((u) => !u.startsWith(app.base) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);

    // Esc leaves to the slide's own view with the deck kept, so a question can be explored live.
    await page.keyboard.press('Escape');
    await page.getByTestId('explorer').waitFor();
    expect(searchParam(page, 'ansicht')).toBe('karte');
    expect(searchParam(page, 'indikator')).toBe('versorgungsverlust');
  });
});

describe('The Labore pyramids slide (1920×1080)', () => {
  it('frames a slide opened by link in the middle of its map panel, at 1920 × 1080 and 3840 × 2160', async () => {
    const { page } = app;
    // Where the slide's areas (Surheide, gebiet=231, and the spotlighted Demografielabore) lie on
    // the map panel, in screen pixels: their outlines projected by the map, and the panel's box.
    const framing = (keys: string[]) =>
      page.evaluate(async (wanted) => {
        type M = {
          getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> };
          project(c: [number, number]): { x: number; y: number };
          getContainer(): HTMLElement;
        };
        const map = (window as unknown as { __qxPresentMap: M }).__qxPresentMap;
        const data = await map.getSource('gebiete-ebene1').getData();
        const pts = data.features
          .filter((x) => wanted.includes(String(x.properties!.schluessel)))
          .flatMap((f) => {
            const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
            const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
            return rings.flat().map((c) => map.project(c as [number, number]));
          });
        const box = map.getContainer().getBoundingClientRect();
        const xs = pts.map((p) => p.x);
        const ys = pts.map((p) => p.y);
        return {
          w: box.width,
          h: box.height,
          left: Math.min(...xs),
          right: Math.max(...xs),
          top: Math.min(...ys),
          bottom: Math.max(...ys),
        };
      }, keys);
    const labs = ['212', '215', '231'];
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${app.base}?ansicht=praesentation&folie=5`);
      await slideDrawn(page, 5);
      // Off-centre by at most 5 % of the panel, and wholly inside it with room to spare.
      await expect
        .poll(async () => {
          const f = await framing(labs);
          const dx = Math.abs((f.left + f.right) / 2 - f.w / 2) / f.w;
          const dy = Math.abs((f.top + f.bottom) / 2 - f.h / 2) / f.h;
          return dx <= 0.05 && dy <= 0.05 && f.left > 0 && f.top > 0 && f.right < f.w && f.bottom < f.h;
        })
        .toBe(true);
      const f = await framing(labs);
      // The areas fill the panel: they span most of its height or width, and Surheide is whole.
      expect(Math.max((f.right - f.left) / f.w, (f.bottom - f.top) / f.h)).toBeGreaterThan(0.6);
      const surheide = await framing(['231']);
      expect(
        surheide.left > 0 && surheide.right < surheide.w && surheide.top > 0 && surheide.bottom < surheide.h,
      ).toBe(true);
      await page.screenshot({ path: `${SHOTS}/praesentation-${width}x${height}-folie5-direkt.png` });
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it('lines the three pyramids up even where a name and its status wrap', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${app.base}?ansicht=praesentation&folie=3`);
    await slideDrawn(page, 3);
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll('.pyramid svg')].map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size, JSON.stringify(tops)).toBe(1);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});

describe('Sitzungsmodus on a 4K screen (3840×2160)', () => {
  it('scales type and lines up and still moves by key', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.goto(`${app.base}?ansicht=praesentation&folie=2`);
    await slideDrawn(page, 2);
    expect((await smallestText(page)).size, JSON.stringify(await smallestText(page))).toBeGreaterThanOrEqual(
      56,
    );
    await page.screenshot({ path: `${SHOTS}/praesentation-3840x2160-folie2.png` });
    const times = [await timedKey(page, 'PageDown', 3), await timedKey(page, 'PageDown', 4)];
    await page.screenshot({ path: `${SHOTS}/praesentation-3840x2160-folie4.png` });
    times.push(await timedKey(page, 'PageDown', 5), await timedKey(page, 'PageUp', 4));
    console.log(
      `4K key → slide drawn: ${times.map((x) => x.toFixed(0)).join(', ')} ms, median ${median(times).toFixed(0)}`,
    );
    writeFileSync(
      `${SHOTS}/praesentation-zeiten-4k.json`,
      JSON.stringify({ times, median: median(times) }, null, 2),
    );
    // Headless Chromium draws WebGL in software (SwiftShader): at 3840 × 2160 each map frame costs
    // about four times the 1080p one, so this bound only guards against regressions; the 1.2 s
    // target is checked at 1920 × 1080 above.
    expect(median(times)).toBeLessThanOrEqual(5000);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});

describe('Authoring a deck', () => {
  it('adds the current view, edits, reorders, deletes, saves, rejects a broken file and shares', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${app.base}?ansicht=karte&indikator=anteil_80_plus&jahr=2024&vergleich=231`);
    await page.getByTestId('explorer').waitFor();
    await page.getByTestId('folie-hinzufuegen').click();
    await page.getByText(/Folie 8 hinzugefügt: Anteil ab 80 Jahren/).waitFor();
    await page.getByRole('link', { name: 'Zur Präsentation' }).click();
    await slideDrawn(page, 8);
    expect(await counter(page)).toBe('Folie 8 von 8');

    await page.getByRole('button', { name: 'Folien bearbeiten' }).click();
    const editor = page.getByTestId('folieneditor');
    await editor.getByLabel('Titel', { exact: true }).nth(7).fill('Hochbetagte');
    await editor.getByRole('button', { name: 'Folie 8 nach oben' }).click();
    expect(await counter(page)).toBe('Folie 7 von 8');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Hochbetagte');
    await editor.getByRole('button', { name: 'Folie 1 löschen' }).click();
    expect(await counter(page)).toBe('Folie 6 von 7');

    const download = page.waitForEvent('download');
    await editor.getByTestId('folien-speichern').click();
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { folien: { titel: string }[] };
    expect(saved.folien).toHaveLength(7);
    expect(saved.folien[5]!.titel).toBe('Hochbetagte');

    // A broken file is reported with its field and changes nothing.
    await editor.locator('#deck-file').setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"quartiersexplorer-folien","titel":"x","folien":[{"titel":"","ansicht":"ansicht=foo"}]}',
      ),
    });
    const alert = editor.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /„kaputt\.json“ wurde nicht geladen.*folien\[1\]\.titel.*folien\[1\]\.ansicht/,
    );
    expect(await counter(page)).toBe('Folie 6 von 7');

    // The saved file loads again; the share link opens the same deck elsewhere.
    await editor.locator('#deck-file').setInputFiles(file);
    await editor.getByText('7 Folien aus').waitFor();
    const link = await editor.getByLabel('Link zu diesen Folien').inputValue();
    await page.screenshot({ path: `${SHOTS}/praesentation-1920x1080-bearbeiten.png` });
    await page.goto(link);
    await slideDrawn(page, 1);
    expect(await counter(page)).toBe('Folie 1 von 7');
    await page.keyboard.press('6');
    await page.keyboard.press('Enter');
    await slideDrawn(page, 6);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Hochbetagte');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
