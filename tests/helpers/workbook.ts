import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { shippedModel } from './shipped.ts';

/**
 * A workbook as the Statistikamt writes one: two title rows, a merged header ("Bevölkerung am
 * 31.12." over the year columns), one row per Ortsteil with its 4-digit key and name, a group row,
 * symbols, footnotes and a Zeichenerklärung. Values come from the shipped package (so the sums
 * hold), the 2018 column as published; `tweak` breaks or changes cells for the broken variants.
 */
export interface WorkbookOptions {
  years?: number[];
  /** Replace a cell: (Ortsteil key, year) → raw cell. */
  tweak?: (key: string, year: number, value: number) => string | number | null;
  extraRows?: SheetData;
  /** Multiply the body (for the 10,000-row budget): that many blocks of all Ortsteile. */
  repeat?: number;
}

export async function statistikamtWorkbook(o: WorkbookOptions = {}): Promise<Uint8Array> {
  const { model } = shippedModel();
  const years = o.years ?? [2019, 2020, 2021, 2022];
  const id = model.indicatorId('einwohner')!;
  const ortsteile = model.byLevel.ortsteil;
  const row = (cells: (string | number | null)[]) =>
    cells.map((v) => (v === null ? null : { value: v, ...(typeof v === 'number' ? { type: Number } : {}) }));
  const data: SheetData = [
    row(['Statistisches Jahrbuch Bremerhaven', null, null]),
    row(['Tabelle 2.1: Einwohner nach Ortsteilen', null, null]),
    [],
    [
      { value: 'Ortsteil', rowSpan: 2 },
      { value: 'Bezeichnung', rowSpan: 2 },
      { value: 'Bevölkerung am 31.12.', columnSpan: years.length },
      ...years.slice(1).map(() => null),
    ],
    [null, null, ...years.map((y) => ({ value: String(y) }))],
  ];
  for (let r = 0; r < (o.repeat ?? 1); r++) {
    data.push(row(['Stadtbezirk Nord', null]));
    for (const key of ortsteile) {
      const name = model.areas.get(key)!.name;
      data.push(
        row([
          `${key}0`,
          name,
          ...years.map((y) => {
            const v = model.ctx.base(key, id, y as never) ?? 0;
            return o.tweak ? o.tweak(key, y, v) : v;
          }),
        ]),
      );
    }
  }
  data.push(...(o.extraRows ?? []));
  data.push([]);
  data.push(row(['1) Melderegister, Hauptwohnsitze.']));
  data.push(
    row([
      'Zeichenerklärung: – = nichts vorhanden; . = unbekannt oder geheim zu halten; x = Tabellenfach gesperrt',
    ]),
  );
  const buf = await writeXlsxFile(data, { sheet: 'Einwohner' }).toBuffer();
  return new Uint8Array(buf);
}
