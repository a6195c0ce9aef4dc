import { describe, expect, it } from 'vitest';
import { mapIdle } from '../../tools/browser/launch.ts';
import { axeViolations, searchParam } from './app-page.ts';
import { SHOTS, appInBrowser } from './session.ts';

const app = appInBrowser();

describe('Einbettung on the city’s pages', () => {
  it('builds an iframe snippet from the view it was opened from, previews it live, and copies it', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.base}?ansicht=profil&gebiet=231`);
    await page.getByTestId('profil').waitFor();
    await page.getByRole('link', { name: 'Auf eigener Seite einbetten' }).click();
    expect(searchParam(page, 'ansicht')).toBe('einbetten');
    await page.getByRole('heading', { name: 'Auf einer eigenen Seite einbetten' }).waitFor();
    expect(await page.getByLabel('Ansicht', { exact: true }).inputValue()).toBe('profil');
    expect(await page.getByLabel('Gebiet', { exact: true }).inputValue()).toBe('231');
    const snippet = page.getByTestId('einbettung-baustein');
    const code = await snippet.inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?ansicht=profil&amp;[^"]*gebiet=231[^"]*einbettung=1[^"]*" title="Quartiersexplorer: Profil Surheide" width="800" height="600"/,
    );
    // Language and size.
    await page.getByLabel('Sprache', { exact: true }).selectOption('en');
    await page.getByLabel('Größe', { exact: true }).selectOption('hoch');
    const en = await snippet.inputValue();
    expect(en).toContain('sprache=en');
    expect(en).toContain('width="400" height="720"');
    await page.getByRole('button', { name: 'Baustein kopieren' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Zwischenablage|Kopieren ging nicht/ })
          .count(),
      )
      .toBeGreaterThan(0);
    // The preview is the embedded view itself: no header, its status line and the way to the full app.
    const frame = page.frameLocator('.embed-preview iframe');
    await frame.getByTestId('profil').waitFor();
    expect(await frame.locator('.app-header').count()).toBe(0);
    const bar = frame.getByTestId('einbettung');
    expect(await bar.textContent()).toMatch(/Data as of: .+/);
    const open = bar.getByRole('link', { name: /^Open in the Quartiersexplorer/ });
    expect(await open.getAttribute('target')).toBe('_blank');
    const full = new URL((await open.getAttribute('href'))!);
    expect(full.searchParams.get('einbettung')).toBeNull();
    expect(full.searchParams.get('gebiet')).toBe('231');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/einbetten-1366.png`, fullPage: true });
  });

  it('shows a map alone with its status line, and names a wrong einbettung value', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${app.base}?ansicht=karte&indikator=anteil_80_plus&einbettung=1`);
    await page.getByTestId('tabelle').waitFor();
    await mapIdle(page);
    expect(await page.locator('.app-header').count()).toBe(0);
    const bar = page.getByTestId('einbettung');
    expect(await bar.textContent()).toMatch(/Datenstand: .+ · Quelle: .+Beispielwert.*Grenzen schematisch/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/einbettung-karte-800.png` });
    await page.goto(`${app.base}?ansicht=profil&gebiet=215&einbettung=ja`);
    await page.getByTestId('profil').waitFor();
    expect(await page.getByText(/einbettung/).count()).toBeGreaterThan(0);
    // Only the four embeddable views: a presentation is never embedded.
    await page.goto(`${app.base}?ansicht=praesentation&einbettung=1`);
    await page.getByTestId('praesentation').waitFor();
    expect(searchParam(page, 'einbettung')).toBeNull();
  });
});
