import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LAYER_FORMAT, type ImportLayer } from '../../../src/data/import/layer.ts';
import { ZUORDNUNG_FORMAT } from '../../../src/data/import/mapping.ts';
import { CHANGES_FILE, publishPackage } from '../../../src/data/import/publish.ts';
import { readContextOf, shippedModel } from '../../../tools/fixtures/shipped.ts';
import { sgbQuote } from '../../helpers/indicators.ts';

const root = resolve(import.meta.dirname, '../../..');
const { texts, pkg } = shippedModel();
const names = new Map(pkg.catalogue.indikatoren.map((i) => [i.id as string, i.label_de]));
const at = (row: number) => ({ datei: 'Einwohner.xlsx', ort: `Blatt Einwohner, Zeile ${row}`, feld: '2022' });
const layer = (werte: ImportLayer['werte']): ImportLayer => ({
  format: LAYER_FORMAT,
  erstellt: '2026-12-01T10:00:00.000Z',
  dateien: ['Einwohner.xlsx'],
  quelle: {
    titel: 'Einwohner nach Ortsteilen',
    herausgeber: 'Statistikamt Bremerhaven',
    stichtag: '2022-12-31',
    lizenz: 'dl-de/by-2-0',
    status: 'amtlich',
  },
  werte,
  neueIndikatoren: [],
  zuordnung: { format: ZUORDNUNG_FORMAT, tabellen: {} },
  hinweise: [],
});

/** data:check on a folder, as the city's IT runs it before deploying. */
function dataCheck(dir: string): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'tools/data-check/cli.ts'), '--root', dir],
      { stdio: 'pipe' },
    );
    return { code: 0, out: out.toString() };
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    return { code: err.status, out: err.stderr.toString() };
  }
}

describe('publishing the package out of the Datenwerkstatt', () => {
  it('writes the site layout and AENDERUNGEN.md; data:check accepts the unzipped folder', () => {
    // Ortsteil 212's 2022 value from the Statistikamt (equal to the sum of its age bands, as the rules ask).
    const wert = pkg.observations.find(
      (o) => o.gebiet === '212' && o.indikator === 'einwohner' && o.jahr === 2022,
    )!.wert;
    const r = publishPackage(
      texts,
      layer([{ gebiet: '212', indikator: 'einwohner', jahr: 2022, wert, herkunft: at(9) }]),
      names,
    );
    if (!r.ok) throw new Error(r.report.issues.map((i) => i.meldung).join('\n'));
    const files = unzipSync(r.zip);
    expect(Object.keys(files).sort()).toEqual([
      CHANGES_FILE,
      'data/beobachtungen.csv',
      'data/einrichtungen.geojson',
      'data/gebiete.csv',
      'data/indikatoren.json',
      'data/paket.json',
      'data/quellen.json',
      'geo/ortsteile.geojson',
      'geo/stadtbezirke.geojson',
      'geo/stadtgebiet.geojson',
      'geo/stadtteile.geojson',
    ]);
    const text = (p: string) => new TextDecoder().decode(files[p]);
    expect(text('data/beobachtungen.csv')).toContain(`\n212,einwohner,2022,${wert},eigene-daten,0\n`);
    expect(JSON.parse(text('data/quellen.json')).quellen.at(-1)).toMatchObject({
      id: 'eigene-daten',
      titel: 'Einwohner nach Ortsteilen',
      status: 'amtlich',
    });
    const changes = text(CHANGES_FILE);
    expect(changes).toMatch(
      /Quelle: Einwohner nach Ortsteilen — Statistikamt Bremerhaven, Stichtag 2022-12-31/,
    );
    expect(changes).toMatch(/Eingelesene Dateien: Einwohner\.xlsx/);
    expect(changes).toMatch(/\| Einwohnerinnen und Einwohner \| 2022 \| 1 \| 0 \| 0 \| 0 \| 23 \|/);
    const dir = mkdtempSync(join(tmpdir(), 'qx-paket-'));
    for (const [p, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), bytes);
    }
    const check = dataCheck(dir);
    expect(check.out).toMatch(/Datenpaket gültig|0 Probleme|gültig/);
    expect(check.code).toBe(0);
  });

  it('refuses a package that breaks a rule, and names it', () => {
    const r = publishPackage(
      texts,
      layer([{ gebiet: '212', indikator: 'einwohner', jahr: 2022, wert: -5, herkunft: at(9) }]),
      names,
    );
    expect(r.ok).toBe(false);
    expect(r.report.issues[0]).toMatchObject({
      datei: 'Einwohner.xlsx',
      ort: 'Blatt Einwohner, Zeile 9',
      meldung: 'negative Anzahl -5',
    });
  });
});

describe('a published package opened again in the Datenwerkstatt', () => {
  it('brings back its own values, symbols, facilities, new indicators and source; published again, the same files', async () => {
    const { readImportFile } = await import('../../../src/data/import/read.ts');
    const made = { indicator: sgbQuote(new Map(pkg.catalogue.indikatoren.map((i) => [i.id as string, i]))) };
    const kita = pkg.facilities.find((f) => f.properties.kategorie === 'kita')!;
    const first: ImportLayer = {
      ...layer([
        { gebiet: '212', indikator: 'sgb_ii_quote', jahr: 2022, wert: 0.182, herkunft: at(5) },
        { gebiet: '215', indikator: 'sgb_ii_quote', jahr: 2022, zeichen: '.', herkunft: at(6) },
      ]),
      neueIndikatoren: [made.indicator],
      einrichtungen: {
        dateien: ['Kitas.csv'],
        kategorien: ['kita'],
        features: [
          {
            kategorie: 'kita',
            name: 'Kita am Park',
            lon: kita.geometry.coordinates[0],
            lat: kita.geometry.coordinates[1],
            eroeffnet: 1998,
            geschlossen: null,
            lage: 'adresse',
            herkunft: { datei: 'Kitas.csv', ort: 'Zeile 2', feld: 'Name' },
          },
        ],
      },
    };
    const a = publishPackage(texts, first, names);
    if (!a.ok) throw new Error(a.report.issues.map((i) => i.meldung).join('\n'));
    const ctx = readContextOf(pkg);
    const read = await readImportFile('datenpaket-2026-12-01.zip', a.zip, ctx);
    if (read.art !== 'paket') throw new Error(read.art);
    const r = read.reopened;
    expect(r.quelle).toMatchObject(first.quelle);
    expect(r.neueIndikatoren.map((i) => i.id)).toEqual(['sgb_ii_quote']);
    expect(
      r.werte.map((v) => ({
        gebiet: v.gebiet,
        indikator: v.indikator,
        jahr: v.jahr,
        ...(v.wert !== undefined ? { wert: v.wert } : { zeichen: v.zeichen }),
      })),
    ).toEqual([
      { gebiet: '212', indikator: 'sgb_ii_quote', jahr: 2022, wert: 0.182 },
      { gebiet: '215', indikator: 'sgb_ii_quote', jahr: 2022, zeichen: '.' },
    ]);
    expect(r.werte[0]!.herkunft).toMatchObject({
      datei: 'datenpaket-2026-12-01.zip',
      ort: expect.stringMatching(/^data\/beobachtungen\.csv, Zeile \d+$/),
    });
    expect(r.einrichtungen?.features.map((f) => f.name)).toEqual(['Kita am Park']);
    const again: ImportLayer = {
      ...first,
      quelle: r.quelle!,
      werte: r.werte,
      neueIndikatoren: r.neueIndikatoren,
      einrichtungen: r.einrichtungen,
    };
    const b = publishPackage(texts, again, names);
    if (!b.ok) throw new Error('again');
    const fa = unzipSync(a.zip);
    const fb = unzipSync(b.zip);
    for (const p of Object.keys(fa).filter((p) => p !== CHANGES_FILE))
      expect(new TextDecoder().decode(fb[p]), p).toBe(new TextDecoder().decode(fa[p]));
  });
});
