import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { mapIdle } from '../../tools/browser/launch.ts';

/** Helpers that look at the running app as a user and a pixel reader would. */

/** Waits until the service worker (registered after the first map) is active and has precached the app. */
export async function serviceWorkerActivated(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
      timeout: 20_000,
    })
    .toBe('activated');
}
export async function openApp(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(base + query);
  await page.getByTestId('tabelle').waitFor();
  await mapIdle(page);
}

/** Colour of the map canvas at each area's label anchor (labels hidden while sampling). */
export async function sampleAreaColours(page: Page, level: string): Promise<Record<string, string>> {
  return page.evaluate(async (lvl) => {
    type M = {
      getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> };
      project(c: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
      setLayoutProperty(l: string, p: string, v: string): void;
      triggerRepaint(): void;
      once(e: string, f: () => void): void;
    };
    const map = (window as unknown as { __qxMap: M }).__qxMap;
    map.setLayoutProperty(`name-${lvl}`, 'visibility', 'none');
    await new Promise<void>((ok) => {
      map.once('idle', () => ok());
      map.triggerRepaint();
    });
    const pixels = await new Promise<ImageData>((ok) => {
      map.once('render', () => {
        const src = map.getCanvas();
        const c = document.createElement('canvas');
        c.width = src.width;
        c.height = src.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(src, 0, 0);
        ok(ctx.getImageData(0, 0, c.width, c.height));
      });
      map.triggerRepaint();
    });
    const data = await map.getSource(`beschriftung-${lvl}`).getData();
    const ratio = map.getCanvas().width / map.getCanvas().clientWidth;
    const out: Record<string, string> = {};
    for (const f of data.features) {
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const x = Math.round(p.x * ratio);
      const y = Math.round(p.y * ratio);
      const i = (y * pixels.width + x) * 4;
      const hex = [0, 1, 2].map((k) => pixels.data[i + k]!.toString(16).padStart(2, '0')).join('');
      out[String(f.properties!.schluessel)] = `#${hex}`;
    }
    map.setLayoutProperty(`name-${lvl}`, 'visibility', 'visible');
    return out;
  }, level);
}

/** The colour each table row says its area has (the legend colour of its class). */
export async function tableColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid="tabelle"] tbody tr')].map((tr) => [
        tr.getAttribute('data-key')!,
        tr.getAttribute('data-colour')!,
      ]),
    ),
  );
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Serious and critical WCAG 2.1 A/AA violations reported by axe-core. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an inline <script> tag would be refused by the CSP.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            o: unknown,
            c: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

export const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const close = (a: string, b: string) =>
  [1, 3, 5].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= 3);

/** The canvas colour at every area's anchor equals its legend colour, and several colours appear. */
export async function expectMapMatchesLegend(page: Page, level: string) {
  const canvas = await sampleAreaColours(page, level);
  const table = await tableColours(page);
  const keys = Object.keys(table);
  expect(keys.length).toBeGreaterThan(0);
  const mismatches = keys.filter((k) => table[k]!.startsWith('#') && !close(canvas[k]!, table[k]!));
  expect(mismatches.map((k) => `${k}: canvas ${canvas[k]} legend ${table[k]}`)).toEqual([]);
  // A choropleth, not one flat colour: several legend colours appear on the canvas.
  expect(new Set(keys.map((k) => canvas[k])).size).toBeGreaterThanOrEqual(Math.min(3, keys.length));
  return canvas;
}

/** Tab through the page as a keyboard user does until the map has the focus. */
export async function tabToMap(page: Page): Promise<void> {
  let onMap = false;
  for (let i = 0; i < 60 && !onMap; i++) {
    await page.keyboard.press('Tab');
    onMap = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'application');
  }
  expect(onMap).toBe(true);
}

/** Whether the bundled Arabic face is loaded and in the page (document.fonts.check alone is true for an unknown family). */
export const arabicFontLoaded = () =>
  [...document.fonts].some(
    (f) => f.family.replace(/["']/g, '') === 'Noto Sans Arabic' && f.status === 'loaded',
  );

/**
 * A downloaded PNG decoded in the page: its size, the share of pixels that are not near-white
 * ("ink"), and every colour it contains as lower-case #rrggbb.
 */
export async function pngStats(
  page: Page,
  png: Buffer,
): Promise<{ width: number; height: number; ink: number; colours: string[] }> {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<string>();
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) ink++;
      colours.add('#' + [d[i]!, d[i + 1]!, d[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join(''));
    }
    return { width: c.width, height: c.height, ink: ink / (d.length / 4), colours: [...colours] };
  }, png.toString('base64'));
}
