import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceWorkerActivated } from './app-page.ts';
import { appInBrowser, SHOTS } from './session.ts';

// A served copy of dist/, so a new deployment can be put under the running page.
const s = appInBrowser('allow', { copy: true });
const MARK = '<meta name="qx-test-deployment" content="2">';

/** A new deployment: index.html changed, and the service worker's precache list says so. */
function deployNewVersion(root: string) {
  const html = join(root, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace('</head>', `${MARK}</head>`));
  const sw = join(root, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(
    /\{url:"index\.html",revision:"[^"]+"\}/,
    '{url:"index.html",revision:"neu-2"}',
  );
  expect(after).not.toBe(before);
  writeFileSync(sw, after);
}

const waitingWorker = () =>
  s.page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
const deployed = () =>
  s.page.evaluate(() => document.querySelector('meta[name="qx-test-deployment"]') !== null);

describe('a new deployment', () => {
  it('waits for "Neu laden": never swapped under a view or a presentation', async () => {
    const { page } = s;
    await page.goto(s.base);
    await page.getByTestId('tabelle').waitFor();
    await serviceWorkerActivated(page);

    deployNewVersion(s.root);
    await page.reload();
    await page.getByTestId('tabelle').waitFor();
    // The new version is found and waits; the page still runs the old one and says so.
    const notice = page.getByTestId('neue-version');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/neue Version/);
    expect(await waitingWorker()).toBe(true);
    expect(await deployed()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/update-hinweis.png` });

    // A presentation started now keeps the old version and shows no notice on the slides.
    await page.goto(`${s.base}?ansicht=praesentation`);
    await expect.poll(() => page.getByTestId('folienzaehler').textContent()).toMatch(/Folie 1 von \d+/);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('folienzaehler').textContent()).toMatch(/Folie 2 von/);
    await page.waitForTimeout(3500); // past the service worker's registration (update.ts)
    expect(await waitingWorker()).toBe(true);
    expect(await page.getByTestId('neue-version').count()).toBe(0);
    expect(await deployed()).toBe(false);

    // Back on the map, the user chooses the new version.
    await page.goto(s.base);
    await notice.waitFor({ timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Neu laden' }).click()]);
    await page.getByTestId('tabelle').waitFor();
    await expect.poll(deployed).toBe(true);
    expect(await waitingWorker()).toBe(false);
    await page.waitForTimeout(3500);
    expect(await page.getByTestId('neue-version').count()).toBe(0);
  });
});
