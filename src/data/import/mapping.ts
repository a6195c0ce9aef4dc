import * as z from 'zod/mini';
import type { AreaKey } from '../../domain/ids.ts';
import type { StatSymbol } from '../../domain/symbols.ts';
import type { Issue } from '../issues.ts';
import { indicatorSchema, type Indicator } from '../schemas.ts';
import { facilityMappingSchema } from './facilityMapping.ts';
import { areaMatcher, normaliseName, type AreaEntry } from './areas.ts';
import { cellText, readCell, type Decimal } from './cells.ts';
import { rowPlace, yearOfLabel, type TableLayout } from './structure.ts';

/**
 * The answers to the mapping questions for one table, saved as part of a Zuordnung file so next
 * year's update of the same table is one step. Columns are named by their header label.
 * - `jahre`: one indicator, one column per year (`spalten`: label → year);
 * - `indikatoren`: one year, one column per indicator (`spalten`: label → indicator id);
 * - `lang`: one value per row, with an indicator column (or one indicator) and a year column (or one year).
 */
export const tableMappingSchema = z.object({
  blatt: z.string(),
  gebiet: z.string(),
  form: z.enum(['jahre', 'indikatoren', 'lang']),
  indikator: z.optional(z.string()),
  jahr: z.optional(z.int().check(z.minimum(1950), z.maximum(2100))),
  spalten: z.record(z.string(), z.union([z.string(), z.int()])),
  indikatorSpalte: z.optional(z.string()),
  indikatorWerte: z.optional(z.record(z.string(), z.string())),
  jahrSpalte: z.optional(z.string()),
  /** Long format as the package writes it: a symbol in its own column where the value is empty. */
  zeichenSpalte: z.optional(z.string()),
  /** How shares are written per indicator: 20,6 (`prozent`) or 0,206 (`dezimal`). */
  anteile: z.record(z.string(), z.enum(['prozent', 'dezimal'])),
  /** Area names confirmed by the user: text → key. */
  namen: z.record(z.string(), z.string()),
});
export type TableMapping = z.infer<typeof tableMappingSchema>;

export const provenanceSchema = z.object({
  titel: z.string().check(z.minLength(1, 'Titel der Quelle fehlt')),
  herausgeber: z.string().check(z.minLength(1, 'Herausgeber fehlt')),
  stichtag: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Stichtag als Datum (JJJJ-MM-TT)')),
  lizenz: z.string().check(z.minLength(1, 'Lizenz fehlt')),
  status: z.enum(['amtlich', 'sekundaer', 'naeherung']),
  url: z.optional(z.string()),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const ZUORDNUNG_FORMAT = 'qx-zuordnung/1';
export const mappingFileSchema = z.object({
  format: z.literal(ZUORDNUNG_FORMAT),
  /** By file name as dropped (next year's file usually has the same name or the same sheet). */
  tabellen: z.record(z.string(), tableMappingSchema),
  quelle: z.optional(provenanceSchema),
  neueIndikatoren: z.optional(z.array(indicatorSchema)),
  /** Facility lists by file name. */
  einrichtungen: z.optional(z.record(z.string(), facilityMappingSchema)),
});
export type MappingFile = z.infer<typeof mappingFileSchema>;

/** A value (or a statistical symbol) read from an office's table, with where it came from. */
export interface ImportedValue {
  gebiet: AreaKey;
  indikator: string;
  jahr: number;
  wert?: number;
  zeichen?: StatSymbol;
  herkunft: { datei: string; ort: string; feld: string };
}

export interface Applied {
  values: ImportedValue[];
  issues: Issue[];
  /** Area cells that matched nothing (listed for the user), with their rows. */
  unmatched: { text: string; ort: string }[];
  /** Names matched only nearly: to be confirmed (then kept in `namen`). */
  unsure: { text: string; key: AreaKey }[];
  empty: number;
  /** Problems and unmatched cells beyond the first LISTED (counted, not listed). */
  more: { issues: number; unmatched: number };
}

/** How many problems (and unmatched cells) a table lists; a 10,000-row mistake is counted beyond. */
export const LISTED = 500;
function listed<K extends 'issues' | 'unmatched'>(out: Applied, k: K, item: Applied[K][number]): void {
  if (out[k].length < LISTED) (out[k] as Applied[K][number][]).push(item);
  else out.more[k]++;
}

export interface MappingContext {
  areas: readonly AreaEntry[];
  indicators: ReadonlyMap<string, Pick<Indicator, 'id' | 'label_de' | 'einheit'>>;
}

const col = (layout: TableLayout, label: string) => layout.columns.indexOf(label);

/** Apply a table's mapping: every cell becomes a value, a symbol, an empty cell or a problem with its place. */
export function applyMapping(
  datei: string,
  layout: TableLayout,
  m: TableMapping,
  ctx: MappingContext,
  decimal: Decimal,
): Applied {
  const out: Applied = {
    values: [],
    issues: [],
    unmatched: [],
    unsure: [],
    empty: 0,
    more: { issues: 0, unmatched: 0 },
  };
  const match = areaMatcher(ctx.areas);
  const where = (row: number) => rowPlace(layout.sheet, datei, row);
  const problem = (row: number, feld: string, meldung: string) =>
    listed(out, 'issues', { datei, ort: where(row), feld, meldung });
  const areaCol = col(layout, m.gebiet);
  if (areaCol < 0) {
    out.issues.push({ datei, ort: `Blatt ${layout.sheet}`, meldung: `Gebietsspalte „${m.gebiet}“ fehlt` });
    return out;
  }
  type Target = { c: number; label: string; indicator?: string; year?: number };
  const targets: Target[] = [];
  for (const [label, to] of Object.entries(m.spalten)) {
    const c = col(layout, label);
    if (c < 0) {
      out.issues.push({
        datei,
        ort: `Blatt ${layout.sheet}`,
        feld: label,
        meldung: 'Spalte fehlt in der Datei',
      });
      continue;
    }
    if (m.form === 'jahre')
      targets.push({ c, label, ...(m.indikator ? { indicator: m.indikator } : {}), year: Number(to) });
    else if (m.form === 'indikatoren')
      targets.push({ c, label, indicator: String(to), ...(m.jahr ? { year: m.jahr } : {}) });
    else
      targets.push({
        c,
        label,
        ...(m.indikator ? { indicator: m.indikator } : {}),
        ...(m.jahr ? { year: m.jahr } : {}),
      });
  }
  const indCol = m.indikatorSpalte ? col(layout, m.indikatorSpalte) : -1;
  const yearCol = m.jahrSpalte ? col(layout, m.jahrSpalte) : -1;
  const symbolCol = m.zeichenSpalte ? col(layout, m.zeichenSpalte) : -1;
  const seen = new Map<string, string>();
  for (const { row, cells } of layout.body) {
    const areaText = cellText(cells[areaCol]);
    if (areaText === '') continue;
    const confirmed = m.namen[areaText];
    const found = confirmed ? undefined : match(cells[areaCol]);
    // A confirmed name is a key of the registry only if the registry has it.
    let key: AreaKey | undefined = confirmed ? ctx.areas.find((x) => x.key === confirmed)?.key : undefined;
    if (found?.kind === 'schluessel' || (found?.kind === 'name' && found.sure)) key = found.key;
    else if (found?.kind === 'name') {
      if (!out.unsure.some((u) => u.text === areaText)) out.unsure.push({ text: areaText, key: found.key });
      continue;
    } else if (found) {
      listed(out, 'unmatched', { text: areaText, ort: where(row) });
      continue;
    }
    if (!key) {
      listed(out, 'unmatched', { text: areaText, ort: where(row) });
      continue;
    }
    for (const t of targets) {
      let indicator = t.indicator;
      if (indCol >= 0) {
        const text = cellText(cells[indCol]);
        indicator = m.indikatorWerte?.[text] ?? (ctx.indicators.has(text) ? text : undefined);
        if (!indicator) {
          problem(row, m.indikatorSpalte!, `Indikator „${text}“ ist nicht zugeordnet`);
          continue;
        }
      }
      let year = t.year;
      if (yearCol >= 0) {
        const y = readCell(cells[yearCol], '.');
        if (y.kind !== 'wert' || !Number.isInteger(y.value) || y.value < 1950 || y.value > 2100) {
          problem(row, m.jahrSpalte!, `Jahr „${cellText(cells[yearCol])}“ ist kein vierstelliges Jahr`);
          continue;
        }
        year = y.value;
      }
      const ind = indicator ? ctx.indicators.get(indicator) : undefined;
      if (!ind || year === undefined) {
        problem(row, t.label, !ind ? 'kein Indikator zugeordnet' : 'kein Jahr zugeordnet');
        continue;
      }
      let v = readCell(cells[t.c], decimal, layout.dashIsZero);
      if (v.kind === 'leer' && symbolCol >= 0 && cellText(cells[symbolCol]) !== '') {
        v = readCell(cells[symbolCol], decimal);
        if (v.kind !== 'zeichen') {
          problem(row, m.zeichenSpalte!, `„${cellText(cells[symbolCol])}“ ist kein statistisches Zeichen`);
          continue;
        }
      }
      const herkunft = { datei, ort: where(row), feld: t.label };
      const id = `${key}|${ind.id}|${year}`;
      if (v.kind === 'leer') {
        out.empty++;
        continue;
      }
      if (seen.has(id)) {
        problem(
          row,
          t.label,
          `doppelter Wert für ${areaText}, ${ind.label_de} ${year} (schon in ${seen.get(id)})`,
        );
        continue;
      }
      seen.set(id, where(row));
      if (v.kind === 'fehler') problem(row, t.label, `${v.message} (Wert „${cellText(cells[t.c])}“)`);
      else if (v.kind === 'zeichen')
        out.values.push({ gebiet: key, indikator: ind.id, jahr: year, zeichen: v.zeichen, herkunft });
      else {
        const share = ind.einheit === 'anteil' && (v.percent || m.anteile[ind.id] === 'prozent');
        out.values.push({
          gebiet: key,
          indikator: ind.id,
          jahr: year,
          wert: share ? Number((v.value / 100).toPrecision(12)) : v.value,
          herkunft,
        });
      }
    }
  }
  return out;
}

/**
 * A saved mapping applied to this year's table (next year's workbook has a new year column and
 * perhaps another file name): the answers are kept — area column, indicator, year, shares,
 * confirmed names — and the columns are taken from the table where the saved ones no longer fit.
 * Undefined when the saved mapping does not describe this table (its area column is missing).
 */
export function adoptMapping(
  saved: TableMapping,
  layout: Pick<TableLayout, 'columns' | 'sheet'>,
): TableMapping | undefined {
  if (!layout.columns.includes(saved.gebiet)) return undefined;
  const m: TableMapping = { ...saved, blatt: layout.sheet };
  if (saved.form === 'jahre') {
    // Every column that names a year, as the saved table's year columns did.
    m.spalten = Object.fromEntries(
      layout.columns.flatMap((label) => {
        const year = label === saved.gebiet ? undefined : yearOfLabel(label);
        return year === undefined ? [] : [[label, year]];
      }),
    );
  } else
    m.spalten = Object.fromEntries(
      Object.entries(saved.spalten).filter(([label]) => layout.columns.includes(label)),
    );
  for (const c of [saved.indikatorSpalte, saved.jahrSpalte])
    if (c && !layout.columns.includes(c)) return undefined;
  if (saved.zeichenSpalte && !layout.columns.includes(saved.zeichenSpalte)) delete m.zeichenSpalte;
  return Object.keys(m.spalten).length > 0 ? m : undefined;
}

/**
 * The saved answers for a table: those saved under the same file name, else under the same sheet,
 * else any saved table whose area column this table has (next year's file may be renamed).
 */
export function mappingFor(
  file: MappingFile,
  datei: string,
  layout: Pick<TableLayout, 'columns' | 'sheet'>,
): TableMapping | undefined {
  const saved = Object.entries(file.tabellen);
  const order = [
    ...saved.filter(([name]) => name === datei),
    ...saved.filter(([name, m]) => name !== datei && m.blatt === layout.sheet),
    ...saved.filter(([name, m]) => name !== datei && m.blatt !== layout.sheet),
  ];
  for (const [, m] of order) {
    const adopted = adoptMapping(m, layout);
    if (adopted) return adopted;
  }
  return undefined;
}

/** Headings offices use for an indicator of the catalogue (normalised, see areas.ts). */
const SYNONYMS: Record<string, readonly string[]> = {
  einwohner: ['einwohner', 'einwohnerinsgesamt', 'einwohnerzahl', 'bevoelkerung', 'bevoelkerunginsgesamt'],
  auslaender: ['auslaender', 'auslaenderinsgesamt', 'nichtdeutsche'],
  flaeche_km2: ['flaeche', 'flaecheinkm2', 'flaechekm2'],
};

/** An indicator named by a label: its id, its German label or a usual heading, written differently. */
function indicatorByLabel(label: string, ctx: MappingContext): string | undefined {
  const n = normaliseName(label);
  if (n === '') return undefined;
  const names = (ind: { id: string; label_de: string }) => [
    normaliseName(ind.id),
    normaliseName(ind.label_de),
    ...(SYNONYMS[ind.id] ?? []),
  ];
  for (const ind of ctx.indicators.values()) if (names(ind).includes(n)) return ind.id;
  // A header that names the indicator and more ("Einwohner nach Ortsteilen"): the longest name it contains.
  let best: { id: string; len: number } | undefined;
  for (const ind of ctx.indicators.values())
    for (const l of names(ind))
      if (l.length >= 6 && n.includes(l) && (!best || l.length > best.len))
        best = { id: ind.id, len: l.length };
  return best?.id;
}

/**
 * A first answer to the mapping questions, from the table alone: the column whose cells are area
 * keys or names, year columns or indicator columns, the year named in the title, shares written as
 * percent. Every answer is shown to the user to confirm or change.
 */
export function proposeMapping(layout: TableLayout, ctx: MappingContext, decimal: Decimal): TableMapping {
  const match = areaMatcher(ctx.areas);
  // The column naming the most different areas (a column of zeros names only the city, once).
  const scores = layout.columns.map((_, c) => {
    const named = new Set<string>();
    for (const { cells } of layout.body) {
      const m = match(cells[c]);
      if (m.kind !== 'unbekannt') named.add(cellText(cells[c]));
    }
    return named.size;
  });
  const areaCol = scores.indexOf(Math.max(...scores));
  const gebiet = layout.columns[areaCol] ?? layout.columns[0]!;
  const yearCols = layout.columns
    .map((label, c) => ({ label, c, year: yearOfLabel(label) }))
    .filter((x) => x.c !== areaCol && x.year !== undefined);
  const titleText = layout.title.join(' ');
  const base = { blatt: layout.sheet, gebiet, anteile: {}, namen: {} };
  const longInd = layout.columns.find((l) => /^(indikator|merkmal|kennzahl)/i.test(l));
  const longYear = layout.columns.find((l) => /^(jahr|stichtag|berichtsjahr)/i.test(l));
  const longValue = layout.columns.find((l) => /^(wert|anzahl|value)$/i.test(l));
  const longSymbol = layout.columns.find((l) => /^(zeichen|symbol)$/i.test(l));
  let m: TableMapping;
  if (longValue && (longInd || longYear)) {
    m = {
      ...base,
      form: 'lang',
      spalten: { [longValue]: 'wert' },
      ...(longInd ? { indikatorSpalte: longInd } : {}),
      ...(longYear ? { jahrSpalte: longYear } : {}),
      ...(longSymbol ? { zeichenSpalte: longSymbol } : {}),
    };
  } else if (yearCols.length >= 2) {
    const indicator =
      indicatorByLabel(titleText, ctx) ?? indicatorByLabel(yearCols[0]!.label.replace(/\d{4}/, ''), ctx);
    m = {
      ...base,
      form: 'jahre',
      ...(indicator ? { indikator: indicator } : {}),
      spalten: Object.fromEntries(yearCols.map((x) => [x.label, x.year!])),
    };
  } else {
    const spalten: Record<string, string> = {};
    layout.columns.forEach((label, c) => {
      if (c === areaCol) return;
      const id = indicatorByLabel(label, ctx);
      if (id && !Object.values(spalten).includes(id)) spalten[label] = id;
    });
    const year = yearOfLabel(titleText) ?? yearCols[0]?.year;
    m = { ...base, form: 'indikatoren', spalten, ...(year ? { jahr: year } : {}) };
  }
  return withShares(m, layout, ctx, decimal);
}

/**
 * The mapping with a question for every share it fills: written as 20,6 (`prozent`) or 0,206
 * (`dezimal`), guessed from the column (any value above 1,5 or with %) and kept once answered.
 */
export function withShares(
  m: TableMapping,
  layout: TableLayout,
  ctx: MappingContext,
  decimal: Decimal,
): TableMapping {
  const anteile: TableMapping['anteile'] = {};
  for (const [label, to] of Object.entries(m.spalten)) {
    const id = m.form === 'indikatoren' ? String(to) : m.indikator;
    if (!id || ctx.indicators.get(id)?.einheit !== 'anteil') continue;
    const known = m.anteile[id];
    if (known) {
      anteile[id] = known;
      continue;
    }
    const c = col(layout, label);
    const big = layout.body.some(({ cells }) => {
      const v = readCell(cells[c], decimal);
      return v.kind === 'wert' && (v.percent || v.value > 1.5);
    });
    anteile[id] = anteile[id] === 'prozent' || big ? 'prozent' : 'dezimal';
  }
  return { ...m, anteile };
}
