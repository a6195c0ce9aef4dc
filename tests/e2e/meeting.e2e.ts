import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, searchParam } from './app-page.ts';
import { SHOTS, appInBrowser } from './session.ts';

const app = appInBrowser();

/** The titles of the cards in a board column, top to bottom. */
async function column(page: Page, name: RegExp): Promise<string[]> {
  const region = page.getByRole('region', { name });
  await region.waitFor();
  return region.locator('.board-card h3').allTextContents();
}

async function addCard(page: Page, title: string, field: string, areas: string[]) {
  const form = page.locator('.board-new');
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('> summary').click();
  await form.getByLabel('Thema', { exact: true }).fill(title);
  await form.getByLabel('Handlungsfeld (optional)').selectOption({ label: field });
  if (areas.length) {
    const box = form.locator('.card-areas');
    if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
    for (const a of areas)
      await box.getByRole('group', { name: 'Ortsteile' }).getByLabel(a, { exact: true }).check();
  }
  await form.getByRole('button', { name: 'Thema anlegen' }).click();
  await page.getByRole('heading', { name: title, level: 3 }).waitFor();
}

async function dots(page: Page, title: string, n: number) {
  const more = page.getByRole('button', { name: `Ein Punkt mehr für „${title}“` });
  for (let i = 0; i < n; i++) await more.click();
}

/** The board scrolls within its full-screen frame: back to its top for a picture. */
const toTop = (page: Page) => page.evaluate(() => document.querySelector('.board-screen')?.scrollTo(0, 0));

const announced = (page: Page) => page.getByTestId('announcer').textContent();

/** Number of pages in a PDF (its page objects). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function field(scope: Page | Locator, label: string, value: string) {
  await scope.getByLabel(label, { exact: true }).fill(value);
}

describe('Beirat-Sitzung at 1920×1080', () => {
  it('runs a whole meeting: agenda, deck, Lean Coffee with dots and timer, notes, Dokumentation, topics on the profile', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${app.base}?ansicht=sitzung`);
    await page.getByRole('heading', { name: 'Sitzung des ZWK-Beirats', level: 1 }).waitFor();

    // Preparation: date, time, place, groups, participants, agenda.
    await field(page, 'Titel der Sitzung', '3. Sitzung des ZWK-Beirats');
    await field(page, 'Datum', '2026-12-03');
    await field(page, 'Beginn', '16:00');
    await field(page, 'Ende', '18:00');
    await field(page, 'Ort', 'Stadthaus 1, Raum 402');
    await field(page, 'Nächster Termin', '2027-03-11');
    await field(page, 'Teilnehmende (für die Punkte)', '5');
    await page.getByRole('button', { name: 'Gruppe „ZGF“ aus der Liste nehmen' }).click();
    await field(page, 'Weitere Gruppe', 'Jugendhilfeausschuss');
    await page.getByRole('button', { name: 'Gruppe hinzufügen' }).click();
    const agenda = page.getByRole('region', { name: 'Tagesordnung' });
    for (const kind of ['Präsentation', 'Lean Coffee', 'Freier Punkt'])
      await agenda.getByRole('button', { name: kind, exact: true }).click();
    const items = agenda.locator('.agenda-item');
    await expect.poll(() => items.count()).toBe(3);
    await field(items.nth(0), 'Titel', 'Datenpräsentation des Sozialreferats');
    await field(items.nth(2), 'Titel', 'Verschiedenes');
    await field(items.nth(2), 'Beschreibung', 'Termine der Stadtteilkonferenzen');
    expect(
      await items
        .nth(0)
        .getByText(/Standardfolien des Datenpakets \(7 Folien\)/)
        .count(),
    ).toBe(1);
    // The deck item opens the presentation.
    expect(
      await items.nth(0).getByRole('link', { name: 'Präsentation zeigen' }).getAttribute('href'),
    ).toContain('ansicht=praesentation');
    await page.screenshot({ path: `${SHOTS}/sitzung-vorbereitung-1920.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The board, by its link: full screen.
    await agenda.getByRole('link', { name: 'Zur Lean-Coffee-Tafel' }).click();
    expect(searchParam(page, 'bereich')).toBe('tafel');
    await page.getByRole('heading', { name: 'Lean Coffee: 3. Sitzung des ZWK-Beirats' }).waitFor();
    await addCard(page, 'Nahversorgung in Surheide', 'Versorgung', ['Surheide']);
    await addCard(page, 'Treffpunkte für Ältere', 'In Vielfalt altern', ['Grünhöfe', 'Geestendorf']);
    await addCard(page, 'Sprachmittlung in Beratungsstellen', 'Im Quartier ankommen und bleiben', []);
    await addCard(page, 'Spielplätze', 'Teilhabe sichert Zukunftschancen', []);
    await dots(page, 'Treffpunkte für Ältere', 3);
    await dots(page, 'Nahversorgung in Surheide', 6);
    await dots(page, 'Sprachmittlung in Beratungsstellen', 4);
    await dots(page, 'Spielplätze', 1);
    await page.getByRole('button', { name: 'Ein Punkt weniger für „Nahversorgung in Surheide“' }).click();
    expect(await page.getByTestId('punkte-summe').textContent()).toContain('Punkte vergeben: 13 von 15');
    expect(await column(page, /^Zu besprechen/)).toEqual([
      'Nahversorgung in Surheide',
      'Sprachmittlung in Beratungsstellen',
      'Treffpunkte für Ältere',
      'Spielplätze',
    ]);
    // Two more dots are all the room has: the third is refused.
    await dots(page, 'Spielplätze', 2);
    expect(await page.getByTestId('punkte-summe').textContent()).toContain('Alle Punkte sind vergeben');
    expect(await page.getByRole('button', { name: 'Ein Punkt mehr für „Spielplätze“' }).isDisabled()).toBe(
      true,
    );

    // First round: the card with most dots; the timer starts at the round length.
    await page
      .getByRole('button', { name: 'Nächstes Thema ins Gespräch: Nahversorgung in Surheide' })
      .click();
    expect(await column(page, /^Im Gespräch/)).toEqual(['Nahversorgung in Surheide']);
    expect(await announced(page)).toContain(
      'Die Runde zu „Nahversorgung in Surheide“ hat begonnen: 8 Minuten.',
    );
    const clock = page.getByRole('timer');
    expect(await clock.textContent()).toMatch(/^(8:00|7:5\d)$/);
    // The clock is large enough to read from the back of the room.
    expect(await clock.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(80);
    await page.getByRole('button', { name: /^Verlängern \(\+4 Min\.\)$/ }).click();
    expect(await clock.textContent()).toMatch(/^1[12]:\d\d$/);
    await page
      .getByLabel('Notizen zu „Nahversorgung in Surheide“')
      .fill('Der Markt an der Surheider Straße schließt 2027.');
    await page
      .getByPlaceholder('Nächster Schritt zu „Nahversorgung in Surheide“')
      .fill('Sozialplanung prüft mobile Angebote');
    await page.getByRole('button', { name: 'Schritt hinzufügen' }).click();
    await toTop(page);
    await page.screenshot({ path: `${SHOTS}/sitzung-tafel-1920.png` });
    expect(await axeViolations(page)).toEqual([]);

    // Second round; the first is then done.
    await page
      .getByRole('button', { name: 'Nächstes Thema ins Gespräch: Sprachmittlung in Beratungsstellen' })
      .click();
    expect(await column(page, /^Besprochen/)).toEqual(['Nahversorgung in Surheide']);
    await page
      .getByLabel('Notizen zu „Sprachmittlung in Beratungsstellen“')
      .fill('Dolmetschpool reicht nicht.');
    await page.getByRole('button', { name: 'Besprochen', exact: true }).click();
    expect(await column(page, /^Besprochen/)).toEqual([
      'Nahversorgung in Surheide',
      'Sprachmittlung in Beratungsstellen',
    ]);
    expect(await column(page, /^Zu besprechen/)).toEqual(['Treffpunkte für Ältere', 'Spielplätze']);

    // The board on a 4K screen: the same layout, everything twice the size.
    await page.setViewportSize({ width: 3840, height: 2160 });
    expect(await clock.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(160);
    await toTop(page);
    await page.screenshot({ path: `${SHOTS}/sitzung-tafel-3840.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });

    // The Dokumentation: results by dots with notes and steps, the Themenspeicher, the next date.
    await page.getByRole('link', { name: 'Dokumentation' }).click();
    await page.getByRole('heading', { name: 'Dokumentation: 3. Sitzung des ZWK-Beirats' }).waitFor();
    const doc = page.locator('.meeting-doc');
    const docText = (await doc.textContent())!;
    expect(docText).toContain('3. Dezember 2026, 16:00–18:00 Uhr');
    expect(docText).toContain('Stadthaus 1, Raum 402');
    expect(docText).toContain('Jugendhilfeausschuss');
    expect(docText).not.toContain('ZGF');
    expect(docText).toContain('TOP 1: Datenpräsentation des Sozialreferats');
    // Every slide shown, with its Datenstand and status, and a small map.
    expect(await doc.locator('.doc-slide').count()).toBe(7);
    expect(await doc.locator('.doc-slide svg path').count()).toBeGreaterThan(7 * 9);
    const credits = await doc.locator('.doc-credits').allTextContents();
    for (const c of credits) expect(c).toMatch(/^Datenstand: .+ · Quelle: .+ · \S+/);
    expect(credits.filter((c) => c.endsWith('Beispielwert')).length).toBeGreaterThan(0);
    const results = await page
      .getByRole('region', { name: 'Ergebnisse des Lean Coffee (nach Punkten)' })
      .locator('h3')
      .allTextContents();
    expect(results).toEqual([
      'Nahversorgung in Surheide (5 Punkte)',
      'Sprachmittlung in Beratungsstellen (4 Punkte)',
    ]);
    expect(docText).toContain('Sozialplanung prüft mobile Angebote');
    const store = await page
      .getByRole('region', { name: 'Themenspeicher (für die nächste Sitzung)' })
      .locator('h3')
      .allTextContents();
    expect(store).toEqual(['Treffpunkte für Ältere (3 Punkte)', 'Spielplätze (3 Punkte)']);
    expect(docText).toContain('11. März 2027');

    // Printed: A4, no app chrome, every topic in the PDF.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.doc-actions').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    await page.screenshot({ path: `${SHOTS}/sitzung-dokumentation-druck.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(await axeViolations(page)).toEqual([]);

    // The text file says the same, in the same order.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Textdatei' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026-12-03_3-Sitzung-des-ZWK-Beirats_Dokumentation.txt');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.indexOf('1. Nahversorgung in Surheide (5 Punkte)')).toBeGreaterThan(0);
    expect(text.indexOf('2. Sprachmittlung in Beratungsstellen (4 Punkte)')).toBeGreaterThan(
      text.indexOf('1. Nahversorgung in Surheide'),
    );
    expect(text).toContain('- Sozialplanung prüft mobile Angebote');
    expect(text).toMatch(/Folie 1: .*\n\s+Datenstand: /);

    // The topic on Surheide's profile and side panel, with the meeting's date and a way to all topics.
    await page.goto(`${app.base}?ansicht=profil&gebiet=231`);
    const beirat = page.getByTestId('beirat-themen');
    await beirat.waitFor();
    const onProfile = (await beirat.textContent())!;
    expect(onProfile).toContain('Aus dem Beirat: Nahversorgung in Surheide');
    expect(onProfile).toContain('Sitzung vom 3. Dezember 2026');
    expect(onProfile).toContain('Sozialplanung prüft mobile Angebote');
    expect(onProfile).not.toContain('Treffpunkte');
    await page.getByRole('link', { name: 'Alle Beirat-Themen zu Surheide' }).click();
    expect(searchParam(page, 'bereich')).toBe('themen');
    await page.getByText('1 Themen').waitFor();
    await page.goto(`${app.base}?ansicht=karte&gebiet=215`);
    expect(await page.getByTestId('beirat-themen').textContent()).toContain(
      'Aus dem Beirat: Treffpunkte für Ältere',
    );
    // By Handlungsfeld across meetings.
    await page.goto(`${app.base}?ansicht=sitzung&bereich=themen&handlungsfeld=versorgung`);
    await page.getByText('1 Themen').waitFor();
    expect(await page.locator('.topics-list').textContent()).toContain('Nahversorgung in Surheide');

    // Nothing left the machine.
    expect(
      requests.filter((u) => !u.startsWith(app.base) && !u.startsWith('blob:') && !u.startsWith('data:')),
    ).toEqual([]);
  });

  it('saves and opens meeting files without losing unsaved work, names a broken file’s fields, and carries the Themenspeicher over', async () => {
    const { page } = app;
    await page.goto(`${app.base}?ansicht=sitzung`);
    await page.getByRole('heading', { name: '3. Sitzung des ZWK-Beirats', level: 1 }).waitFor();
    // Autosaved: the meeting of the first test is still here after a reload.
    expect(await page.getByText('Änderungen seit der letzten Sitzungsdatei.').count()).toBe(1);
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Datei speichern' }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('2026-12-03_3-Sitzung-des-ZWK-Beirats.sitzung.json');
    const file = JSON.parse(readFileSync(await saved.path(), 'utf8'));
    expect(file).toMatchObject({
      format: 'quartiersexplorer-sitzung',
      version: 1,
      ort: 'Stadthaus 1, Raum 402',
    });
    expect(file.karten).toHaveLength(4);

    // A broken file: every problem named with the file and the field; nothing changes.
    const broken = {
      ...file,
      datum: '2026-02-30',
      karten: [{ ...file.karten[0], punkte: -1, gebiete: ['999'] }],
    };
    await page.getByTestId('sitzung-datei').setInputFiles({
      name: 'kaputt.sitzung.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'kaputt.sitzung.json' });
    await alert.waitFor();
    const problems = (await alert.textContent())!;
    expect(problems).toContain('Die Datei „kaputt.sitzung.json“ ist keine gültige Sitzung (3 Probleme)');
    expect(problems).toContain('Feld „datum“ ist kein Datum');
    expect(problems).toContain('Feld „karten[0].punkte“');
    expect(problems).toContain('Feld „karten[0].gebiete[0]“ nennt kein Gebiet dieses Datenpakets („999“)');
    await page.getByTestId('sitzung-datei').setInputFiles({
      name: 'kein.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": '),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'kein.json' })
      .getByText('Die Datei ist kein JSON.')
      .waitFor();
    expect(await page.locator('.meeting-prep h1').textContent()).toBe('3. Sitzung des ZWK-Beirats');

    // An unsaved change, then another meeting's file: the moderator is asked, and keeps both.
    await field(page, 'Ort', 'Stadthaus 1, Raum 403');
    const other = { ...file, titel: 'Sondersitzung', datum: '2026-12-10', karten: [], themenspeicher: [] };
    await page.getByTestId('sitzung-datei').setInputFiles({
      name: 'sonder.sitzung.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('„3. Sitzung des ZWK-Beirats“ hat Änderungen');
    await ask.getByRole('button', { name: 'Beide behalten (aktuelle zu den früheren Sitzungen)' }).click();
    await page.getByRole('heading', { name: 'Sondersitzung', level: 1 }).waitFor();
    const archive = page.getByRole('region', { name: 'Frühere Sitzungen (1)' });
    expect(await archive.textContent()).toContain('3. Sitzung des ZWK-Beirats (3. Dezember 2026)');
    // Back to the first meeting: the Sondersitzung takes its place among the earlier ones.
    await archive
      .getByRole('button', { name: '„3. Sitzung des ZWK-Beirats“ (3. Dezember 2026) öffnen' })
      .click();
    await page.getByRole('heading', { name: '3. Sitzung des ZWK-Beirats', level: 1 }).waitFor();
    expect(await page.getByLabel('Ort', { exact: true }).inputValue()).toBe('Stadthaus 1, Raum 403');
    expect(await page.getByRole('region', { name: 'Frühere Sitzungen (1)' }).textContent()).toContain(
      'Sondersitzung',
    );

    // The following meeting: dated on the next date, the undiscussed topics in its Themenspeicher.
    await page.getByRole('button', { name: 'Folgesitzung vorbereiten' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Folgesitzung vorbereiten' }).click();
    const store = page.getByRole('region', { name: 'Themenspeicher (2)' });
    await store.waitFor();
    expect(await page.getByLabel('Datum', { exact: true }).inputValue()).toBe('2027-03-11');
    expect(await store.locator('li > span:first-child').allTextContents()).toEqual([
      'Treffpunkte für Ältere',
      'Spielplätze',
    ]);
    expect(await store.textContent()).toContain('seit 3. Dezember 2026');
    await store.getByRole('button', { name: '„Spielplätze“ auf die Tafel nehmen' }).click();
    expect(await page.getByRole('region', { name: 'Themenspeicher (1)' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Lean-Coffee-Tafel', exact: true }).click();
    expect(await column(page, /^Zu besprechen/)).toEqual(['Spielplätze']);
    expect(await page.locator('.board-card').first().textContent()).toContain(
      'aus dem Themenspeicher, seit 3. Dezember 2026',
    );
    expect(await page.getByRole('region', { name: 'Frühere Sitzungen (2)' }).count()).toBe(0);

    // Both earlier meetings count in the topic index.
    await page.goto(`${app.base}?ansicht=sitzung&bereich=themen&gebiet=231`);
    await page.getByText('1 Themen').waitFor();
  });

  it('ends a round once: a notice for screen readers, the display in words, nothing flashing', async () => {
    const { page } = app;
    await page.clock.install();
    await page.goto(`${app.base}?ansicht=sitzung&bereich=tafel`);
    await page.getByRole('heading', { name: /^Lean Coffee: / }).waitFor();
    await page.getByRole('button', { name: /^Nächstes Thema ins Gespräch: Spielplätze$/ }).click();
    await page.clock.fastForward('07:58');
    expect(await page.getByRole('timer').textContent()).toMatch(/^0:0\d$/);
    expect(await announced(page)).toContain('hat begonnen');
    await page.clock.fastForward('00:05');
    await page.getByText('Zeit ist um').waitFor();
    expect(await page.getByRole('timer').textContent()).toBe('0:00');
    expect(await announced(page)).toBe(
      'Die Zeit für „Spielplätze“ ist um. Weiterreden (verlängern) oder abschließen?',
    );
    // No animation anywhere on the board.
    const animated = await page.evaluate(
      () =>
        [...document.querySelectorAll('.board *')].filter((e) => getComputedStyle(e).animationName !== 'none')
          .length,
    );
    expect(animated).toBe(0);
    await page.getByRole('button', { name: /^Verlängern/ }).click();
    expect(await page.getByRole('timer').textContent()).toBe('4:00');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/sitzung-tafel-telefon.png`, fullPage: true });
  });
});
