import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readShapefileZip } from '../../../src/data/import/geo/shapefile.ts';
import { latin1 } from '../../../src/data/export/shapefile.ts';
import { loadReportMessages, translator } from '../../../src/i18n/translate.ts';
import { defaultState } from '../../../src/state/url.ts';
import { choropleth } from '../../../src/view/choropleth.ts';
import { dataZip } from '../../../src/view/report/dataZip.ts';
import { fileWord } from '../../../src/view/report/exports.ts';
import { figureSvg, wrapText, xml, type Measure } from '../../../src/view/report/figure.ts';
import { valuesGeoJson, valuesShapefile } from '../../../src/view/report/geoExport.ts';
import {
  coverage,
  formulaSymbols,
  formulaText,
  smallNumberText,
  yearRuns,
} from '../../../src/view/report/indicatorMeta.ts';
import { FIGURE_FORMATS, mapFigure, type FigureFormat } from '../../../src/view/report/mapFigure.ts';
import { mapTable, reportCsv } from '../../../src/view/report/mapTable.ts';
import { scaleBar } from '../../../src/view/report/scaleBar.ts';
import { territoryTexts } from '../../../src/view/territory.ts';
import { urlKnowledge } from '../../../src/view/urlKnowledge.ts';
import { modelOf, shippedModel, shippedTexts } from '../../../tools/fixtures/shipped.ts';
import { packageRoot } from '../../../tools/paket.ts';
import { craftedPackage, FORMULA_NAME, PAYLOADS } from '../../helpers/xss.ts';

const { model } = shippedModel();
const t = translator('de', territoryTexts(model, 'de'));
const state = { ...defaultState(urlKnowledge(model)), indikator: model.indicatorId('anteil_65_plus')! };
const measure: Measure = (s, size) => s.length * size * 0.55;
beforeAll(loadReportMessages);

const figure = (ch = choropleth(model, state), format: FigureFormat = 'a4-quer', m = model) =>
  mapFigure({
    model: m,
    ch,
    level: state.ebene,
    features: m.boundaries[state.ebene]!.features,
    levelName: t(`level.${state.ebene}`),
    lang: 'de',
    t,
    measure,
    format,
    boundaryNote: 'Grenzen schematisch (Näherung)',
  });

describe('report figures (src/view/report)', () => {
  it('draws one path per area in its legend colour, the classes as numbers, and the credits', () => {
    const ch = choropleth(model, state);
    const fig = figure(ch);
    const areas = fig.prims.filter((p) => p.t === 'path' && p.area);
    expect(areas).toHaveLength(24);
    const colours = new Set(areas.map((p) => (p.t === 'path' ? p.fill : '')));
    for (const c of ch.legend.filter((l) => l.count > 0)) expect(colours).toContain(c.colour);
    const texts = fig.prims.flatMap((p) => (p.t === 'text' ? [p.text] : []));
    expect(texts).toContain('Beispielwerte – keine amtlichen Zahlen');
    expect(texts).toContain('Grenzen schematisch (Näherung)');
    expect(texts).toContain('Datenstand: 31.12.2024');
    expect(texts).toContain('N');
    expect(texts.some((s) => /^\d+ (km|m)$/.test(s))).toBe(true);
    // Every valued area carries its class number at its anchor.
    expect(texts.filter((s) => /^[1-5]$/.test(s)).length).toBeGreaterThanOrEqual(23 + 5);
  });

  it('fits every format: nothing drawn outside the page', () => {
    for (const format of Object.keys(FIGURE_FORMATS) as FigureFormat[]) {
      const fig = figure(undefined, format);
      const { width, height } = FIGURE_FORMATS[format];
      for (const p of fig.prims) {
        if (p.t === 'text' || p.t === 'rect') {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(height);
          expect(p.x).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('keeps the map large when a value has many sources (population 2018: a Wikipedia page per Stadtteil)', () => {
    const ch = choropleth(model, {
      ...state,
      indikator: model.indicatorId('einwohner')!,
      jahr: 2018 as never,
    });
    expect(ch.indicator.id).toBe('einwohner');
    for (const format of Object.keys(FIGURE_FORMATS) as FigureFormat[]) {
      const fig = figure(ch, format);
      // The map's frame keeps most of the page: above 45 % of its height across, 38 % upright
      // (where the legend sits under the map).
      const frame = fig.prims.find((p) => p.t === 'rect' && p.fill === '#f7f9fb');
      const share = format === 'a4-hoch' ? 0.38 : 0.45;
      expect(frame && frame.t === 'rect' ? frame.h : 0).toBeGreaterThan(
        FIGURE_FORMATS[format].height * share,
      );
      const texts = fig.prims.flatMap((p) => (p.t === 'text' ? [p] : []));
      expect(Math.max(...texts.map((p) => p.y))).toBeLessThanOrEqual(FIGURE_FORMATS[format].height);
    }
    const slide = figure(ch, 'folie').prims.flatMap((p) => (p.t === 'text' ? [p.text] : []));
    expect(slide.join(' ')).toMatch(/Quellen: .*(weitere|Wikipedia)/);
  });

  it('writes the SVG with text as text: the XSS corpus and a formula stay literal', () => {
    const { model: crafted } = modelOf(craftedPackage(shippedTexts()));
    const ch = choropleth(crafted, state);
    const svg = figureSvg(figure(ch, 'folie', crafted), 'de');
    expect(svg).not.toMatch(/<img|<svg onload|<script/i);
    expect(svg).toContain(xml(PAYLOADS[0]!));
    expect(svg.match(/<path class="gebiet"/g)).toHaveLength(24);
    // One path per area and no other (the north arrow is a polygon).
    expect(svg.match(/<path\b/g)).toHaveLength(24);
    // A table of the crafted package neutralises the formula in CSV.
    const csv = reportCsv(mapTable(crafted, ch, 'Ortsteile', 'de', t, []));
    expect(csv).toContain(`'${FORMULA_NAME}`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
  });

  it('wraps text and picks a round scale bar', () => {
    expect(wrapText(measure, 'eins zwei drei vier', 10, 60)).toEqual(['eins zwei', 'drei vier']);
    expect(wrapText(measure, 'Lebensmittelmarkt in 500 m', 10, 135)).toEqual([
      'Lebensmittelmarkt in',
      '500 m',
    ]);
    expect(scaleBar(40, 250)).toEqual({ km: 5, px: 200, label: '5 km' });
    expect(scaleBar(400, 250)?.label).toBe('500 m');
    expect(scaleBar(Number.NaN, 250)).toBeUndefined();
    expect([
      fileWord('Landkreis Rostock'),
      fileWord('Lübeck'),
      fileWord('Groß-Gerau'),
      fileWord('***'),
    ]).toEqual(['landkreis_rostock', 'luebeck', 'gross_gerau', 'daten']);
    expect(yearRuns([2016, 2014, 2015, 2015, 2030, 2035, 2034])).toBe('2014–2016, 2030, 2034–2035');
  });
});

describe('report tables and geodata', () => {
  it('gives the table the map shows: rounded values, empty for suppressed, status and source', () => {
    const ch = choropleth(model, state);
    const table = mapTable(model, ch, 'Ortsteile', 'de', t, ['Datenstand: 31.12.2024']);
    expect(table.rows).toHaveLength(25);
    for (const row of table.rows.slice(0, 24)) {
      const cell = ch.cells.get(row[1] as never)!;
      if (cell.kind === 'wert') expect(row[6]).toBe(Math.round(cell.value * 1000) / 10);
      else expect(row[6]).toBeNull();
    }
    expect(table.rows.at(-1)![0]).toBe('Bremerhaven');
  });

  it('writes GeoJSON in WGS84 and a Shapefile in EPSG:25832 that reads back with the same values', () => {
    const ch = choropleth(model, state);
    const table = mapTable(model, ch, 'Ortsteile', 'de', t, []);
    const features = model.boundaries[state.ebene]!.features;
    const geo = JSON.parse(valuesGeoJson(model, ch, table, features, 'de')) as GeoJSON.FeatureCollection;
    expect(geo.features).toHaveLength(24);
    const zip = valuesShapefile(table, features, 'karte');
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'karte.cpg',
      'karte.dbf',
      'karte.prj',
      'karte.shp',
      'karte.shx',
    ]);
    expect(strFromU8(files['karte.prj']!)).toMatch(
      /^PROJCS\["ETRS89 \/ UTM zone 32N".*AUTHORITY\["EPSG","25832"\]\]$/,
    );
    const back = readShapefileZip(zip).fc;
    for (const f of geo.features) {
      const b = back.features.find((x) => String(x.properties!.schluessel) === f.properties!.schluessel)!;
      expect(b.properties!.name).toBe(f.properties!.name);
      const v = b.properties!.wert as number | null | undefined;
      // A suppressed value is a blank numeric field in the .dbf (shpjs reads it as NaN), never 0.
      if (f.properties!.wert === null) expect(v === null || v === undefined || Number.isNaN(v)).toBe(true);
      else expect(v).toBe(f.properties!.wert);
    }
    expect(latin1('Mitte–Süd “x” …')).toBe('Mitte-Süd "x" ...');
  });

  it('puts every value in the data ZIP once, never an empty cell as a number, with the README', () => {
    const files = unzipSync(dataZip(model, t, new Date('2026-12-06T00:00:00Z')));
    const readme = strFromU8(files['LIESMICH.md']!);
    expect(readme).toContain('Erstellt am 2026-12-06');
    expect(readme).toContain('Beispielwert');
    const long = strFromU8(files['daten_lang.csv']!).split('\r\n');
    const header = long[0]!.split(';');
    const wert = header.indexOf('wert');
    const status = header.indexOf('status');
    const rows = long
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(';'));
    for (const r of rows) if (r[wert] === '') expect(r[status]).toMatch(/unterdrückt|keine Daten/);
    const keys = rows.map((r) => `${r[0]}|${r[3]}|${r[6]}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(strFromU8(files['indikatoren.csv']!)).toContain('anteil_65_plus');
  });
});

describe('indicator metadata for the Indikatorenblatt', () => {
  it('says how a share is computed, its rule, and where it has values', () => {
    const ind = model.indicators.get(model.indicatorId('anteil_65_plus')!)!;
    expect(formulaText(model, ind, 'de', t)).toMatch(/geteilt durch .* nie Anteile gemittelt/);
    expect(formulaSymbols(ind)).toBe(
      'anteil_65_plus(G, j) = Σ_{o ∈ G} einwohner_65_plus(o, j) ÷ Σ_{o ∈ G} einwohner(o, j)',
    );
    expect(smallNumberText(ind, t)).toMatch(/weniger als \d+ Personen/);
    const c = coverage(model, ind);
    expect(c.map((l) => l.level)).toEqual([...model.mapLevels, 'gesamt']);
    expect(c[0]!.of).toBe(24);
    expect(c.at(-1)!.valued).toBe(1);
  });
});

describe('reports from any package', () => {
  it.each(['landkreis-rostock', 'test-miniatur'])(
    '%s: figure, table, Shapefile and data ZIP name its own territory',
    (name) => {
      const { model: m } = modelOf(shippedTexts(packageRoot(name)));
      const tm = translator('de', territoryTexts(m, 'de'));
      const s = defaultState(urlKnowledge(m));
      const level = m.mapLevels[0]!;
      const ch = choropleth(m, { ...s, ebene: level });
      const fig = mapFigure({
        model: m,
        ch,
        level,
        features: m.boundaries[level]!.features,
        levelName: tm(`level.${level}`),
        lang: 'de',
        t: tm,
        measure,
        format: 'a4-quer',
        boundaryNote: null,
      });
      expect(fig.prims.filter((p) => p.t === 'path' && p.area)).toHaveLength(m.byLevel[level].length);
      const texts = fig.prims.flatMap((p) => (p.t === 'text' ? [p.text] : []));
      expect(texts.some((x) => x.startsWith(`${m.manifest.gebiet.de.name}:`))).toBe(true);
      const table = mapTable(m, ch, tm(`level.${level}`), 'de', tm, []);
      expect(table.rows.at(-1)![0]).toBe(m.manifest.gebiet.de.name);
      const back = readShapefileZip(valuesShapefile(table, m.boundaries[level]!.features, 'x')).fc;
      expect(back.features).toHaveLength(m.byLevel[level].length);
      const readme = strFromU8(unzipSync(dataZip(m, tm, new Date()))['LIESMICH.md']!);
      expect(readme).toContain(m.manifest.gebiet.de.name);
      expect(readme).not.toContain('Bremerhaven');
    },
  );
});
