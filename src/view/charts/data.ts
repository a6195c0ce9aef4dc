import { cityIsYardstick } from '../../domain/format.ts';
import { pyramidShares, type BandCount, type PyramidRow } from '../../domain/compare/pyramid.ts';
import type { SeriesPoint } from '../../domain/compare/series.ts';
import { type AreaKey, type IndicatorId, type Year } from '../../domain/ids.ts';
import { coverageId, LOSS_ID } from '../../domain/supply/categories.ts';
import { cellOf, cellsOf, type Cell } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import type { Indicator } from '../../data/schemas.ts';

/** Marks of the compared areas: shape and colour together, so colour never carries meaning alone. */
export const AREA_MARKS = [
  { shape: 'kreis', colour: '#0072b2' },
  { shape: 'quadrat', colour: '#c2410c' },
  { shape: 'dreieck', colour: '#047857' },
  { shape: 'raute', colour: '#9d3d87' },
] as const;
export type Shape = (typeof AREA_MARKS)[number]['shape'];
export const CITY_COLOUR = '#1a1a1a';

/** The indicators of the Beirat's question — age, diversity, supply — that share a unit. */
const DOT_PANELS: { unit: string; ids: string[] }[] = [
  {
    unit: 'anteil',
    ids: [
      'anteil_unter_18',
      'anteil_65_plus',
      'anteil_80_plus',
      'anteil_auslaender',
      'anteil_migrationshintergrund',
      coverageId('lebensmittelmarkt', 500),
      coverageId('hausarztpraxis', 500),
      coverageId('apotheke', 500),
    ],
  },
  { unit: 'jahre', ids: ['durchschnittsalter'] },
  { unit: 'anzahl', ids: [LOSS_ID] },
];

export interface DotRow {
  indicator: Indicator;
  /** Smallest and largest value among all areas of the compared areas' levels: the context. */
  range: [number, number] | undefined;
  /** The city's value; undefined for counts, where the city's total is no reference. */
  city: number | undefined;
  values: { area: AreaKey; value: number | undefined }[];
  /** Every value the row shows (areas and city), for its status and sources. */
  cells: Cell[];
}
export interface DotPanel {
  unit: string;
  /** One scale for every row of the panel. */
  domain: [number, number];
  rows: DotRow[];
}

/** Dot-chart panels for the chosen areas and the city; each panel has one shared scale. */
export function dotPanels(model: Model, areas: readonly AreaKey[], year: Year): DotPanel[] {
  const levels = [...new Set(areas.map((a) => model.areas.get(a)?.level ?? 'ebene1'))];
  return DOT_PANELS.flatMap(({ unit, ids }) => {
    const rows: DotRow[] = ids.flatMap((id) => {
      const key = model.indicatorId(id);
      const indicator = key && model.indicators.get(key);
      if (!indicator) return [];
      const all = levels.flatMap((l) =>
        [...cellsOf(model.ctx, indicator.id, model.byLevel[l], year).values()].flatMap((c) =>
          c.kind === 'wert' ? [c.value] : [],
        ),
      );
      const cell = (area: AreaKey) => cellOf(model.ctx, indicator.id, area, year);
      const num = (c: Cell) => (c.kind === 'wert' ? c.value : undefined);
      const own = areas.map(cell);
      // A quartier's count is a fraction of the city's total: the city is no reference for counts.
      const city = cityIsYardstick(indicator.einheit) ? cell(model.rootKey) : undefined;
      return [
        {
          indicator,
          range: all.length ? [Math.min(...all), Math.max(...all)] : undefined,
          city: city && num(city),
          values: areas.map((area, i) => ({ area, value: num(own[i]!) })),
          cells: city ? [...own, city] : own,
        },
      ];
    });
    const every = rows.flatMap((r) => [
      ...(r.range ?? []),
      ...(r.city === undefined ? [] : [r.city]),
      ...r.values.flatMap((v) => (v.value === undefined ? [] : [v.value])),
    ]);
    if (rows.length === 0 || every.length === 0) return [];
    // Shares start at 0 so the dots' distances read as proportions; other units may not.
    const lo = unit === 'anteil' ? Math.min(0, ...every) : Math.min(...every);
    return [{ unit, domain: [lo, Math.max(...every)] as [number, number], rows }];
  });
}

/** Age bands in the catalogue, youngest first. */
export function pyramidBands(model: Model): string[] {
  const bands = new Set<string>();
  for (const i of model.catalogue.indikatoren) if (i.pyramide) bands.add(i.pyramide.altersband);
  return [...bands].sort((a, b) => Number(a.split('_')[0]) - Number(b.split('_')[0]));
}

export interface Pyramid {
  area: AreaKey;
  rows: PyramidRow[] | undefined;
  /** The band counts it is made of, for its status and sources. */
  cells: Cell[];
}

/** Population pyramid (shares by sex and age band) of an area; the city's is the reference. */
export function pyramidOf(model: Model, area: AreaKey, year: Year): Pyramid {
  const bands = pyramidBands(model);
  const counts: BandCount[] = [];
  const cells: Cell[] = [];
  for (const i of model.catalogue.indikatoren) {
    if (!i.pyramide) continue;
    const c = cellOf(model.ctx, i.id, area, year);
    if (c.kind !== 'wert') continue;
    counts.push({ sex: i.pyramide.geschlecht, band: i.pyramide.altersband, count: c.value });
    cells.push(c);
  }
  return { area, rows: pyramidShares(counts, bands), cells };
}

export interface Series {
  area: AreaKey;
  points: (SeriesPoint & { cell: Cell })[];
}

/** The chosen indicator over all years (observed and forecast) for the areas and the city. */
export function seriesOf(model: Model, areas: readonly AreaKey[], id: IndicatorId): Series[] {
  return [...areas, model.rootKey].map((area) => ({
    area,
    points: model.years.flatMap((year) => {
      const c = cellOf(model.ctx, id, area, year);
      return c.kind === 'wert' ? [{ year, value: c.value, forecast: c.forecast, cell: c }] : [];
    }),
  }));
}
