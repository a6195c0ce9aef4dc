import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveStatic } from '../../tools/serve/static.ts';
import { launch, type Browser } from '../../tools/browser/launch.ts';

export const SHOTS = 'test-results/screenshots';

/**
 * The built app served from dist/ by the strict static server and one Chromium page, for a test
 * file's lifetime. Fields are filled in beforeAll.
 */
export function appInBrowser(serviceWorkers: 'allow' | 'block' = 'block'): {
  base: string;
  browser: Browser;
  page: Page;
} {
  const s = {} as { base: string; browser: Browser; page: Page; server: Server };
  beforeAll(async () => {
    const served = await serveStatic('dist');
    s.server = served.server;
    s.base = served.url;
    s.browser = await launch(undefined, undefined, serviceWorkers);
    s.page = await s.browser.context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    // The built app runs under its strict CSP (tools/build/csp.ts): any violation fails the file.
    const violations = s.browser?.cspViolations ?? [];
    await s.browser?.close();
    s.server?.close();
    expect(violations).toEqual([]);
  });
  return s;
}
