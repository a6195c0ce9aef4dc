import type { Browser } from '../browser/launch.ts';
import type { Page } from 'playwright-core';

/**
 * The first map as a user sees it: from navigation until the first frame on screen that shows
 * the final colours. Chromium's screencast hands over every frame it paints (with its swap time);
 * after the map has settled, the last frame is the final picture, and the first frame whose map
 * area matches it (grid samples within a small tolerance, so a label still fading in does not
 * count against it) is the moment the user has the map. The in-page mark (`qx-karte-fertig`) is
 * recorded beside it, so the bench shows how far the mark and the screen are apart.
 */
export interface Visible {
  /** Navigation to the first frame with the final colours (ms). */
  visible: number;
  /** Navigation to the page's own `qx-karte-fertig` mark (ms). */
  mark: number;
  frames: number;
}

interface Frame {
  t: number;
  data: string;
}

/** Share of grid points that must match the final frame. */
const MATCH = 0.97;
/** Per-channel tolerance (antialiasing, JPEG-free PNG frames differ only where content differs). */
const TOLERANCE = 10;

export async function firstVisibleMap(page: Page, target: string, settle = 1500): Promise<Visible> {
  const cdp = await page.context().newCDPSession(page);
  const frames: Frame[] = [];
  cdp.on(
    'Page.screencastFrame',
    (f: { data: string; sessionId: number; metadata: { timestamp?: number } }) => {
      frames.push({ t: (f.metadata.timestamp ?? Date.now() / 1000) * 1000, data: f.data });
      void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
    },
  );
  await page.goto('about:blank');
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  await page.goto(target);
  await page.waitForFunction(() => performance.getEntriesByName('qx-karte-fertig').length > 0, null, {
    timeout: 60_000,
  });
  // Both counted from the navigation's start: the mark in page time, frames in wall-clock time.
  const [mark, origin] = await page.evaluate(() => [
    performance.getEntriesByName('qx-karte-fertig')[0]!.startTime,
    performance.timeOrigin,
  ]);
  const box = await page.locator('canvas.maplibregl-canvas').first().boundingBox();
  await page.waitForTimeout(settle);
  await cdp.send('Page.stopScreencast');
  await cdp.detach();
  if (!box || frames.length === 0) throw new Error(`Keine Bilder vom Bildschirm für ${target}`);
  const viewport = page.viewportSize()!;
  const decoder = await page.context().newPage();
  try {
    const scores = await decoder.evaluate(matchScores, {
      frames: frames.map((f) => f.data),
      box: {
        x: box.x / viewport.width,
        y: box.y / viewport.height,
        w: box.width / viewport.width,
        h: box.height / viewport.height,
      },
      tolerance: TOLERANCE,
    });
    const first = scores.findIndex((s) => s >= MATCH);
    return { visible: frames[first]!.t - origin, mark: mark, frames: frames.length };
  } finally {
    await decoder.close();
  }
}

/** In a blank page: each frame's share of map grid points equal to the last frame's. */
async function matchScores(arg: {
  frames: string[];
  box: { x: number; y: number; w: number; h: number };
  tolerance: number;
}): Promise<number[]> {
  const decode = async (b64: string) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    return ctx.getImageData(0, 0, bmp.width, bmp.height);
  };
  const last = await decode(arg.frames[arg.frames.length - 1]!);
  const points: number[] = [];
  const N = 48;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      const x = Math.floor((arg.box.x + ((i + 0.5) / N) * arg.box.w) * last.width);
      const y = Math.floor((arg.box.y + ((j + 0.5) / N) * arg.box.h) * last.height);
      points.push((y * last.width + x) * 4);
    }
  const out: number[] = [];
  for (const f of arg.frames) {
    const img = await decode(f);
    if (img.width !== last.width || img.height !== last.height) {
      out.push(0);
      continue;
    }
    let same = 0;
    for (const p of points)
      if ([0, 1, 2].every((k) => Math.abs(img.data[p + k]! - last.data[p + k]!) <= arg.tolerance)) same++;
    out.push(same / points.length);
  }
  return out;
}

/** Alternating app and floor runs (one warm-up each), medians and their ratio. */
export async function visibleFirstMaps(
  browser: Browser,
  app: string,
  floor: string,
  runs: number,
): Promise<{ app: Visible[]; floor: Visible[] }> {
  const page = await browser.context.newPage();
  const out = { app: [] as Visible[], floor: [] as Visible[] };
  try {
    for (let i = 0; i <= runs; i++) {
      const a = await firstVisibleMap(page, app);
      const f = await firstVisibleMap(page, floor);
      if (i === 0) continue;
      out.app.push(a);
      out.floor.push(f);
    }
  } finally {
    await page.close();
  }
  return out;
}
