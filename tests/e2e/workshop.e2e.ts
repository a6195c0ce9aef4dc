import { fillProvenance } from '../../tools/browser/workshop.ts';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapIdle } from '../../tools/browser/launch.ts';
import { polygonShapefileZip } from '../../tools/fixtures/shapefile.ts';
import { shippedTexts } from '../../tools/fixtures/shipped.ts';
import { statistikamtWorkbook } from '../../tools/fixtures/workbook.ts';
import { runHeadless } from '../../src/data/import/headless.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { axeViolations } from './app-page.ts';
import { appInBrowser, SHOTS } from './session.ts';

const s = appInBrowser();

/** The schematic Ortsteile as the GIS office's Shapefile: EPSG:25832, 4-digit keys, a .prj. */
function gisShapefile(): Buffer {
  const fc = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../public/geo/ortsteile.geojson'), 'utf8'),
  ) as {
    features: { properties: { schluessel: string; name: string }; geometry: GeoJSON.Polygon }[];
  };
  const zip = polygonShapefileZip(
    'Ortsteile_Bremerhaven',
    fc.features.map((f) => ({
      properties: { OT_NR: `${f.properties.schluessel}0`, OT_NAME: f.properties.name },
      geometry: f.geometry,
    })),
  );
  return Buffer.from(zip);
}

/** The Sozialplanung's Kita list as German Excel saves it: Windows-1252, `;`, UTM 32N in metres. */
function kitaList(): Buffer {
  const rows = [
    'Kitas in Bremerhaven;;;;',
    'Name;Einrichtungsart;Rechtswert;Hochwert;Eröffnet',
    'Kita Grünhöfe;Kindertagesstätte;474415,2;5929547,5;1995',
    'Kinderhaus Surheide;Kita;475976,1;5929521,7;',
    'Krippe Geestendorf;Krippe;472930,5;5930853,7;2019',
    'Kita Ohne Ort;Kita;;5934850,2;',
    'Hort Lehe;Hort;475206,7;5938046,3;',
  ];
  return Buffer.from(Uint8Array.from(rows.join('\r\n'), (c) => c.charCodeAt(0) & 0xff));
}

describe('Datenwerkstatt', () => {
  it('reads the Statistikamt workbook and the GIS Shapefile, checks, diffs, applies, keeps and removes', async () => {
    const { page } = s;
    await page.goto(`${s.base}?ansicht=daten`);
    await page.getByRole('heading', { level: 2, name: 'Datenwerkstatt' }).waitFor();
    const broken = await statistikamtWorkbook({
      tweak: (key, year, v) =>
        key === '215' && year === 2020 ? '12a' : key === '231' && year === 2021 ? '.' : v,
    });
    const started = Date.now();
    await page.locator('#ws-dateien').setInputFiles([
      { name: 'Einwohner_Ortsteile.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(broken) },
      { name: 'Ortsteile_Bremerhaven.zip', mimeType: 'application/zip', buffer: gisShapefile() },
      { name: 'Kitas_Sozialplanung.csv', mimeType: 'text/csv', buffer: kitaList() },
    ]);
    // The cell problem names file, sheet, row and column; the symbol is kept, not a number.
    const cellProblems = page.getByTestId('ws-zellprobleme');
    await cellProblems.waitFor({ timeout: 30_000 });
    expect(await cellProblems.textContent()).toMatch(
      /Einwohner_Ortsteile\.xlsx, Blatt Einwohner, Zeile \d+, Feld Bevölkerung am 31\.12\. · 2020: keine Zahl .*„12a“/,
    );
    await expect
      .poll(() => page.getByTestId('ws-werte').textContent())
      .toMatch(/94 Werte gelesen.*1 Zeichen/);
    await expect
      .poll(() => page.getByText(/Grenzen aus Ortsteile_Bremerhaven\.zip: 24 Ortsteile/).count())
      .toBe(1);
    console.log(`workbook and Shapefile read and mapped: ${Date.now() - started} ms`);
    expect(await page.getByText(/Schlüsselfeld: OT_NR/).count()).toBe(1);
    expect(
      await page.getByText(/EPSG:25832 \(aus der \.prj-Datei, nach WGS84 umgerechnet\)/).count(),
    ).toBeGreaterThan(0);

    // The Kita list (Windows-1252, UTM coordinates): kinds mapped, one broken row named.
    const kitas = page.getByTestId('ws-einrichtungen-gelesen');
    await kitas.waitFor({ timeout: 30_000 });
    expect(await kitas.textContent()).toMatch(
      /3 Einrichtungen gelesen, 1 Zeilen nicht übernommen \(Kitas 3\).*EPSG:25832/,
    );
    expect(await page.getByTestId('ws-einrichtungen-probleme').textContent()).toMatch(
      /Kitas_Sozialplanung\.csv, Zeile 6, Feld Rechtswert \/ Hochwert: keine Koordinate/,
    );
    expect(await page.getByText(/Windows-1252/).count()).toBeGreaterThan(0);

    // Nothing is taken without provenance.
    expect(await page.getByRole('button', { name: 'Prüfen' }).isDisabled()).toBe(true);
    await fillProvenance(page, {
      titel: 'Bevölkerung nach Ortsteilen 2019–2022',
      herausgeber: 'Magistrat Bremerhaven, Statistikamt',
      stichtag: '2022-12-31',
      lizenz: 'nur intern',
    });
    await page.getByRole('button', { name: 'Prüfen' }).click();
    const diff = page.getByTestId('ws-diff');
    await diff.waitFor({ timeout: 30_000 });
    const row = await diff.getByRole('row', { name: /Einwohnerinnen und Einwohner/ }).textContent();
    expect(row).toMatch(/2019, 2020, 2021, 2022/);
    expect(
      await page.getByTestId('ws-einrichtungen-diff').getByRole('row', { name: /Kitas/ }).textContent(),
    ).toMatch(/3$/);
    // The map of changes: every Ortsteil with new values counted, and the same as a table.
    const changeMap = page.getByTestId('ws-aenderungskarte');
    await changeMap.waitFor();
    await changeMap.screenshot({ path: `${SHOTS}/aenderungskarte.png` });
    expect(await changeMap.locator('path[data-art="beispiel"]').count()).toBe(24);
    await page.getByText('Änderungen je Ortsteil als Tabelle').click();
    expect(await page.getByTestId('ws-aenderungen-je-gebiet').getByRole('row').count()).toBe(25);
    await page.getByTestId('ws-grenzen-diff').waitFor();
    expect(await page.getByTestId('ws-grenzen-diff').getByRole('row').count()).toBe(25);
    await page.screenshot({ path: `${SHOTS}/datenwerkstatt.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The answers are saved for next year.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Zuordnung speichern' }).click(),
    ]);
    const saved = readFileSync(await download.path());
    expect(JSON.parse(saved.toString('utf8'))).toMatchObject({ format: 'qx-zuordnung/1' });

    // Published: the package as the site's files, with what changed, for the city's IT.
    const [pkgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Datenpaket herunterladen' }).click(),
    ]);
    expect(pkgDownload.suggestedFilename()).toMatch(/^datenpaket-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(readFileSync(await pkgDownload.path()));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['AENDERUNGEN.md', 'data/beobachtungen.csv', 'geo/ortsteile.geojson']),
    );
    expect(new TextDecoder().decode(zip['AENDERUNGEN.md'])).toMatch(/Kitas_Sozialplanung\.csv/);

    // The headless twin with the same files and the saved Zuordnung writes the same package; it
    // fails (exit 1) on the same unreadable cell the page showed, which neither package contains.
    const changes = new TextDecoder().decode(zip['AENDERUNGEN.md']);
    const day = /Erstellt am (\d{4}-\d{2}-\d{2})/.exec(changes)![1]!;
    const twin = await runHeadless({
      files: [
        { datei: 'Einwohner_Ortsteile.xlsx', bytes: broken },
        { datei: 'Ortsteile_Bremerhaven.zip', bytes: gisShapefile() },
        { datei: 'Kitas_Sozialplanung.csv', bytes: kitaList() },
      ],
      base: shippedTexts(),
      mapping: { datei: 'zuordnung.json', text: saved.toString('utf8') },
      erstellt: `${day}T12:00:00.000Z`,
    });
    expect(twin.problems.map(formatIssue)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Einwohner_Ortsteile\.xlsx, Blatt Einwohner, Zeile \d+, Feld .*2020: keine Zahl/,
        ),
        expect.stringMatching(
          /^Kitas_Sozialplanung\.csv, Zeile 6, Feld Rechtswert \/ Hochwert: keine Koordinate/,
        ),
      ]),
    );
    const decoded = (files: Record<string, Uint8Array>) =>
      Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
    expect(decoded(unzipSync(twin.published!.zip))).toEqual(decoded(zip));

    // Applied: every view runs on the merged package and says so.
    await page.getByRole('button', { name: /Übernehmen/ }).click();
    await page.waitForURL(/ansicht=karte/);
    await page.getByTestId('tabelle').waitFor();
    const own = page.getByTestId('hinweis-eigene-daten');
    await own.waitFor();
    expect(await own.textContent()).toMatch(/Eigene Daten \(nur in diesem Browser\)/);
    await mapIdle(page);
    await page.screenshot({ path: `${SHOTS}/eigene-daten-karte.png` });
    // The symbol is shown with its meaning, never as a number.
    await page.goto(`${s.base}?ansicht=karte&indikator=einwohner&jahr=2021&ebene=ortsteil`);
    await page.getByTestId('tabelle').waitFor();
    expect(
      await page
        .getByTestId('tabelle')
        .getByRole('row', { name: /Surheide/ })
        .textContent(),
    ).toMatch(/unterdrückt \(\. unbekannt oder geheim\)/);
    for (const q of [
      '?ansicht=vergleich&vergleich=212,215,231',
      '?ansicht=profil&gebiet=215',
      '?ansicht=praesentation',
    ]) {
      await page.goto(`${s.base}${q}`);
      await own.waitFor({ timeout: 20_000 });
    }
    // The reload keeps the import (IndexedDB); the Datenwerkstatt shows it and removes it in one click.
    await page.goto(`${s.base}?ansicht=daten`);
    await page.getByTestId('ws-aktiv').waitFor();
    expect(await page.getByTestId('ws-aktiv').textContent()).toMatch(
      /Bevölkerung nach Ortsteilen 2019–2022 \(amtlich\)/,
    );
    // Removing reloads the page: wait for the new one before going on.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Eigene Daten entfernen' }).click(),
    ]);
    await page.getByRole('heading', { level: 2, name: 'Datenwerkstatt' }).waitFor();
    await expect.poll(() => page.getByTestId('ws-aktiv').count()).toBe(0);
    expect(await own.count()).toBe(0);

    // The published package opens again: its own values, facilities and source are the base.
    await page.locator('#ws-dateien').setInputFiles([
      {
        name: 'datenpaket.zip',
        mimeType: 'application/zip',
        buffer: readFileSync(await pkgDownload.path()),
      },
    ]);
    await expect
      .poll(() => page.getByTestId('ws-paket').textContent(), { timeout: 30_000 })
      .toMatch(
        /Veröffentlichtes Datenpaket: 95 eigene Werte, 3 Einrichtungen, 0 neue Kennzahlen, eigene Grenzen/,
      );
    expect(await page.getByLabel('Titel der Quelle').inputValue()).toBe(
      'Bevölkerung nach Ortsteilen 2019–2022',
    );

    // Next year: a renamed workbook with a new year column and the saved answers (renamed too).
    const nextYear = await statistikamtWorkbook({ years: [2020, 2021, 2022, 2023] });
    await page.locator('#ws-dateien').setInputFiles([
      { name: 'meine-antworten.json', mimeType: 'application/json', buffer: saved },
      { name: 'Bevoelkerung_2023.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(nextYear) },
    ]);
    await expect
      .poll(() => page.getByTestId('ws-werte').textContent(), { timeout: 30_000 })
      .toMatch(/96 Werte gelesen/);
    expect(await page.getByLabel('Status').inputValue()).toBe('amtlich');
    expect(await page.getByRole('button', { name: 'Prüfen' }).isDisabled()).toBe(false);
  });
});
