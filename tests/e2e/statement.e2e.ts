import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, searchParam } from './app-page.ts';
import { SHOTS, appInBrowser } from './session.ts';

// A copy of the build, so the test can set the deployment's config.json.
const app = appInBrowser('block', { copy: true });

const mailto = (href: string) => {
  const [to, query] = href.slice('mailto:'.length).split('?');
  const p = new URLSearchParams(query);
  return { to: decodeURIComponent(to!), subject: p.get('subject'), body: p.get('body') ?? '' };
};

describe('Erklärung zur Barrierefreiheit', () => {
  it('is one link from the footer of every view and names the view in its prepared message', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.base}?ansicht=profil&gebiet=231`);
    await page.getByTestId('profil').waitFor();
    await page.getByTestId('link-barrierefreiheit').click();
    expect(searchParam(page, 'ansicht')).toBe('barrierefreiheit');
    expect(searchParam(page, 'von')).toBe('profil');
    const title = page.getByRole('heading', { name: 'Erklärung zur Barrierefreiheit', level: 2 });
    await title.waitFor();
    await expect.poll(() => title.evaluate((e) => e === document.activeElement)).toBe(true);
    const text = (await page.locator('.statement').textContent())!;
    expect(text).toContain('EN 301 549');
    expect(text).toContain('WCAG) 2.1, Stufe AA');
    expect(await page.getByTestId('konformitaet').textContent()).toContain(
      'teilweise mit WCAG 2.1 AA vereinbar',
    );
    expect(text).toContain('Schlichtungsstelle nach § 22 BremBGG');
    expect(text).toMatch(/Zuletzt überprüft am \d+\. \p{L}+ 20\d\d/u);
    // No address configured: the message opens without a recipient, and the statement says so.
    const href = (await page.getByTestId('rueckmeldung').getAttribute('href'))!;
    const mail = mailto(href);
    expect(mail.to).toBe('');
    expect(mail.subject).toBe('Barriere im Quartiersexplorer');
    const named = new URL(/Ansicht: (\S+)/.exec(mail.body)![1]!);
    expect(named.origin + named.pathname).toBe(new URL(app.base).origin + '/');
    expect(named.searchParams.get('ansicht')).toBe('profil');
    expect(named.searchParams.get('gebiet')).toBe('231');
    expect(named.searchParams.get('von')).toBeNull();
    expect(text).toContain('noch keine Kontaktadresse eingetragen');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/barrierefreiheit-390.png`, fullPage: true });
    // Back to the profile it came from.
    await page.getByRole('link', { name: 'Zurück zur Ansicht' }).click();
    expect(searchParam(page, 'ansicht')).toBe('profil');
    expect(searchParam(page, 'gebiet')).toBe('231');

    // From the map, in English.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.base}?ansicht=karte&indikator=anteil_80_plus&sprache=en`);
    await page.getByTestId('link-barrierefreiheit').click();
    await page.getByRole('heading', { name: 'Accessibility statement', level: 2 }).waitFor();
    const en = mailto((await page.getByTestId('rueckmeldung').getAttribute('href'))!);
    const enView = new URL(/View: (\S+)/.exec(en.body)![1]!);
    expect(enView.searchParams.get('ansicht')).toBe('karte');
    expect(enView.searchParams.get('indikator')).toBe('anteil_80_plus');
    expect(enView.searchParams.get('sprache')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends feedback to the address the city sets in config.json', async () => {
    const { page } = app;
    writeFileSync(
      join(app.root, 'config.json'),
      JSON.stringify({
        hintergrundkarte: null,
        barrierefreiheit: { kontakt: 'barrierefreiheit@stadt.example' },
      }),
    );
    await page.goto(`${app.base}?ansicht=barrierefreiheit&von=vergleich`);
    const link = page.getByTestId('rueckmeldung');
    await link.waitFor();
    const mail = mailto((await link.getAttribute('href'))!);
    expect(mail.to).toBe('barrierefreiheit@stadt.example');
    expect(mail.body).toMatch(/Ansicht: \S+\?ansicht=vergleich/);
    expect(await page.locator('.statement').textContent()).toContain('an barrierefreiheit@stadt.example');
    // A wrong address is named and not used.
    writeFileSync(
      join(app.root, 'config.json'),
      JSON.stringify({ barrierefreiheit: { kontakt: 'a?cc=x@y.de' } }),
    );
    await page.reload();
    await link.waitFor();
    expect(mailto((await link.getAttribute('href'))!).to).toBe('');
    expect(await page.getByRole('alert').filter({ hasText: 'barrierefreiheit.kontakt' }).count()).toBe(1);
  });
});
