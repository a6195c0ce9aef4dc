import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { LAYER_FORMAT } from '../../src/data/import/layer.ts';
import { ZUORDNUNG_FORMAT } from '../../src/data/import/mapping.ts';
import { publishPackage } from '../../src/data/import/publish.ts';
import { shippedTexts } from '../../tools/fixtures/shipped.ts';
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

  it('a data package unpacked onto the built site is seen on the next start, and offline after it', async () => {
    const { page, browser } = s;
    await page.goto(`${s.base}?ansicht=karte&indikator=anteil_65_plus&jahr=2024&ebene=ortsteil`);
    await page.getByTestId('tabelle').waitFor();
    await serviceWorkerActivated(page);
    const surheide = () =>
      page
        .getByTestId('tabelle')
        .getByRole('row', { name: /Surheide/ })
        .textContent();
    expect(await surheide()).not.toMatch(/unterdrückt/);
    // The Statistikamt withholds Surheide's 2024 population: published from the Datenwerkstatt's code.
    const published = publishPackage(
      shippedTexts(),
      {
        format: LAYER_FORMAT,
        erstellt: '2026-12-01T10:00:00.000Z',
        dateien: ['Einwohner_2024.xlsx'],
        quelle: {
          titel: 'Einwohner 2024',
          herausgeber: 'Statistikamt',
          stichtag: '2024-12-31',
          lizenz: 'intern',
          status: 'amtlich',
        },
        werte: [
          {
            gebiet: '231',
            indikator: 'einwohner',
            jahr: 2024,
            zeichen: '.',
            herkunft: { datei: 'Einwohner_2024.xlsx', ort: 'Zeile 9', feld: '2024' },
          },
        ],
        neueIndikatoren: [],
        zuordnung: { format: ZUORDNUNG_FORMAT, tabellen: {} },
        hinweise: [],
      },
      new Map(),
    );
    if (!published.ok) throw new Error(published.report.issues.map((i) => i.meldung).join('\n'));
    // The IT's one step: unpack into the site's root. No build, no new service worker.
    for (const [path, bytes] of Object.entries(unzipSync(published.zip))) {
      mkdirSync(dirname(join(s.root, path)), { recursive: true });
      writeFileSync(join(s.root, path), bytes);
    }
    await page.reload();
    await page.getByTestId('tabelle').waitFor();
    await expect.poll(surheide, { timeout: 20_000 }).toMatch(/unterdrückt \(\. unbekannt oder geheim\)/);
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await page.getByTestId('tabelle').waitFor();
      await expect.poll(surheide).toMatch(/unterdrückt \(\. unbekannt oder geheim\)/);
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
