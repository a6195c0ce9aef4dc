import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser } from './session.ts';

// A copy of dist/, so a package file can change between two visits (a redeployed package).
const s = appInBrowser('block', { copy: true });

/** The stored validation result (src/data/validationCache.ts), read or changed in the page. */
const stored = (page: Page, change?: string) =>
  page.evaluate(
    (marker) =>
      new Promise<{ key: string; messages: string[] } | null>((resolve, reject) => {
        const open = indexedDB.open('qx-pruefung');
        open.onerror = () => reject(new Error('IndexedDB'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('ergebnis')) return resolve(null);
          const tx = db.transaction('ergebnis', 'readwrite');
          const os = tx.objectStore('ergebnis');
          const get = os.get('letzte');
          get.onsuccess = () => {
            const e = get.result as { key: string; result: { messages: string[] } } | undefined;
            if (!e) return resolve(null);
            if (marker) os.put({ ...e, result: { ...e.result, messages: [marker] } }, 'letzte');
            tx.oncomplete = () => resolve({ key: e.key, messages: e.result.messages });
          };
        };
      }),
    change,
  );

describe('a repeat visit reuses the validation of the same package, and only of the same', () => {
  it('keeps the result for these bytes and this build, and validates again when a byte changes', async () => {
    const { page } = s;
    await page.goto(s.base);
    await page.getByTestId('tabelle').waitFor();
    await expect.poll(async () => (await stored(page))?.key ?? '').toMatch(/^[0-9a-f]{64}$/);
    const first = (await stored(page))!;
    expect(first.messages).toEqual([]);

    // The next visit shows what is stored under the same key: a marker put there shows up.
    await stored(page, 'Prüfmarke: aus dem gespeicherten Ergebnis');
    await page.reload();
    await page.getByTestId('tabelle').waitFor();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Prüfmarke/);

    // One byte of the package changes (a value becomes text): validated again, the problem named.
    const file = join(s.root, 'data', 'beobachtungen.csv');
    const csv = readFileSync(file, 'utf8');
    writeFileSync(file, csv.replace('11,einwohner,2018,553,', '11,einwohner,2018,55x,'));
    await page.reload();
    await page.getByTestId('tabelle').waitFor();
    const alert = page.getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toMatch(/beobachtungen\.csv/);
    expect(await alert.textContent()).not.toMatch(/Prüfmarke/);
    await expect.poll(async () => (await stored(page))?.key).not.toBe(first.key);
  });
});
