import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/data/config.ts';
import { layerSchema } from '../../src/data/import/layer.ts';
import { packageKey } from '../../src/data/keys.ts';
import { locationFromManifest, packageFolder } from '../../src/data/location.ts';
import { parsePackage } from '../../src/data/package.ts';
import { cellOf } from '../../src/domain/values.ts';
import type { IndicatorId, Year } from '../../src/domain/ids.ts';
import { parentLevel } from '../../src/domain/levels.ts';
import { parseUrl, serializeUrl, setLevelWords } from '../../src/state/url.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { modelOf, shippedModel, shippedTexts } from '../../tools/fixtures/shipped.ts';
import { packageRoot, shippedPackages } from '../../tools/paket.ts';

const rostock = modelOf(shippedTexts(packageRoot('landkreis-rostock')));
const mini = modelOf(shippedTexts(packageRoot('test-miniatur')));
const id = (s: string) => s as IndicatorId;
const year = (n: number) => n as Year;

describe('package selection', () => {
  it('PAKET names a package under pakete/; an unknown one is an error that lists the shipped ones', () => {
    expect(shippedPackages()).toEqual(['bremerhaven', 'landkreis-rostock', 'test-miniatur']);
    expect(packageRoot('bremerhaven')).toBe(packageRoot(undefined));
    expect(packageRoot('landkreis-rostock')).toMatch(/pakete\/landkreis-rostock$/);
    expect(() => packageRoot('gibtsnicht')).toThrow(
      /PAKET=gibtsnicht.*vorhanden: bremerhaven, landkreis-rostock, test-miniatur/,
    );
    expect(() => packageRoot('../data')).toThrow(/PAKET=\.\.\/data/);
  });

  it('config.json names the package folder: relative, never outside the site', () => {
    expect(packageFolder(undefined)).toBe('');
    expect(packageFolder('.')).toBe('');
    expect(packageFolder('pakete/landkreis-rostock')).toBe('pakete/landkreis-rostock/');
    expect(packageFolder('pakete/rostock/')).toBe('pakete/rostock/');
    for (const bad of ['../x', 'a/../b', 'https://example.org/p', '/etc', 'a b', 5, {}])
      expect(packageFolder(bad), String(bad)).toBeNull();
    expect(parseConfig({ paket: 'pakete/landkreis-rostock' }).problem).toBeNull();
    expect(parseConfig({ paket: '../geheim' }).problem).toMatch(/config\.json, Feld paket: „\.\.\/geheim“/);
  });

  it('reads the first map’s needs loosely from a manifest: files, extent, URL words', () => {
    const loc = locationFromManifest(shippedTexts(packageRoot('landkreis-rostock')).paket, 'pakete/lr/');
    expect(loc.folder).toBe('pakete/lr/');
    expect(loc.files).toMatchObject({
      ebene1: 'geo/gemeinden.geojson',
      ebene2: 'geo/aemter.geojson',
      umriss: 'geo/kreis.geojson',
    });
    expect(loc.ebenen).toMatchObject({
      gemeinde: 'ebene1',
      gemeinden: 'ebene1',
      amt: 'ebene2',
      aemter: 'ebene2',
    });
    const crafted = locationFromManifest(
      JSON.stringify({
        ebenen: [
          { id: 'x', datei: '../../etc/passwd' },
          { id: 'y', datei: 'geo/ok.geojson' },
        ],
        ausschnitt: 'weit',
      }),
      '',
    );
    expect(crafted.files.ebene1).toBeUndefined();
    expect(crafted.files.ebene2).toBe('geo/ok.geojson');
    expect(crafted.ausschnitt).toEqual([-180, -85, 180, 85]);
    expect(locationFromManifest('{kein json', '').files.paket).toBe('data/paket.json');
  });
});

describe('levels and keys from the manifest', () => {
  it('finds the parent level by the package’s number of levels', () => {
    expect(parentLevel('ebene1', 3)).toBe('ebene2');
    expect(parentLevel('ebene3', 3)).toBe('gesamt');
    expect(parentLevel('ebene1', 1)).toBe('gesamt');
    expect(parentLevel('gesamt', 2)).toBeUndefined();
  });

  it('reads a key as offices write it, and guesses nothing else', () => {
    const bhv = new Set(['215', '21', '2']);
    expect(packageKey('215', bhv)).toBe('215');
    expect(packageKey('2150', bhv)).toBe('215');
    expect(packageKey(' 0215 ', bhv)).toBe('215');
    expect(packageKey('216', bhv)).toBeUndefined();
    const ags = new Set(['01001000', '13072043']);
    expect(packageKey('1001000', ags)).toBe('01001000');
    expect(packageKey('13072043', ags)).toBe('13072043');
    expect(packageKey('13072043.5', ags)).toBeUndefined();
    expect(packageKey('Güstrow', ags)).toBeUndefined();
  });

  it('takes the URL words of each package, and Bremerhaven’s links stay as they were', () => {
    try {
      setLevelWords(rostock.model.manifest.ebenen);
      const k = urlKnowledge(rostock.model);
      const { state, notices } = parseUrl('?ebene=aemter&gebiet=130725258', k);
      expect(notices).toEqual([]);
      expect(state).toMatchObject({ ebene: 'ebene2', gebiet: '130725258' });
      expect(serializeUrl(state)).toMatch(/ebene=amt(&|$)/);
      // A Gemeinde on the Amt level is not selected there: the level wins, the area is named.
      expect(parseUrl('?ebene=amt&gebiet=13072043', k).notices[0]).toMatchObject({ param: 'gebiet' });
    } finally {
      const bhv = shippedModel().model;
      urlKnowledge(bhv);
      expect(parseUrl('?ebene=stadtteile', urlKnowledge(bhv)).state.ebene).toBe('ebene2');
    }
  });

  it('without a valid manifest, the levels come from gebiete.csv and the problem is named', () => {
    const texts = shippedTexts();
    const { pkg, issues } = parsePackage({ ...texts, paket: '{"format": "qx-paket/0"}' });
    expect(issues.some((i) => i.datei === 'data/paket.json')).toBe(true);
    expect(pkg.manifest.ebenen.map((e) => e.id)).toEqual(['ortsteil', 'stadtteil', 'stadtbezirk']);
    expect(pkg.areas.filter((a) => a.ebene === 'ebene1')).toHaveLength(24);
    expect(pkg.manifest.gesamt).toMatchObject({ id: 'stadt', schluessel: '0' });
  });

  it('keeps a Datenwerkstatt layer stored before the levels came from the manifest', () => {
    const old = layerSchema.safeParse({
      format: 'qx-eigene-daten/1',
      erstellt: '2026-11-01T00:00:00.000Z',
      dateien: ['a.zip'],
      quelle: { titel: 't', herausgeber: 'h', stichtag: '2024-12-31', lizenz: 'l', status: 'amtlich' },
      werte: [],
      neueIndikatoren: [],
      grenzen: { datei: 'a.zip', ortsteile: 'O', stadtteile: 'S', stadtbezirke: 'B' },
      zuordnung: { format: 'qx-zuordnung/1', tabellen: {} },
      hinweise: [],
    });
    expect(old.success && old.data.grenzen).toEqual({
      datei: 'a.zip',
      ebenen: { ebene1: 'O', ebene2: 'S', ebene3: 'B' },
    });
  });
});

describe('the Landkreis Rostock package', () => {
  const { model, pkg } = rostock;
  const gemeinden = model.byLevel.ebene1;
  const sum = (ind: string, y: number) =>
    gemeinden.reduce((s, k) => s + model.ctx.base(k, id(ind), year(y))!, 0);

  it('has the official geography: 117 Gemeinden (AGS) in 23 Ämter and amtsfreie Gemeinden, the Kreis 13072', () => {
    expect(model.rootKey).toBe('13072');
    expect(gemeinden).toHaveLength(117);
    expect(model.byLevel.ebene2).toHaveLength(23);
    expect(gemeinden.every((k) => /^13072\d{3}$/.test(k))).toBe(true);
    expect(model.byLevel.ebene2.every((k) => /^13072\d{4}$/.test(k))).toBe(true);
    expect(model.areas.get('13072043' as never)).toMatchObject({ name: 'Güstrow', parent: '130720043' });
    expect(pkg.boundaries.ebene1).toMatchObject({
      genauigkeit: 'amtlich',
      attribution: '© GeoBasis-DE / BKG (2016)',
    });
    expect(pkg.boundaries.ebene1!.features).toHaveLength(117);
  });

  it('adds its sample values up to the real Kreis figures of 31.12.2018', () => {
    expect(sum('einwohner', 2018)).toBe(215_113);
    const bands = (sex: 'w' | 'm') =>
      ['0_5', '6_17', '18_29', '30_44', '45_64', '65_79', '80_plus'].reduce(
        (s, b) => s + sum(`einwohner_${sex}_${b}`, 2018),
        0,
      );
    expect(bands('w')).toBe(108_002);
    expect(bands('m')).toBe(107_111);
    expect(Math.round(sum('flaeche_km2', 2018) * 100) / 100).toBe(3431.29);
  });

  it('shows the Kreis figures as official and everything below as sample values', () => {
    const kreis = cellOf(model.ctx, id('einwohner'), model.rootKey, year(2018));
    expect(kreis).toMatchObject({
      kind: 'wert',
      value: 215_113,
      status: 'amtlich',
      sources: ['destatis-gv-2018'],
    });
    expect(cellOf(model.ctx, id('einwohner_w'), model.rootKey, year(2018))).toMatchObject({
      value: 108_002,
      status: 'amtlich',
    });
    expect(cellOf(model.ctx, id('einwohner'), model.rootKey, year(2019))).toMatchObject({
      status: 'beispiel',
    });
    expect(cellOf(model.ctx, id('einwohner'), '13072043' as never, year(2018))).toMatchObject({
      status: 'beispiel',
    });
  });
});

describe('the tiny test package', () => {
  it('has two levels with its own names, 1- and 2-digit keys nested by prefix, and the root 9', () => {
    const { model } = mini;
    expect(model.mapLevels).toEqual(['ebene1', 'ebene2']);
    expect(model.manifest.ebenen.map((e) => e.namen.de.many)).toEqual(['Warften', 'Halligen']);
    expect(model.rootKey).toBe('9');
    expect(model.byLevel.ebene1.every((k) => model.areas.get(k)!.parent === k[0])).toBe(true);
  });
});
