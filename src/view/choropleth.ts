import { ranks } from '../domain/compare/compare.ts';
import type { Method } from '../domain/classify/breaks.ts';
import { classIndex } from '../domain/classify/breaks.ts';
import { NO_DATA_COLOUR, SUPPRESSED_COLOUR } from '../domain/classify/palettes.ts';
import type { PaletteId } from '../domain/classify/palettes.ts';
import { buildScheme, legendClasses, type LegendClass, type Scheme } from '../domain/classify/scheme.ts';
import { roundToDisplay } from '../domain/format.ts';
import { LAST_YEAR, type AreaKey, type Year } from '../domain/ids.ts';
import { changeCell, changeKind, changeUnit } from '../domain/change.ts';
import { cellOf, weakest, type Cell } from '../domain/values.ts';
import {
  BIVARIATE_CLASSES,
  BIVARIATE_COLOURS,
  bivariateCell,
  criticalCell,
  bivariateScheme,
  type BivariateScheme,
} from '../domain/classify/bivariate.ts';
import type { Model } from '../data/model.ts';
import type { Indicator } from '../data/schemas.ts';
import type { ViewState } from '../state/url.ts';

export const CLASS_COUNT = 5;

/** A sensible default per indicator: counts by quantiles, rates by natural breaks; changes diverge. */
export function defaultMethod(ind: Indicator): Method {
  return ind.einheit === 'personen' || ind.einheit === 'anzahl' ? 'quantile' : 'natuerlich';
}
export function defaultPalette(ind: Indicator): PaletteId {
  return ind.aggregation.art === 'veraenderung' ? 'divergierend' : 'blau';
}
/** A diverging palette is meaningful for rates and means, not for counts or areas. */
export const canDiverge = (ind: Indicator) => !['personen', 'anzahl', 'km2'].includes(ind.einheit);

export interface Choropleth {
  /** The indicator as shown: in a change map, its change (unit pp or per cent, label saying so). */
  indicator: Indicator;
  /** The catalogue's indicator the map is about. */
  base: Indicator;
  /** Change map: the base year (the values are changes from it to `year`). */
  since: Year | null;
  year: Year;
  areas: AreaKey[];
  cells: Map<AreaKey, Cell>;
  city: Cell;
  scheme: Scheme;
  method: Method;
  palette: PaletteId;
  legend: LegendClass[];
  classOf: Map<AreaKey, number>;
  /** Rank by value, 1 = highest; suppressed and missing values have none. */
  rank: Map<AreaKey, number>;
  noData: number;
  suppressed: number;
  anyBeispiel: boolean;
  /**
   * Demand × supply (`bivariat=`): the second indicator, its cells, the tercile breaks of both axes
   * and each area's [x, y] class; the legend's nine classes are the cells (bivariate.ts).
   */
  bivariate?: {
    y: Indicator;
    yCells: Map<AreaKey, Cell>;
    yCity: Cell;
    breaks: BivariateScheme;
    axes: Map<AreaKey, [number, number]>;
    /** The cell of high demand and low supply, by the measures' polarities (criticalCell). */
    critical: number;
  };
}

const numeric = (c: Cell | undefined): number | undefined => (c?.kind === 'wert' ? c.value : undefined);

/**
 * The indicator a change map shows: the catalogue's, in the unit of its change and with a label
 * that says which change ("Veränderung 2014–2024: Anteil ab 80 Jahren"); its id stays the
 * catalogue's (links and the picker name the indicator, `veraenderung_seit` the change).
 */
export function changeIndicator(ind: Indicator, since: Year, year: Year): Indicator {
  const kind = changeKind(ind.einheit);
  const span = `${since}–${year}`;
  return {
    ...ind,
    // The change's unit (pp, veraenderung) is the app's own: every formatter knows it (format.ts),
    // and no package may declare it (schemas.ts, UNITS), so the catalogue's type does not list it.
    einheit: changeUnit(kind) as Indicator['einheit'],
    dezimalen: 1,
    label_de: `Veränderung ${span}: ${ind.label_de} (${kind === 'pp' ? 'Prozentpunkte' : 'Prozent'})`,
    label_en: `Change ${span}: ${ind.label_en} (${kind === 'pp' ? 'percentage points' : 'per cent'})`,
    polaritaet: 'neutral',
  };
}

export function choropleth(model: Model, s: ViewState): Choropleth {
  const base = model.indicators.get(s.indikator)!;
  const since = s.veraenderungSeit !== null && s.veraenderungSeit !== s.jahr ? s.veraenderungSeit : null;
  const indicator = since === null ? base : changeIndicator(base, since, s.jahr);
  const id = indicator.id;
  const round = (v: number) => roundToDisplay(v, indicator.einheit, indicator.dezimalen);
  const areas = model.byLevel[s.ebene];
  const cellFor = (area: AreaKey, year: Year): Cell =>
    since === null
      ? cellOf(model.ctx, id, area, year)
      : changeCell(model.ctx, id, base.einheit, area, since, year);
  const cellsFor = (year: Year) => new Map(areas.map((a) => [a, cellFor(a, year)]));
  const cells = cellsFor(s.jahr);
  const city = cellFor(model.rootKey, s.jahr);
  const method = s.klassen ?? defaultMethod(indicator);
  // A change diverges from no change, whatever the indicator.
  const wanted = since === null ? (s.farben ?? defaultPalette(indicator)) : 'divergierend';
  const palette = wanted === 'divergierend' && !canDiverge(indicator) ? 'blau' : wanted;

  const shown = (year: Year) =>
    [...(year === s.jahr ? cells : cellsFor(year)).values()]
      .map(numeric)
      .filter((v): v is number => v !== undefined)
      .map(round);
  const current = shown(s.jahr);
  // Fixed breaks over all years: for a change map, over the changes to every later year.
  const years = since === null ? model.years : model.years.filter((y) => y !== since);
  const basis = s.fixiert ? years.flatMap((y) => shown(y)) : current;
  // With fixed breaks the diverging centre must not move either: it is the city value of the last
  // observed year. A change map is centred on no change.
  const centre =
    since !== null ? 0 : numeric(s.fixiert ? cellOf(model.ctx, id, model.rootKey, LAST_YEAR) : city);
  const scheme = buildScheme(basis, {
    method,
    k: CLASS_COUNT,
    palette,
    manual: s.grenzen,
    center: centre,
    round,
  });
  const classOf = new Map<AreaKey, number>();
  for (const [a, c] of cells)
    if (c.kind === 'wert') classOf.set(a, classIndex(round(c.value), scheme.thresholds));
  const values = new Map<AreaKey, number>();
  for (const [a, c] of cells) if (c.kind === 'wert') values.set(a, c.value);
  const rank = ranks(values, round);
  const all = [...cells.values()];
  const y = s.bivariat !== null && s.bivariat !== s.indikator ? model.indicators.get(s.bivariat) : undefined;
  if (y) return bivariate(model, s, { indicator, base, since, areas, cells, city, method, rank }, y);
  return {
    indicator,
    base,
    since,
    year: s.jahr,
    areas,
    cells,
    city,
    scheme,
    method,
    palette,
    legend: legendClasses(scheme, current),
    classOf,
    rank,
    noData: all.filter((c) => c.kind === 'fehlt').length,
    suppressed: all.filter((c) => c.kind === 'unterdrueckt').length,
    anyBeispiel: all.some((c) => c.kind !== 'fehlt' && c.status === 'beispiel'),
  };
}

/** Legend rows are keyed by class index; -1 = no data, -2 = suppressed. */
export const NO_DATA_CLASS = -1;
export const SUPPRESSED_CLASS = -2;

export function classKeyOf(ch: Choropleth, key: AreaKey): number {
  const c = ch.cells.get(key);
  if (!c || c.kind === 'fehlt') return NO_DATA_CLASS;
  if (c.kind === 'unterdrueckt') return SUPPRESSED_CLASS;
  return ch.classOf.get(key)!;
}

/** The fill colour of every area: its class colour, grey when suppressed, `noData` without a value. */
export function fillColours(ch: Choropleth, noData: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of ch.areas) {
    const k = classKeyOf(ch, a);
    m.set(a, k >= 0 ? ch.legend[k]!.colour : k === SUPPRESSED_CLASS ? SUPPRESSED_COLOUR : noData);
  }
  return m;
}

/** The legend's rows: the classes, then "no data" and "suppressed" where any area has them. */
export function legendRows(ch: Choropleth): { k: number; colour: string; count: number }[] {
  return [
    ...ch.legend.map((c) => ({ k: c.index, colour: c.colour, count: c.count })),
    ...(ch.noData ? [{ k: NO_DATA_CLASS, colour: NO_DATA_COLOUR, count: ch.noData }] : []),
    ...(ch.suppressed ? [{ k: SUPPRESSED_CLASS, colour: SUPPRESSED_COLOUR, count: ch.suppressed }] : []),
  ];
}

/**
 * The demand × supply map: `x` the choropleth's indicator (its level or change), `y` the second
 * indicator's level; an area with no value or a suppressed value on either axis has no cell.
 */
function bivariate(
  model: Model,
  s: ViewState,
  x: Pick<Choropleth, 'indicator' | 'base' | 'since' | 'areas' | 'cells' | 'city' | 'method' | 'rank'>,
  y: Indicator,
): Choropleth {
  const yCells = new Map(x.areas.map((a) => [a, cellOf(model.ctx, y.id, a, s.jahr)]));
  const cells = new Map<AreaKey, Cell>();
  for (const a of x.areas) {
    const cx = x.cells.get(a)!;
    const cy = yCells.get(a)!;
    cells.set(
      a,
      cx.kind === 'fehlt' || cy.kind === 'fehlt'
        ? { kind: 'fehlt' }
        : cx.kind === 'unterdrueckt' || cy.kind === 'unterdrueckt'
          ? {
              kind: 'unterdrueckt',
              status: weakest([cx.status, cy.status])!,
              sources: [...cx.sources, ...cy.sources],
              forecast: cx.forecast,
            }
          : {
              ...cx,
              status: weakest([cx.status, cy.status])!,
              sources: [...new Set([...cx.sources, ...cy.sources])],
            },
    );
  }
  const rx = (v: number) => roundToDisplay(v, x.indicator.einheit, x.indicator.dezimalen);
  const ry = (v: number) => roundToDisplay(v, y.einheit, y.dezimalen);
  const both = x.areas.filter((a) => cells.get(a)!.kind === 'wert');
  const xv = (a: AreaKey) => (x.cells.get(a) as { value: number }).value;
  const yv = (a: AreaKey) => (yCells.get(a) as { value: number }).value;
  const breaks = bivariateScheme(both.map(xv), both.map(yv), { x: rx, y: ry });
  const axes = new Map<AreaKey, [number, number]>();
  const classOf = new Map<AreaKey, number>();
  for (const a of both) {
    const cell = bivariateCell(breaks, rx(xv(a)), ry(yv(a)));
    classOf.set(a, cell);
    axes.set(a, [cell % BIVARIATE_CLASSES, Math.floor(cell / BIVARIATE_CLASSES)]);
  }
  const counts = BIVARIATE_COLOURS.map((_, i) => [...classOf.values()].filter((c) => c === i).length);
  const all = [...cells.values()];
  return {
    ...x,
    year: s.jahr,
    cells,
    scheme: { thresholds: [], colours: [...BIVARIATE_COLOURS] },
    palette: 'blau',
    legend: BIVARIATE_COLOURS.map((colour, i) => ({
      index: i,
      from: undefined,
      to: undefined,
      colour,
      count: counts[i]!,
    })),
    classOf,
    noData: all.filter((c) => c.kind === 'fehlt').length,
    suppressed: all.filter((c) => c.kind === 'unterdrueckt').length,
    anyBeispiel: all.some((c) => c.kind !== 'fehlt' && c.status === 'beispiel'),
    bivariate: {
      y,
      yCells,
      yCity: cellOf(model.ctx, y.id, model.rootKey, s.jahr),
      breaks,
      axes,
      // A change map's direction is its indicator's (a growing share of the old is more demand).
      critical: criticalCell(x.base.polaritaet, y.polaritaet),
    },
  };
}
