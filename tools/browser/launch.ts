import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium with SwiftShader WebGL: MapLibre renders headless without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** Requests to anything but 127.0.0.1 that the page tried (and that were blocked). */
  blocked: string[];
  /** Content-Security-Policy violations reported by any page ("directive: blocked URI"). */
  cspViolations: string[];
  close(): Promise<void>;
}

export async function launch(
  viewport = { width: 1366, height: 768 },
  deviceScaleFactor = 1,
  /**
   * Service workers are blocked unless a test is about them (tests/e2e/offline.e2e.ts): first
   * visits, as the bench measures them, with no precache downloads competing in the background.
   */
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'qx-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor,
    locale: 'de-DE',
    serviceWorkers,
  });
  // tsx compiles with keepNames, which wraps functions passed to page.evaluate in a `__name` helper.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const cspViolations: string[] = [];
  await context.exposeBinding('__qxCspViolation', (_source, v: string) => void cspViolations.push(v));
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.__qxCspViolation(e.effectiveDirective + ': ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));`,
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  return {
    context,
    blocked,
    cspViolations,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Wait until the map has loaded and finished rendering the current state. */
export async function mapIdle(page: Page): Promise<void> {
  // The map exists before the data is parsed; the choropleth is there once its colours were applied.
  await page.waitForFunction(() => performance.getEntriesByName('qx-farben').length > 0, null, {
    timeout: 30_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const map = (
          window as unknown as { __qxMap: { triggerRepaint(): void; once(e: string, f: () => void): void } }
        ).__qxMap;
        map.once('idle', () => ok());
        map.triggerRepaint();
      }),
  );
}
