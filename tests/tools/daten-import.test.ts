import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { EPSG_25832 } from '../../src/data/import/geo/crs.ts';
import { runHeadless, type HeadlessInput } from '../../src/data/import/headless.ts';
import { ZUORDNUNG_FORMAT, type MappingFile } from '../../src/data/import/mapping.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { checkPackage } from '../../src/data/checks/index.ts';
import { parsePackage, type PackageFilesOf } from '../../src/data/package.ts';
import { packageInZip } from '../../src/data/import/reopen.ts';
import { addressCsv, fixtureAddresses } from '../../tools/fixtures/addresses.ts';
import { polygonShapefileZip } from '../../tools/fixtures/shapefile.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';
import { statistikamtWorkbook } from '../../tools/fixtures/workbook.ts';

const root = resolve(import.meta.dirname, '../..');
const { texts, pkg } = shippedModel();
const quelle = {
  titel: 'Bevölkerung nach Ortsteilen 2022',
  herausgeber: 'Magistrat Bremerhaven, Statistikamt',
  stichtag: '2022-12-31',
  lizenz: 'dl-de/by-2-0',
  status: 'amtlich' as const,
};
const erstellt = '2026-12-02T08:00:00.000Z';
const run = (files: HeadlessInput['files'], o: Partial<HeadlessInput> = {}) =>
  runHeadless({ files, base: texts, quelle, erstellt, ...o });
const enc = (s: string) => new TextEncoder().encode(s);

/**
 * The package's own long format as German Excel saves it: BOM, `;`, decimal comma, CRLF, a symbol
 * in the value column and one in the `zeichen` column with the value empty.
 */
function excelLongFormat(edit: (cells: string[], i: number) => string[] = (c) => c): Uint8Array {
  const rows = parseCsv(texts.beobachtungen).rows.filter(
    (r) => r.jahr === '2022' && (r.indikator === 'einwohner' || r.indikator === 'durchschnittsalter'),
  );
  const lines = ['gebiet;indikator;jahr;wert;quelle;prognose;zeichen'];
  rows.forEach((r, i) => {
    let cells = [r.gebiet!, r.indikator!, r.jahr!, r.wert!.replace('.', ','), 'statistikamt', '0', ''];
    if (r.gebiet === '121' && r.indikator === 'einwohner') cells[3] = '.';
    if (r.gebiet === '122' && r.indikator === 'einwohner') cells = [...cells.slice(0, 3), '', 'x', '0', '–'];
    cells = edit(cells, i);
    lines.push(cells.join(';'));
  });
  return enc(`\uFEFF${lines.join('\r\n')}\r\n`);
}

const unzip = (zip: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, new TextDecoder().decode(v)]));
/** The published files as package texts, parsed and checked as data:check does. */
function judged(zip: Uint8Array) {
  const files = unzip(zip);
  const parsed = parsePackage(packageInZip(zip)! as PackageFilesOf<string>);
  return { files, pkg: parsed.pkg, issues: [...parsed.issues, ...checkPackage(parsed.pkg)] };
}

const ortsteile = pkg.boundaries.ebene1!.features;
const to25832 = proj4('EPSG:4326', EPSG_25832).forward;
/** The Ortsteile in EPSG:25832 with 4-digit keys, as GeoJSON (no CRS member: told by the range). */
function utmGeoJson(): Uint8Array {
  return enc(
    JSON.stringify({
      type: 'FeatureCollection',
      features: ortsteile.map((f) => ({
        type: 'Feature',
        properties: { OT_NR: `${f.properties.schluessel}0` },
        geometry: {
          type: f.geometry.type,
          coordinates:
            f.geometry.type === 'Polygon'
              ? f.geometry.coordinates.map((r) => r.map((p) => to25832([p[0], p[1]])))
              : f.geometry.coordinates.map((poly) => poly.map((r) => r.map((p) => to25832([p[0], p[1]])))),
        },
      })),
    }),
  );
}

describe('daten:import, the Datenwerkstatt without the page', () => {
  it('reads the package long format as Excel saves it: BOM, `;`, decimal comma, symbols in both places', async () => {
    const r = await run([{ datei: 'Bevoelkerung_2022.csv', bytes: excelLongFormat() }]);
    expect(r.problems).toEqual([]);
    expect(r.notes.join('\n')).toMatch(/Trennzeichen „;“, Dezimalkomma, UTF-8/);
    const { pkg: out, issues } = judged(r.published!.zip);
    expect(issues).toEqual([]);
    const obs = (g: string, i: string) =>
      out.observations.find((o) => o.gebiet === g && o.indikator === i && o.jahr === 2022);
    // Decimal comma read as a number; both symbols kept as symbols, never as numbers.
    const age = parseCsv(texts.beobachtungen).rows.find(
      (x) => x.gebiet === '111' && x.indikator === 'durchschnittsalter' && x.jahr === '2022',
    )!;
    expect(obs('111', 'durchschnittsalter')).toMatchObject({
      wert: Number(age.wert),
      quelle: 'eigene-daten',
    });
    const symbol = (g: string) =>
      out.symbols.find((o) => o.gebiet === g && o.indikator === 'einwohner' && o.jahr === 2022)?.zeichen;
    expect([symbol('121'), symbol('122')]).toEqual(['.', '–']);
    expect([obs('121', 'einwohner'), obs('122', 'einwohner')]).toEqual([undefined, undefined]);
    expect(r.mapping.tabellen['Bevoelkerung_2022.csv']).toMatchObject({
      form: 'lang',
      zeichenSpalte: 'zeichen',
    });
  });

  it('reads boundaries in EPSG:25832 with 4-digit keys as GeoJSON and as a zipped Shapefile', async () => {
    const shp = polygonShapefileZip(
      'Ortsteile',
      ortsteile.map((f) => ({ properties: { OT_NR: `${f.properties.schluessel}0` }, geometry: f.geometry })),
    );
    for (const [datei, bytes] of [
      ['ortsteile_utm.geojson', utmGeoJson()],
      ['Ortsteile.zip', shp],
    ] as const) {
      const r = await run([{ datei, bytes }]);
      expect(r.problems, datei).toEqual([]);
      expect(r.notes.join('\n'), datei).toMatch(/EPSG:25832/);
      const { pkg: out, issues, files } = judged(r.published!.zip);
      expect(issues, datei).toEqual([]);
      expect(out.boundaries.ebene1!.features).toHaveLength(24);
      expect(JSON.parse(files['geo/ortsteile.geojson']!)).toMatchObject({ quelle: 'eigene-daten' });
      expect(files['AENDERUNGEN.md']).toMatch(new RegExp(`## Grenzen aus ${datei.replace('.', '\\.')}`));
    }
  });

  it('takes the answers from the saved Zuordnung, and next year’s workbook with a new column', async () => {
    const book = await statistikamtWorkbook({ years: [2019, 2020, 2021, 2022] });
    const first = await run([{ datei: 'Einwohner_Ortsteile.xlsx', bytes: book }]);
    expect(first.problems).toEqual([]);
    const saved: MappingFile = { ...first.mapping, quelle };
    const next = await statistikamtWorkbook({ years: [2020, 2021, 2022, 2023] });
    const r = await run([{ datei: 'Einwohner_2023.xlsx', bytes: next }], {
      mapping: { datei: 'zuordnung.json', text: JSON.stringify(saved) },
      quelle: {},
    });
    expect(r.problems).toEqual([]);
    const { pkg: out } = judged(r.published!.zip);
    const own = out.observations.filter((o) => o.quelle === 'eigene-daten');
    expect(new Set(own.map((o) => o.jahr))).toEqual(new Set([2020, 2021, 2022, 2023]));
    expect(out.sources.find((s) => s.id === 'eigene-daten')).toMatchObject({ titel: quelle.titel });
  });

  it('names every problem with file, row and field, and writes nothing when the package would break', async () => {
    const unknown = await run([
      {
        datei: 'Bevoelkerung_2022.csv',
        bytes: excelLongFormat((c, i) =>
          i === 0 ? ['999', ...c.slice(1)] : i === 2 ? [...c.slice(0, 3), '12a', ...c.slice(4)] : c,
        ),
      },
    ]);
    const lines = unknown.problems.map((p) => [p.datei, p.ort, p.feld, p.meldung].join(' | '));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Bevoelkerung_2022\.csv \| Zeile 2 \| gebiet \| Gebiet „999“ nicht gefunden$/),
        expect.stringMatching(/^Bevoelkerung_2022\.csv \| Zeile 4 \| wert \| keine Zahl.*„12a“/),
      ]),
    );
    // The rest is publishable, as the page would let it be downloaded; the run still fails.
    expect(unknown.published).toBeDefined();

    const noSource = await run([{ datei: 'b.csv', bytes: excelLongFormat() }], {
      quelle: { titel: 'Nur Titel' },
    });
    expect(noSource.published).toBeUndefined();
    expect(noSource.problems.map((p) => p.feld)).toEqual(['herausgeber', 'stichtag', 'lizenz', 'status']);

    const broken = await run([{ datei: 'b.csv', bytes: excelLongFormat() }], {
      mapping: { datei: 'zuordnung.json', text: '{"format": "qx-zuordnung/1", "tabellen": 3}' },
    });
    expect(broken.published).toBeUndefined();
    expect(broken.problems[0]).toMatchObject({ datei: 'zuordnung.json', feld: 'tabellen' });

    // A share outside [0, 1] fails the package's own rules: nothing is written.
    const share = parseCsv(texts.beobachtungen).rows.find((x) => x.indikator === 'anteil_auslaender')!;
    const bad = await run(
      [
        {
          datei: 'anteil.csv',
          bytes: enc(`gebiet;indikator;jahr;wert\r\n${share.gebiet};anteil_auslaender;2022;1,7\r\n`),
        },
      ],
      {
        mapping: {
          datei: 'z.json',
          text: JSON.stringify({
            format: ZUORDNUNG_FORMAT,
            tabellen: {
              'anteil.csv': {
                blatt: 'anteil.csv',
                gebiet: 'gebiet',
                form: 'lang',
                spalten: { wert: 'wert' },
                indikatorSpalte: 'indikator',
                jahrSpalte: 'jahr',
                anteile: { anteil_auslaender: 'dezimal' },
                namen: {},
              },
            },
          }),
        },
      },
    );
    expect(bad.published).toBeUndefined();
    expect(bad.problems.map((p) => `${p.datei}, ${p.ort}: ${p.meldung}`).join('\n')).toMatch(
      /^anteil\.csv, Zeile 2: .*Anteil/m,
    );
  });

  it('as a command: exit 0 writes a folder data:check accepts, 1 names problems, 2 for a wrong call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qx-daten-import-'));
    const cli = (...args: string[]) => {
      try {
        const out = execFileSync(
          process.execPath,
          ['--import', 'tsx', join(root, 'tools/import/cli.ts'), ...args],
          {
            stdio: 'pipe',
          },
        );
        return { code: 0, out: out.toString(), err: '' };
      } catch (e) {
        const x = e as { status: number; stdout: Buffer; stderr: Buffer };
        return { code: x.status, out: x.stdout.toString(), err: x.stderr.toString() };
      }
    };
    const csv = join(dir, 'Bevoelkerung_2022.csv');
    writeFileSync(csv, excelLongFormat());
    const source = [
      '--titel',
      quelle.titel,
      '--herausgeber',
      quelle.herausgeber,
      '--stichtag',
      quelle.stichtag,
    ];
    const ok = cli(
      csv,
      '--ziel',
      join(dir, 'paket'),
      ...source,
      '--lizenz',
      quelle.lizenz,
      '--status',
      'amtlich',
    );
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Datenpaket geschrieben nach .*paket \(11 Dateien/);
    const check = execFileSync(process.execPath, [
      '--import',
      'tsx',
      join(root, 'tools/data-check/cli.ts'),
      '--root',
      join(dir, 'paket'),
    ]);
    expect(check.toString()).toMatch(/Datenpaket gültig/);

    const noStatus = cli(csv, '--ziel', join(dir, 'ohne'), ...source, '--lizenz', quelle.lizenz);
    expect(noStatus.code).toBe(1);
    expect(noStatus.err).toMatch(
      /^Quelle, Feld status: fehlt: „quelle\.status“ in der Zuordnung oder --status angeben$/m,
    );
    expect(existsSync(join(dir, 'ohne'))).toBe(false);

    expect(cli(csv).code).toBe(2);
    expect(cli('--ziel', dir).err).toMatch(/keine Dateien angegeben/);
    expect(cli(join(dir, 'fehlt.csv'), '--ziel', dir).err).toMatch(/Datei „.*fehlt\.csv“ nicht gefunden/);
    expect(readFileSync(join(dir, 'paket/AENDERUNGEN.md'), 'utf8')).toMatch(/Bevoelkerung_2022\.csv/);

    // Address points: boundaries derived, the address index written; data:check wants the index.
    const adr = join(dir, 'Gebaeudeadressen.csv');
    writeFileSync(adr, addressCsv(fixtureAddresses(3000)));
    const withAddresses = cli(
      adr,
      '--ziel',
      join(dir, 'adressen'),
      ...source,
      '--lizenz',
      'CC BY 4.0',
      '--status',
      'amtlich',
    );
    expect(withAddresses.err).toBe('');
    expect(withAddresses.out).toMatch(/Grenzen aus Adresspunkten abgeleitet: etwa ± \d+ m/);
    expect(existsSync(join(dir, 'adressen/geo/adressen.json'))).toBe(true);
    const checked = execFileSync(process.execPath, [
      '--import',
      'tsx',
      join(root, 'tools/data-check/cli.ts'),
      '--root',
      join(dir, 'adressen'),
    ]);
    expect(checked.toString()).toMatch(/Datenpaket gültig/);
    rmSync(join(dir, 'adressen/geo/adressen.json'));
    let missing = '';
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'tools/data-check/cli.ts'), '--root', join(dir, 'adressen')],
        { stdio: 'pipe' },
      );
    } catch (e) {
      missing = (e as { stderr: Buffer }).stderr.toString();
    }
    expect(missing).toMatch(
      /geo\/adressen\.json: Datei fehlt \(public\/geo\/ortsteile\.geojson nennt \d+ Adressen\)/,
    );
  });
});
