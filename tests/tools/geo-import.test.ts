import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedModel } from '../../tools/fixtures/shipped.ts';
import { importOfficial } from '../../src/data/import/geo/boundaries.ts';
import { polygonShapefileZip } from '../../tools/fixtures/shapefile.ts';

const root = resolve(import.meta.dirname, '../..');
const { pkg: shipped } = shippedModel();
const areas = shipped.areas;
const levels = shipped.manifest.ebenen.map((e) => ({ id: e.id, namen: e.namen.de }));
const schematic = JSON.parse(readFileSync(join(root, 'public/geo/ortsteile.geojson'), 'utf8')) as {
  features: { properties: { schluessel: string; flaeche_km2_geometrie: number } }[];
};

/**
 * The fixture as the city's GIS would deliver it: the schematic partition as a zipped Shapefile in
 * EPSG:25832, keys in the 4-digit form in a field OT_NR, names in OT_NAME.
 */
function shapefileFixture(drop?: string, prj = true): Uint8Array {
  const fc = JSON.parse(readFileSync(join(root, 'public/geo/ortsteile.geojson'), 'utf8'));
  fc.features = fc.features
    .filter((f: { properties: { schluessel: string } }) => f.properties.schluessel !== drop)
    .map((f: { properties: { schluessel: string; name: string }; geometry: unknown }) => ({
      type: 'Feature',
      properties: { OT_NR: `${f.properties.schluessel}0`, OT_NAME: f.properties.name },
      geometry: f.geometry,
    }));
  return polygonShapefileZip('ortsteile', fc.features, { prj });
}

let fixture: Uint8Array;
beforeAll(() => {
  fixture = shapefileFixture();
});

describe('geo:import', () => {
  it('round-trips the schematic partition through a Shapefile in EPSG:25832', async () => {
    const r = await importOfficial({
      fileName: 'ortsteile.zip',
      bytes: fixture,
      keyField: 'OT_NR',
      nameField: 'OT_NAME',
      keepPercent: 50,
      areas,
      levels,
      quelle: 'amtliche-grenzen',
    });
    expect(r.errors).toEqual([]);
    const ot = JSON.parse(r.files.ebene1!);
    const st = JSON.parse(r.files.ebene2!);
    const bz = JSON.parse(r.files.ebene3!);
    expect([ot.features.length, st.features.length, bz.features.length]).toEqual([24, 9, 2]);
    expect(ot.genauigkeit).toBe('amtlich');
    for (const f of schematic.features) {
      const imported = r.report.find((x) => x.schluessel === f.properties.schluessel)!;
      expect(
        Math.abs(imported.flaeche_km2 - f.properties.flaeche_km2_geometrie),
        f.properties.schluessel,
      ).toBeLessThan(0.02 * f.properties.flaeche_km2_geometrie + 0.02);
    }
  });

  it('writes files that pass data:check, through the command line', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'qe-import-'));
    cpSync(join(root, 'data'), join(tmp, 'data'), { recursive: true });
    cpSync(join(root, 'public/geo'), join(tmp, 'public/geo'), { recursive: true });
    const zip = join(tmp, 'ortsteile.zip');
    writeFileSync(zip, fixture);
    const tsx = ['--import', 'tsx'];
    execFileSync(
      process.execPath,
      [
        ...tsx,
        join(root, 'tools/geo/import-cli.ts'),
        zip,
        '--schluessel',
        'OT_NR',
        '--ziel',
        join(tmp, 'public/geo'),
      ],
      { stdio: 'pipe' },
    );
    expect(readFileSync(join(tmp, 'public/geo/stadtteile.geojson'), 'utf8')).toContain(
      '"genauigkeit": "amtlich"',
    );
    const out = execFileSync(
      process.execPath,
      [...tsx, join(root, 'tools/data-check/cli.ts'), '--root', tmp],
      { encoding: 'utf8' },
    );
    expect(out).toContain('Datenpaket gültig');
  });

  it('names a missing Ortsteil and a wrong key field and writes nothing', async () => {
    const missing = await importOfficial({
      fileName: 'ortsteile.zip',
      bytes: shapefileFixture('215'),
      keyField: 'OT_NR',
      keepPercent: 50,
      areas,
      levels,
      quelle: 'amtliche-grenzen',
    });
    expect(missing.errors).toContain('ortsteile.zip: Ortsteil 215 Grünhöfe fehlt');
    expect(missing.files).toEqual({});
    const wrongField = await importOfficial({
      fileName: 'ortsteile.zip',
      bytes: fixture,
      keyField: 'OTNR',
      keepPercent: 50,
      areas,
      levels,
      quelle: 'amtliche-grenzen',
    });
    expect(wrongField.errors[0]).toMatch(
      /ortsteile\.zip, Feature 1: Schlüsselfeld „OTNR“ fehlt \(vorhanden: OT_NR, OT_NAME\)/,
    );
  });

  it('reports overlapping Ortsteile', async () => {
    const fc = JSON.parse(readFileSync(join(root, 'public/geo/ortsteile.geojson'), 'utf8'));
    const grow = fc.features.find(
      (f: { properties: { schluessel: string } }) => f.properties.schluessel === '212',
    );
    const other = fc.features.find(
      (f: { properties: { schluessel: string } }) => f.properties.schluessel === '211',
    );
    grow.geometry = {
      type: 'MultiPolygon',
      coordinates: [
        ...(grow.geometry.type === 'Polygon' ? [grow.geometry.coordinates] : grow.geometry.coordinates),
        ...(other.geometry.type === 'Polygon' ? [other.geometry.coordinates] : other.geometry.coordinates),
      ],
    };
    const r = await importOfficial({
      fileName: 'ueberlappung.geojson',
      bytes: new TextEncoder().encode(JSON.stringify(fc)),
      keyField: 'schluessel',
      keepPercent: 100,
      areas,
      levels,
      quelle: 'amtliche-grenzen',
    });
    expect(r.errors.some((e) => /Ortsteile 211 und 212 überlappen um \d+\.\d{3} km²/.test(e))).toBe(true);
  });

  it('reads a Shapefile without .prj in the CRS given by --crs, and rejects an unknown CRS', async () => {
    const base = {
      fileName: 'ortsteile.zip',
      keyField: 'OT_NR',
      keepPercent: 50,
      areas,
      levels,
      quelle: 'amtliche-grenzen',
    };
    const r = await importOfficial({ ...base, bytes: shapefileFixture(undefined, false), crs: '25832' });
    expect(r.errors).toEqual([]);
    expect(r.report.find((x) => x.schluessel === '215')!.flaeche_km2).toBeCloseTo(
      schematic.features.find((f) => f.properties.schluessel === '215')!.properties.flaeche_km2_geometrie,
      1,
    );
    const bad = await importOfficial({ ...base, bytes: fixture, crs: 'EPSG:9999' });
    expect(bad.errors).toEqual([
      'ortsteile.zip: kann nicht gelesen werden (unbekanntes Koordinatensystem „EPSG:9999“)',
    ]);
  });

  it('keeps shared borders identical after simplification: Stadtteile are exactly their Ortsteile', async () => {
    const r = await importOfficial({
      fileName: 'ortsteile.zip',
      bytes: fixture,
      keyField: 'OT_NR',
      keepPercent: 10,
      areas,
      levels,
      quelle: 'amtliche-grenzen',
    });
    const ot = JSON.parse(r.files.ebene1!) as {
      features: { properties: { eltern: string; flaeche_km2_geometrie: number } }[];
    };
    const st = JSON.parse(r.files.ebene2!) as {
      features: { properties: { schluessel: string; flaeche_km2_geometrie: number } }[];
    };
    for (const s of st.features) {
      const sum = ot.features
        .filter((f) => f.properties.eltern === s.properties.schluessel)
        .reduce((a, f) => a + f.properties.flaeche_km2_geometrie, 0);
      expect(Math.abs(sum - s.properties.flaeche_km2_geometrie), s.properties.schluessel).toBeLessThan(
        0.02 * 4,
      );
    }
  });

  it('names an empty file, null coordinates and an inherited key instead of throwing', async () => {
    const base = { keyField: 'schluessel', keepPercent: 50, areas, levels, quelle: 'amtliche-grenzen' };
    const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    const empty = await importOfficial({
      ...base,
      fileName: 'leer.geojson',
      bytes: json({ type: 'FeatureCollection', features: [] }),
    });
    expect(empty.errors).toEqual(['leer.geojson: die Datei enthält keine Features']);
    const fc = JSON.parse(readFileSync(join(root, 'public/geo/ortsteile.geojson'), 'utf8'));
    fc.features[0].geometry.coordinates = null;
    fc.features[1].geometry.coordinates = [
      [
        [8.5, null],
        [8.6, 53.5],
        [8.5, 53.5],
      ],
    ];
    const nulls = await importOfficial({
      ...base,
      fileName: 'null.geojson',
      bytes: json(fc),
      crs: 'EPSG:4326',
    });
    expect(nulls.errors.slice(0, 2)).toEqual([
      'null.geojson, Feature 1, Feld geometry.coordinates: Ortsteil 111 hat fehlende oder ungültige Koordinaten',
      'null.geojson, Feature 2, Feld geometry.coordinates: Ortsteil 121 hat fehlende oder ungültige Koordinaten',
    ]);
    const inherited = await importOfficial({
      ...base,
      fileName: 'x.geojson',
      bytes: json(fc),
      keyField: 'constructor',
    });
    expect(inherited.errors[0]).toMatch(/^x\.geojson, Feature 1: Schlüsselfeld „constructor“ fehlt/);
  });
});
