import { launch } from '../browser/launch.ts';

/**
 * Repeat visits (issue 22): the first map of a first visit — this origin's storage, service worker
 * and the HTTP cache cleared — against the next visit once the service worker has installed and
 * activated, so the app and its package come from its precache. A browser of its own, since the
 * other parts block service workers (first visits, no precache downloading beside them); each pair
 * in a fresh page; the figure is the ratio of the medians (target ≤ 0.8).
 */
export async function repeatVisits(
  url: string,
  path: string,
  runs: number,
): Promise<{ erster: number[]; zweiter: number[] }> {
  const origin = new URL(url).origin;
  const out = { erster: [] as number[], zweiter: [] as number[] };
  const browser = await launch(undefined, undefined, 'allow');
  const mark = () => performance.getEntriesByName('qx-karte-fertig').length > 0;
  try {
    for (let i = 0; i <= runs; i++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      try {
        await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
        await cdp.send('Network.clearBrowserCache');
        const visit = async () => {
          await page.goto(url + path);
          await page.waitForFunction(mark, null, { timeout: 60_000 });
          return page.evaluate(() => performance.getEntriesByName('qx-karte-fertig')[0]!.startTime);
        };
        const first = await visit();
        // The next visit is the service worker's: wait until it has installed (precached) and activated.
        await page.waitForFunction(
          async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
          null,
          { timeout: 60_000, polling: 200 },
        );
        const second = await visit();
        const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
        if (!controlled) throw new Error('Zweiter Besuch ohne Service Worker: die Messung gilt nicht.');
        if (i === 0) continue;
        out.erster.push(first);
        out.zweiter.push(second);
      } finally {
        await cdp.detach();
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
