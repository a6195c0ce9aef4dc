import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../tools/serve/static.ts';
import { launch, mapIdle, type Browser } from '../../tools/browser/launch.ts';
import { axeViolations, expectMapMatchesLegend, pngStats, searchParam } from './app-page.ts';

const SHOTS = 'test-results/screenshots';
const Q = '?ansicht=streuung&x=anteil_80_plus&y=versorgungsverlust&jahr=2024';
let server: Server;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, url: base } = await serveStatic('dist'));
  browser = await launch();
  page = await browser.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  const violations = browser?.cspViolations ?? [];
  await browser?.close();
  server?.close();
  expect(violations).toEqual([]);
});

async function openScatter(query = Q) {
  await page.goto(base + query);
  await page.getByTestId('streuung-punkte').waitFor();
  await page.getByTestId('tabelle').waitFor();
  await mapIdle(page);
}

/** Every plotted point: its cell's fill and its centre on the page (from the path's circles). */
const pointsOnPage = () =>
  page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-testid="streuung-bild"]')!;
    const m = svg.getScreenCTM()!;
    return [...svg.querySelectorAll<SVGPathElement>('[data-testid="streuung-punkte"] path')].flatMap((p) => {
      const fill = p.getAttribute('fill')!;
      const cell = Number(p.getAttribute('data-class'));
      return [...p.getAttribute('d')!.matchAll(/M([\d.-]+),([\d.-]+)a([\d.]+)/g)].map((c) => {
        const cx = Number(c[1]) + Number(c[3]);
        const cy = Number(c[2]);
        const at = new DOMPoint(cx, cy).matrixTransform(m);
        return { fill, cell, cx, cy, x: at.x, y: at.y };
      });
    });
  });

describe('scatter plot (ansicht=streuung)', () => {
  it('plots every area with both values in its map cell’s colour, beside the map of the same pair', async () => {
    await openScatter();
    await expectMapMatchesLegend(page, 'ebene1');
    const points = await pointsOnPage();
    const rows = await page.$$eval('[data-testid="tabelle"] tbody tr', (trs) =>
      trs.map((tr) => ({ key: tr.getAttribute('data-key')!, colour: tr.getAttribute('data-colour')! })),
    );
    // Every area with a class is a point, and the colours are the table's (= the legend's).
    const classed = rows.filter((r) => r.colour.startsWith('#'));
    expect(points).toHaveLength(classed.length);
    const count = (list: string[]) => [...new Set(list)].map((c) => [c, list.filter((x) => x === c).length]);
    expect(count(points.map((p) => p.fill)).sort()).toEqual(count(classed.map((r) => r.colour)).sort());
    // The pixels: the plot drawn as an image (as the PNG export does) has each point's colour at its centre.
    const sampled = await page.evaluate(async (pts) => {
      const svg = document.querySelector<SVGSVGElement>('[data-testid="streuung-bild"]')!;
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      const box = svg.viewBox.baseVal;
      copy.setAttribute('width', String(box.width));
      copy.setAttribute('height', String(box.height));
      const url = URL.createObjectURL(
        new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
      );
      const img = new Image();
      await new Promise((ok) => {
        img.onload = ok;
        img.src = url;
      });
      const c = document.createElement('canvas');
      c.width = box.width;
      c.height = box.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return pts.map((p) => {
        const d = ctx.getImageData(Math.round(p.cx), Math.round(p.cy), 1, 1).data;
        return `#${[d[0]!, d[1]!, d[2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      });
    }, points);
    const near = (a: string, b: string) =>
      [1, 3, 5].every(
        (i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= 6,
      );
    // Points may overlap; nearly all centres show their own colour.
    const own = points.filter((p, i) => near(sampled[i]!, p.fill)).length;
    expect(own).toBeGreaterThanOrEqual(points.length - 3);
    // The relationship in words, the critical cell (a loss of supply is short when high: cell 9).
    expect(await page.getByTestId('streuung-zusammenhang').textContent()).toMatch(
      /^(kein erkennbarer|(schwacher|mäßiger|deutlicher|starker) (positiver|negativer)) Zusammenhang \(r = −?\d,\d\d\)$/,
    );
    expect(await page.getByTestId('streuung-kritisch').getAttribute('data-cell')).toBe('9');
    expect(await page.getByTestId('streuung-text').textContent()).toMatch(
      /Zelle 9 der Karte \(hoher Bedarf, geringe Versorgung\): .*Surheide/,
    );
    expect(await page.getByTestId('streuung-gerade').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/streuung-1440.png` });
  });

  it('links the plot, the map and the table both ways: hover, selection and the keyboard', async () => {
    await openScatter();
    const points = await pointsOnPage();
    const keyAt = async (p: { x: number; y: number }) => {
      await page.mouse.move(p.x, p.y);
      await page.getByTestId('streuung-markiert').waitFor();
      return page.getByTestId('streuung-markiert').getAttribute('data-key');
    };
    const p = points[Math.floor(points.length / 2)]!;
    const key = (await keyAt(p))!;
    expect(key).toMatch(/^\d{3}$/);
    // The table marks the row, the map outlines the area.
    await expect
      .poll(() => page.locator('[data-testid="tabelle"] tr.hovered').getAttribute('data-key'))
      .toBe(key);
    const hoverState = (k: string) =>
      page.evaluate(
        (id) =>
          (
            window as unknown as { __qxMap: { getFeatureState(f: unknown): Record<string, unknown> } }
          ).__qxMap.getFeatureState({ source: 'grenzen-ebene1', id }).hover,
        k,
      );
    await expect.poll(() => hoverState(key)).toBe(true);
    // Selection by click: the URL, the side panel, the plot's ring.
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => searchParam(page, 'gebiet')).toBe(key);
    await page.getByTestId('seitenleiste').waitFor();
    expect(await page.getByTestId('streuung-auswahl').count()).toBe(1);
    // The other way: a table row marks its point.
    await page.mouse.move(5, 5);
    const other = (await page.locator('[data-testid="tabelle"] tbody tr').nth(2).getAttribute('data-key'))!;
    await page.locator(`[data-testid="tabelle"] tr[data-key="${other}"] th button`).hover();
    await expect.poll(() => page.getByTestId('streuung-markiert').getAttribute('data-key')).toBe(other);
    // The keyboard: into the plot, to the area with the lowest x, select it with Enter.
    await page.mouse.move(5, 5);
    await page.getByTestId('streuung').focus();
    await page.keyboard.press('Home');
    const lowest = await page.getByTestId('streuung-markiert').getAttribute('data-key');
    const byX = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[data-testid="tabelle"] tbody tr')];
      return rows.map((r) => r.getAttribute('data-key'));
    });
    expect(byX).toContain(lowest);
    await page.keyboard.press('ArrowRight');
    const second = await page.getByTestId('streuung-markiert').getAttribute('data-key');
    expect(second).not.toBe(lowest);
    await expect.poll(() => hoverState(second!)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParam(page, 'gebiet')).toBe(second);
    await page.screenshot({ path: `${SHOTS}/streuung-auswahl-1440.png` });
  });

  it('keeps everything in the URL: the line, the swapped axes, the way back to the map', async () => {
    await openScatter();
    await page.getByTestId('streuung-regression').uncheck();
    await expect.poll(() => searchParam(page, 'regression')).toBe('0');
    expect(await page.getByTestId('streuung-gerade').count()).toBe(0);
    await page.reload();
    await page.getByTestId('streuung-punkte').waitFor();
    expect(await page.getByTestId('streuung-gerade').count()).toBe(0);
    await page.getByTestId('streuung-tauschen').click();
    await expect.poll(() => searchParam(page, 'x')).toBe('versorgungsverlust');
    expect(searchParam(page, 'y')).toBe('anteil_80_plus');
    await page.getByLabel('Senkrechte Achse (y)').selectOption('anteil_auslaender');
    await expect.poll(() => searchParam(page, 'y')).toBe('anteil_auslaender');
    await page.getByRole('link', { name: 'Als Karte (Bedarf × Versorgung)' }).click();
    await expect.poll(() => searchParam(page, 'ansicht')).toBe('karte');
    expect(searchParam(page, 'indikator')).toBe('versorgungsverlust');
    expect(searchParam(page, 'bivariat')).toBe('anteil_auslaender');
    // Back in history: the scatter plot again, with its axes.
    await page.goBack();
    await page.getByTestId('streuung-punkte').waitFor();
    expect(searchParam(page, 'x')).toBe('versorgungsverlust');
  });

  it('exports the CSV with the table’s values and a PNG that is not blank', async () => {
    await openScatter();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('streuung-csv').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('streuung-anteil_80_plus-versorgungsverlust-2024.csv');
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const row = csv
      .split('\r\n')
      .find((l) => l.split(';')[1] === '231')!
      .split(';');
    const shown = (
      await page.locator('[data-testid="tabelle"] tr[data-key="231"] td.num').allTextContents()
    ).map((s) => s.replace(/\s*%$/, '').trim());
    expect([row[2], row[3]]).toEqual([shown[0], shown[1]]);
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('streuung-png').click(),
    ]);
    const png = readFileSync(await pngDownload.path());
    const stats = await pngStats(page, png);
    expect(stats.width).toBe(2400);
    const fills = [...new Set((await pointsOnPage()).map((p) => p.fill))];
    expect(fills.filter((f) => stats.colours.includes(f.toLowerCase())).length).toBeGreaterThanOrEqual(
      Math.min(4, fills.length),
    );
  });

  it('goes on a slide: the plot beside its map, with r, status and sources, at 1920 and 3840 px', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openScatter(`${Q}&gebiet=231`);
    await page.getByTestId('folie-hinzufuegen').click();
    await page
      .getByText(/Folie \d+ hinzugefügt: Streudiagramm Anteil ab 80 Jahren und Versorgungsverlust/)
      .waitFor();
    await page.getByRole('link', { name: 'Zur Präsentation' }).click();
    const n = Number(searchParam(page, 'folie'));
    await page.locator(`[data-testid="praesentation"][data-bereit="${n}"]`).waitFor({ timeout: 20_000 });
    const side = page.getByTestId('folie-streuung');
    expect(await side.locator('[data-testid="streuung-punkte"] path').count()).toBeGreaterThan(3);
    expect(await side.locator('.scatter-fit').textContent()).toMatch(/Zusammenhang \(r = /);
    // Still: no tab stop on the slide's plot; the map beside it is the demand × supply map.
    expect(await side.getByTestId('streuung').getAttribute('tabindex')).toBeNull();
    expect(await page.locator('.slide-body.slide-streuung .slide-map canvas').count()).toBe(1);
    expect(await page.locator('.slide-foot').textContent()).toMatch(
      /Datenstand: 2024 · Quelle: .* · Beispielwert/,
    );
    // The plot fills a good part of the slide (legible from the back of the room).
    const box = (await side.getByTestId('streuung-bild').boundingBox())!;
    expect(box.width).toBeGreaterThan(800);
    await page.screenshot({ path: `${SHOTS}/streuung-folie-1920.png` });
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.locator(`[data-testid="praesentation"][data-bereit="${n}"]`).waitFor({ timeout: 20_000 });
    expect((await side.getByTestId('streuung-bild').boundingBox())!.width).toBeGreaterThan(1600);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('has no serious or critical axe violations, and reads on a phone', async () => {
    await openScatter(`${Q}&gebiet=231`);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await openScatter();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/streuung-telefon.png`, fullPage: false });
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
