import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveStatic } from '../../tools/serve/static.ts';
import { launch, type Browser } from '../../tools/browser/launch.ts';

export const SHOTS = 'test-results/screenshots';

/**
 * The built app served from dist/ by the strict static server and one Chromium page, for a test
 * file's lifetime (`dist`: another build, e.g. a package's under dist-pakete/). Fields are filled in beforeAll. With `copy`, a copy of dist/ in a temporary
 * folder is served (`root`), so a test can deploy a new version under a running page.
 */
export function appInBrowser(
  serviceWorkers: 'allow' | 'block' = 'block',
  opts: { copy?: boolean; dist?: string } = {},
): {
  base: string;
  root: string;
  browser: Browser;
  page: Page;
} {
  const s = {} as { base: string; root: string; browser: Browser; page: Page; server: Server };
  beforeAll(async () => {
    s.root = opts.dist ?? 'dist';
    if (opts.copy) {
      s.root = join(mkdtempSync(join(tmpdir(), 'qx-dist-')), 'dist');
      cpSync(opts.dist ?? 'dist', s.root, { recursive: true });
    }
    const served = await serveStatic(s.root);
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
    if (opts.copy) rmSync(join(s.root, '..'), { recursive: true, force: true });
    expect(violations).toEqual([]);
  });
  return s;
}
