import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { readShapefileZip } from '../../src/data/import/geo/shapefile.ts';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, pngStats } from './app-page.ts';
import { SHOTS, appInBrowser } from './session.ts';

const app = appInBrowser();

/** Opens the export menu of the map view and downloads one file by its button. */
async function download(kind: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = app.page.getByTestId('export');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const button = menu.locator(`button[data-export="${kind}"]`);
  await button.waitFor();
  const [d] = await Promise.all([app.page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** The table's rows as the page shows them: area name → [value text, class swatch colour]. */
async function tableRows(): Promise<Map<string, { value: string; colour: string }>> {
  const rows = await app.page
    .getByTestId('tabelle')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent.trim(),
        value: tr.querySelector('td.num')!.textContent.trim(),
        colour: tr.getAttribute('data-colour')!,
      })),
    );
  return new Map(rows.map((r) => [r.name, r]));
}

describe('reports from the map view in Chromium', () => {
  it('exports PNG and SVG with every legend colour, one path per area and the provenance', async () => {
    await openApp(app.page, app.base, '?ansicht=karte&ebene=ortsteil&indikator=anteil_65_plus&jahr=2024');
    const legendColours = await app.page
      .getByTestId('legende')
      .locator('button[data-colour]')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-colour')!));
    expect(legendColours.length).toBeGreaterThanOrEqual(3);

    const svg = await download('svg');
    expect(svg.name).toBe('anteil_65_plus_ortsteil_2024_a4-quer.svg');
    const text = svg.bytes.toString('utf8');
    const paths = [...text.matchAll(/<path class="gebiet" data-schluessel="(\d+)"/g)].map((m) => m[1]);
    expect(paths).toHaveLength(24);
    expect(new Set(paths).size).toBe(24);
    expect(text.match(/<path\b/g)).toHaveLength(24);
    for (const c of legendColours) expect(text).toContain(`fill="${c}"`);
    expect(text).toContain('Beispielwerte – keine amtlichen Zahlen');
    expect(text).toContain('Grenzen schematisch');
    expect(text).toContain('Datenstand: 31.12.2024');
    expect(text).toMatch(/Quellen: .+Lizenz|Quellen: .+\(/);
    expect(text).toMatch(/<text[^>]*>N<\/text>/);
    expect(text).toMatch(/<text[^>]*>\d+ (km|m)<\/text>/);
    expect(text).not.toContain('<script');
    writeFileSync(`${SHOTS}/karte-export.svg`, svg.bytes);

    const png = await download('png');
    expect(png.name).toBe('anteil_65_plus_ortsteil_2024_a4-quer.png');
    const stats = await pngStats(app.page, png.bytes);
    expect(stats).toMatchObject({ width: 2246, height: 1588 });
    expect(stats.ink).toBeGreaterThan(0.05);
    for (const c of legendColours) expect(stats.colours).toContain(c.toLowerCase());
    writeFileSync(`${SHOTS}/karte-export.png`, png.bytes);

    // The other page formats: A4 upright and a 16:9 slide.
    await app.page.getByTestId('export-format').selectOption('folie');
    const slide = await download('png');
    expect(slide.name).toBe('anteil_65_plus_ortsteil_2024_folie.png');
    writeFileSync(`${SHOTS}/karte-export-folie.png`, slide.bytes);
    await app.page.getByTestId('export-format').selectOption('a4-hoch');
    const upright = await download('svg');
    expect(upright.bytes.toString('utf8')).toContain('viewBox="0 0 794 1123"');
  });

  it('exports the table as CSV and XLSX with the values the table shows, and geodata in WGS84 and EPSG:25832', async () => {
    await openApp(app.page, app.base, '?ansicht=karte&ebene=ortsteil&indikator=anteil_65_plus&jahr=2024');
    const shown = await tableRows();
    const csv = await download('csv');
    expect(csv.name).toBe('anteil_65_plus_ortsteil_2024.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Gebiet;Schlüssel;Ebene;Kennzahl;Einheit;Jahr;Wert;Klasse;Klassengrenzen;Rang;Status;Zeichen;Quelle',
    );
    const body = lines.slice(1, 26).map((l) => l.split(';'));
    expect(body).toHaveLength(25);
    for (const cells of body.slice(0, 24)) {
      const row = shown.get(cells[0]!)!;
      if (row.value === 'unterdrückt') {
        // A suppressed value stays empty: never a number.
        expect(cells[6]).toBe('');
        expect(cells[10]).toBe('unterdrückt – Beispielwert');
      } else {
        // "21,3 %" in the table is 21,3 in the CSV.
        expect(row.value.replace(/\s*%$/, '')).toBe(cells[6]);
        expect(cells[10]).toBe('Beispielwert');
      }
    }
    expect(body[24]![0]).toBe('Bremerhaven');
    expect(text).toContain('Datenstand: 31.12.2024');

    const xlsx = await download('xlsx');
    expect(xlsx.name).toBe('anteil_65_plus_ortsteil_2024.xlsx');
    const book = unzipSync(new Uint8Array(xlsx.bytes));
    const sheet = strFromU8(book['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(book['xl/sharedStrings.xml'] ?? new Uint8Array());
    // Each area's value is a number cell equal to the CSV's.
    for (const cells of body.slice(0, 24).filter((c) => c[6] !== '')) {
      const v = cells[6]!.replace(',', '.');
      expect(sheet).toContain(`<v>${v}</v>`);
    }
    expect(strings + sheet).toContain('Klassengrenzen');

    const geo = await download('geojson');
    expect(geo.name).toBe('anteil_65_plus_ortsteil_2024.geojson');
    const fc = JSON.parse(geo.bytes.toString('utf8')) as GeoJSON.FeatureCollection;
    expect(fc.features).toHaveLength(24);
    const f212 = fc.features.find((f) => f.properties!.schluessel === '212')!;
    expect(f212.properties!.name).toBe('Geestendorf');
    expect(String(f212.properties!.wert).replace('.', ',')).toBe(
      shown.get('Geestendorf')!.value.replace(/\s*%$/, ''),
    );
    const [lon, lat] = (f212.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    expect(lon).toBeGreaterThan(8.4);
    expect(lon).toBeLessThan(8.7);
    expect(lat).toBeGreaterThan(53.4);

    const zip = await download('shapefile');
    expect(zip.name).toBe('anteil_65_plus_ortsteil_2024_epsg25832.zip');
    const parts = unzipSync(new Uint8Array(zip.bytes));
    const prj = strFromU8(parts['anteil_65_plus_ortsteil_2024.prj']!);
    expect(prj).toContain('AUTHORITY["EPSG","25832"]]');
    expect(prj).toContain('PARAMETER["central_meridian",9]');
    const { fc: read } = readShapefileZip(new Uint8Array(zip.bytes));
    expect(read.features).toHaveLength(24);
    const back = read.features.find((f) => String(f.properties!.schluessel) === '215')!;
    expect(back.properties!.name).toBe('Grünhöfe');
    // The .shp holds metres of UTM zone 32N (its header's bounding box)…
    const shpBytes = parts['anteil_65_plus_ortsteil_2024.shp']!;
    const header = new DataView(shpBytes.buffer, shpBytes.byteOffset, 100);
    expect(header.getFloat64(36, true)).toBeGreaterThan(460_000);
    expect(header.getFloat64(52, true)).toBeLessThan(490_000);
    expect(header.getFloat64(44, true)).toBeGreaterThan(5_920_000);
    // …and read back through the .prj it is where the GeoJSON puts it.
    const ring = (back.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    expect(ring[0]).toBeGreaterThan(8.4);
    expect(ring[1]).toBeGreaterThan(53.4);
  });

  it('downloads the whole data as a documented ZIP', async () => {
    await openApp(app.page, app.base, '?ansicht=karte');
    const all = await download('alle');
    expect(all.name).toBe('bremerhaven_alle_daten.zip');
    const files = unzipSync(new Uint8Array(all.bytes));
    expect(Object.keys(files).sort()).toEqual([
      'LIESMICH.md',
      'daten_breit.csv',
      'daten_lang.csv',
      'gebiete.csv',
      'indikatoren.csv',
      'quellen.csv',
    ]);
    const readme = strFromU8(files['LIESMICH.md']!);
    expect(readme).toContain('Keine amtliche Zahl');
    expect(readme).toContain('Kleine Zahlen');
    expect(readme).toContain('dl-de/by-2-0');
    // fflate's strFromU8 (TextDecoder) drops the byte-order mark.
    const long = strFromU8(files['daten_lang.csv']!).split('\r\n');
    expect(long[0]).toBe(
      'schluessel;gebiet;ebene;indikator;kennzahl;einheit;jahr;wert;status;prognose;zeichen;quelle',
    );
    // Grünhöfe's real 2018 population, as the comparison shows it.
    expect(
      long.some((l) =>
        /^215;Grünhöfe;Ortsteil;einwohner;[^;]+;Personen;2018;6349;Sekundärquelle;0;;/.test(l),
      ),
    ).toBe(true);
    const sources = strFromU8(files['quellen.csv']!);
    expect(sources.split('\r\n')[0]).toContain('lizenz');
  });

  it('prints the map on an A4 landscape page with the table on a second page', async () => {
    await openApp(app.page, app.base, '?ansicht=karte&ebene=ortsteil&indikator=anteil_65_plus&jahr=2024');
    await app.page.getByTestId('export').locator('summary').click();
    await app.page.locator('button[data-export="drucken"]').waitFor();
    // window.print() blocks headless; record the call and render the layout.
    await app.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await app.page.locator('button[data-export="drucken"]').click();
    const layout = app.page.getByTestId('druckansicht');
    await layout.waitFor({ state: 'attached' });
    expect(await app.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await layout.locator('path[data-schluessel]').count()).toBe(24);
    expect(await layout.locator('tbody tr').count()).toBe(25);
    await app.page.emulateMedia({ media: 'print' });
    const pdf = await app.page.pdf({ preferCSSPageSize: true });
    await app.page.emulateMedia({ media: 'screen' });
    writeFileSync(`${SHOTS}/karte-druck.pdf`, pdf);
    const pdfText = pdf.toString('latin1');
    // Two pages, landscape A4 (842 × 595 pt).
    expect(pdfText.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(2);
    expect(pdfText).toMatch(/\/MediaBox\s*\[0 0 841\.9\d* 59[45]\.\d+\]/);
  });

  it('shows the Indikatorenblatt with definition, formula, rule, coverage, sources, map and series', async () => {
    await openApp(app.page, app.base, '?ansicht=karte&indikator=anteil_65_plus');
    await app.page.getByTestId('link-indikatorenblatt').first().click();
    const sheet = app.page.getByTestId('indikatorenblatt');
    await sheet.waitFor();
    expect(new URL(app.page.url()).searchParams.get('ansicht')).toBe('indikator');
    expect(await sheet.locator('h1').textContent()).toContain('Anteil ab 65 Jahren');
    expect(await sheet.getByTestId('blatt-formel').textContent()).toMatch(
      /anteil_65_plus\(G, j\) = Σ_\{o ∈ G\} einwohner_65_plus\(o, j\) ÷ Σ_\{o ∈ G\} einwohner\(o, j\)/,
    );
    expect(await sheet.getByTestId('blatt-kleinzahl').textContent()).toMatch(/unterdrückt|Keine/);
    expect(await sheet.getByTestId('blatt-abdeckung').locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await sheet.getByTestId('blatt-quellen').locator('li').count()).toBeGreaterThanOrEqual(1);
    expect(await sheet.locator('.sheet-figure path[data-schluessel]').count()).toBe(24);
    await app.page.screenshot({ path: `${SHOTS}/indikatorenblatt-1366x768.png`, fullPage: true });
    expect(await axeViolations(app.page)).toEqual([]);
    // An unknown id falls back with a notice, and the page keeps working.
    await app.page.goto(`${app.base}?ansicht=indikator&indikator=gibt_es_nicht`);
    await sheet.waitFor();
    expect(await app.page.getByRole('status').or(app.page.getByRole('alert')).allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('gibt_es_nicht')]),
    );
  });

  it('fits the Indikatorenblatt on a 390 px phone, axe clean', async () => {
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.page.goto(`${app.base}?ansicht=indikator&indikator=anteil_80_plus`);
    await app.page.getByTestId('indikatorenblatt').waitFor();
    await app.page.locator('.sheet-figure').waitFor();
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.page.screenshot({ path: `${SHOTS}/indikatorenblatt-390x844.png` });
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.setViewportSize({ width: 1366, height: 768 });
  });

  it('keeps the map view accessible with the export menu open', async () => {
    await openApp(app.page, app.base, '?ansicht=karte');
    await app.page.getByTestId('export').locator('summary').click();
    await app.page.locator('button[data-export="csv"]').waitFor();
    await app.page.screenshot({ path: `${SHOTS}/karte-export-menue-1366x768.png`, fullPage: true });
    expect(await axeViolations(app.page)).toEqual([]);
  });
});
