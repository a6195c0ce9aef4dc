import { describe, expect, it } from 'vitest';
import type { AreaKey } from '../../../src/domain/ids.ts';
import { areaMatcher } from '../../../src/data/import/areas.ts';
import { csvSheet } from '../../../src/data/import/grid.ts';
import {
  adoptMapping,
  applyMapping,
  mappingFor,
  proposeMapping,
  ZUORDNUNG_FORMAT,
  type MappingFile,
} from '../../../src/data/import/mapping.ts';
import { detectLayout, type TableLayout } from '../../../src/data/import/structure.ts';
import { readWorkbook } from '../../../src/data/import/xlsx.ts';
import { shippedModel, readContextOf } from '../../../tools/fixtures/shipped.ts';
import { statistikamtWorkbook } from '../../../tools/fixtures/workbook.ts';

const { model, pkg } = shippedModel();
const ctx = readContextOf(pkg);
const layoutOf = (x: ReturnType<typeof detectLayout>): TableLayout => {
  if ('problem' in x) throw new Error(x.problem);
  return x;
};
const k = (s: string) => s as AreaKey;

describe('matching area cells', () => {
  const match = areaMatcher(ctx.areas);
  it('reads keys in 3- and 4-digit form, with or without the name', () => {
    expect(match('215')).toEqual({ kind: 'schluessel', key: k('215') });
    expect(match(2150)).toEqual({ kind: 'schluessel', key: k('215') });
    expect(match('2150')).toEqual({ kind: 'schluessel', key: k('215') });
    expect(match('215 Grünhöfe')).toEqual({ kind: 'schluessel', key: k('215') });
    expect(match('21')).toEqual({ kind: 'schluessel', key: k('21') });
  });
  it('matches names written differently, and asks about near misses', () => {
    expect(match('GRUENHOEFE')).toEqual({ kind: 'name', key: k('215'), sure: true });
    expect(match('Geestemünde Süd')).toMatchObject({ kind: 'name', sure: true });
    expect(match('Grünhöffe')).toEqual({ kind: 'name', key: k('215'), sure: false });
    expect(match('Atlantis')).toEqual({ kind: 'unbekannt', text: 'Atlantis' });
    expect(match('9999')).toEqual({ kind: 'unbekannt', text: '9999' });
  });
});

describe('a Statistikamt workbook', () => {
  it('finds title, merged header, body and footnotes, and proposes the mapping', async () => {
    const [sheet] = await readWorkbook(await statistikamtWorkbook());
    const layout = layoutOf(detectLayout(sheet!, ','));
    expect(layout.title).toEqual([
      'Statistisches Jahrbuch Bremerhaven',
      'Tabelle 2.1: Einwohner nach Ortsteilen',
    ]);
    expect(layout.columns).toEqual([
      'Ortsteil',
      'Bezeichnung',
      'Bevölkerung am 31.12. · 2019',
      'Bevölkerung am 31.12. · 2020',
      'Bevölkerung am 31.12. · 2021',
      'Bevölkerung am 31.12. · 2022',
    ]);
    expect(layout.body).toHaveLength(24);
    expect(layout.footnotes[1]).toMatch(/^Zeichenerklärung/);
    expect(layout.dashIsZero).toBe(false);
    const m = proposeMapping(layout, ctx, ',');
    expect(m).toMatchObject({ form: 'jahre', gebiet: 'Ortsteil', indikator: 'einwohner' });
    expect(m.spalten).toEqual({
      'Bevölkerung am 31.12. · 2019': 2019,
      'Bevölkerung am 31.12. · 2020': 2020,
      'Bevölkerung am 31.12. · 2021': 2021,
      'Bevölkerung am 31.12. · 2022': 2022,
    });
    const applied = applyMapping('Jahrbuch.xlsx', layout, m, ctx, ',');
    expect(applied.issues).toEqual([]);
    expect(applied.unmatched).toEqual([]);
    expect(applied.values).toHaveLength(96);
    const v = applied.values.find((x) => x.gebiet === '215' && x.jahr === 2020)!;
    expect(v.wert).toBe(model.ctx.base(k('215'), model.indicatorId('einwohner')!, 2020 as never));
    expect(v.herkunft).toEqual({
      datei: 'Jahrbuch.xlsx',
      ort: expect.stringMatching(/^Blatt Einwohner, Zeile \d+$/),
      feld: 'Bevölkerung am 31.12. · 2020',
    });
  });

  it('keeps symbols as symbols, names every bad cell with its row and column', async () => {
    const bytes = await statistikamtWorkbook({
      tweak: (key, year, v) =>
        key === '111' && year === 2019
          ? '.'
          : key === '121' && year === 2020
            ? '12a'
            : key === '122' && year === 2021
              ? null
              : v,
    });
    const [sheet] = await readWorkbook(bytes);
    const layout = layoutOf(detectLayout(sheet!, ','));
    const applied = applyMapping('Jahrbuch.xlsx', layout, proposeMapping(layout, ctx, ','), ctx, ',');
    expect(applied.values.find((x) => x.gebiet === '111' && x.jahr === 2019)).toMatchObject({ zeichen: '.' });
    expect(applied.values.find((x) => x.gebiet === '111' && x.jahr === 2019)?.wert).toBeUndefined();
    expect(applied.empty).toBe(1);
    expect(applied.values.some((x) => x.gebiet === '122' && x.jahr === 2021)).toBe(false);
    expect(applied.issues).toEqual([
      {
        datei: 'Jahrbuch.xlsx',
        ort: expect.stringMatching(/^Blatt Einwohner, Zeile \d+$/),
        feld: 'Bevölkerung am 31.12. · 2020',
        meldung: expect.stringMatching(/keine Zahl .*Wert „12a“/),
      },
    ]);
  });

  it('lists unknown areas and asks about near names', async () => {
    const [sheet] = await readWorkbook(
      await statistikamtWorkbook({
        extraRows: [
          [{ value: 'Atlantis' }, { value: 'Atlantis' }, { value: 5, type: Number }],
          [{ value: 'Grünhöffe' }, { value: '' }, { value: 7, type: Number }],
        ],
      }),
    );
    const layout = layoutOf(detectLayout(sheet!, ','));
    const m = proposeMapping(layout, ctx, ',');
    const applied = applyMapping('Jahrbuch.xlsx', layout, m, ctx, ',');
    expect(applied.unmatched.map((u) => u.text)).toEqual(['Atlantis']);
    expect(applied.unsure).toEqual([{ text: 'Grünhöffe', key: k('215') }]);
  });
});

describe('CSV as German Excel writes it', () => {
  const csv = (body: string) => layoutOf(detectLayout(csvSheet('x.csv', body).sheet, ','));
  it('wide by indicator, with percent shares recognised', () => {
    const layout = csv(
      'Sozialbericht 2024\n\nSchlüssel;Ortsteil;Einwohner insgesamt;Anteil ab 65 Jahren\n2120;Geestendorf;"7.012";"24,1"\n2150;Grünhöfe;"8.001";"22,8"\n2310;Surheide;"2.950";–\nQuelle: Melderegister\n',
    );
    const m = proposeMapping(layout, ctx, ',');
    expect(m).toMatchObject({ form: 'indikatoren', jahr: 2024, gebiet: 'Schlüssel' });
    expect(m.spalten).toEqual({
      'Einwohner insgesamt': 'einwohner',
      'Anteil ab 65 Jahren': 'anteil_65_plus',
    });
    expect(m.anteile).toEqual({ anteil_65_plus: 'prozent' });
    const applied = applyMapping('x.csv', layout, m, ctx, ',');
    expect(applied.issues).toEqual([]);
    const geest = applied.values.filter((v) => v.gebiet === '212');
    expect(geest.map((v) => [v.indikator, v.wert])).toEqual([
      ['einwohner', 7012],
      ['anteil_65_plus', 0.241],
    ]);
    expect(applied.values.find((v) => v.gebiet === '231' && v.indikator === 'anteil_65_plus')?.zeichen).toBe(
      '–',
    );
  });
  it('long format with indicator and year columns', () => {
    const layout = csv(
      'Gebiet;Indikator;Jahr;Wert\n212;einwohner;2024;7012\n215;einwohner;2024;8001\n215;einwohner;20x4;1\n',
    );
    const m = proposeMapping(layout, ctx, ',');
    expect(m).toMatchObject({ form: 'lang', indikatorSpalte: 'Indikator', jahrSpalte: 'Jahr' });
    const applied = applyMapping('x.csv', layout, m, ctx, ',');
    expect(applied.values.map((v) => [v.gebiet, v.jahr, v.wert])).toEqual([
      ['212', 2024, 7012],
      ['215', 2024, 8001],
    ]);
    expect(applied.issues[0]).toMatchObject({ ort: 'Zeile 4', feld: 'Jahr' });
  });
  it('– is zero where the legend says so', () => {
    const layout = csv('Ortsteil;Einwohner insgesamt\n231;–\n212;5\n\n– = nichts vorhanden (genau null)\n');
    expect(layout.dashIsZero).toBe(true);
  });
});

describe('next year, with the saved Zuordnung', () => {
  it('takes the new year column and keeps the answers, under another file name', async () => {
    const [old] = await readWorkbook(await statistikamtWorkbook({ years: [2019, 2020, 2021, 2022] }));
    const oldLayout = layoutOf(detectLayout(old!, ','));
    const answered = { ...proposeMapping(oldLayout, ctx, ','), namen: { Grünhöffe: '215' } };
    const file = { format: ZUORDNUNG_FORMAT, tabellen: { 'Jahrbuch_2022.xlsx': answered } } as MappingFile;
    const [next] = await readWorkbook(await statistikamtWorkbook({ years: [2020, 2021, 2022, 2023] }));
    const layout = layoutOf(detectLayout(next!, ','));
    const m = mappingFor(file, 'Jahrbuch_2023.xlsx', layout)!;
    expect(m).toMatchObject({
      form: 'jahre',
      indikator: 'einwohner',
      gebiet: 'Ortsteil',
      namen: { Grünhöffe: '215' },
    });
    expect(Object.values(m.spalten)).toEqual([2020, 2021, 2022, 2023]);
    expect(applyMapping('Jahrbuch_2023.xlsx', layout, m, ctx, ',').values).toHaveLength(96);
  });
  it('does not fit a table without the saved area column', () => {
    const layout = layoutOf(
      detectLayout(csvSheet('x.csv', 'Gebiet;Indikator;Jahr;Wert\n212;einwohner;2024;7012\n').sheet, ','),
    );
    const saved = {
      blatt: 'x',
      gebiet: 'Ortsteil',
      form: 'jahre',
      spalten: { '2020': 2020 },
      anteile: {},
      namen: {},
    } as const;
    expect(adoptMapping({ ...saved, spalten: { ...saved.spalten } }, layout)).toBeUndefined();
  });
});
