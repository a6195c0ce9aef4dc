import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { buildDataPackage } from '../../tools/data/build.ts';
import { buildFacilities } from '../../tools/data/facilities.ts';

const root = resolve(import.meta.dirname, '../..');
const facts = join(root, 'tools/data/facts');
const rows = parseCsv(readFileSync(join(root, 'data/beobachtungen.csv'), 'utf8')).rows;
const val = (g: string, i: string, y: number) =>
  Number(rows.find((r) => r.gebiet === g && r.indikator === i && r.jahr === String(y))?.wert);
const sum = (prefix: string, i: string, y: number) =>
  rows
    .filter(
      (r) =>
        r.gebiet!.length === 3 && r.gebiet!.startsWith(prefix) && r.indikator === i && r.jahr === String(y),
    )
    .reduce((s, r) => s + Number(r.wert), 0);
const figures = parseCsv(readFileSync(join(facts, 'ortsteile_figures.csv'), 'utf8')).rows;

describe('data package from tools/data/facts', () => {
  it('is reproduced byte for byte by the seeded generator', () => {
    const files = buildDataPackage(facts);
    for (const [name, text] of Object.entries(files))
      expect(text, name).toBe(readFileSync(join(root, 'data', name), 'utf8'));
    const facilities = buildFacilities(
      facts,
      readFileSync(join(root, 'public/geo/ortsteile.geojson'), 'utf8'),
    );
    expect(facilities).toBe(readFileSync(join(root, 'data/einrichtungen.geojson'), 'utf8'));
  });

  it('carries the sourced 2018 population and area of every Ortsteil, citing them', () => {
    const real = figures.filter((r) => r.level === 'ortsteil' && r.reference_date === '2018-12-31');
    expect(real).toHaveLength(48);
    for (const r of real) {
      const ind = r.indicator === 'population' ? 'einwohner' : 'flaeche_km2';
      const row = rows.find((o) => o.gebiet === r.area_key && o.indikator === ind && o.jahr === '2018')!;
      expect(Number(row.wert), `${r.area_key} ${ind}`).toBe(Number(r.value));
      expect(row.quelle).toMatch(/^wp-/);
    }
    expect(sum('', 'einwohner', 2018)).toBe(117606);
  });

  it('reproduces the known Stadtteil anchors with sample values', () => {
    expect(sum('13', 'auslaender', 2018) / sum('13', 'einwohner', 2018)).toBeCloseTo(0.206, 3);
    expect(val('231', 'auslaender', 2018) / val('231', 'einwohner', 2018)).toBeCloseTo(0.0495, 3);
    expect(sum('21', 'einwohner', 2017)).toBe(33681);
    expect(sum('21', 'einwohner', 2019)).toBe(32806);
    const u18 = (y: number) =>
      ['w', 'm']
        .flatMap((s) => ['0_5', '6_17'].map((b) => sum('21', `einwohner_${s}_${b}`, y)))
        .reduce((a, b) => a + b);
    expect([u18(2017), u18(2018), u18(2019)]).toEqual([5291, 5339, 5396]);
  });

  it('makes Surheide old and Goethestraße young and diverse', () => {
    const share = (k: string, bands: string[]) =>
      ['w', 'm']
        .flatMap((s) => bands.map((b) => val(k, `einwohner_${s}_${b}`, 2024)))
        .reduce((a, b) => a + b) / val(k, 'einwohner', 2024);
    const old = (k: string) => share(k, ['65_79', '80_plus']);
    const young = (k: string) => share(k, ['0_5', '6_17']);
    expect(old('231') / young('231')).toBeGreaterThan(1.7);
    expect(young('134')).toBeGreaterThan(young('231') * 1.4);
    expect(val('134', 'auslaender', 2024) / val('134', 'einwohner', 2024)).toBeGreaterThan(0.4);
  });

  it('leaves Surheide without an open grocery and Goethestraße with exactly one', () => {
    const fac = JSON.parse(readFileSync(join(root, 'data/einrichtungen.geojson'), 'utf8')).features as {
      properties: { kategorie: string; name: string; geschlossen: number | null };
    }[];
    const open = (re: RegExp) =>
      fac.filter(
        (f) =>
          f.properties.kategorie === 'lebensmittelmarkt' &&
          re.test(f.properties.name) &&
          f.properties.geschlossen === null,
      );
    expect(open(/Surheide/)).toHaveLength(0);
    expect(open(/Goethestraße/)).toHaveLength(1);
  });
});
