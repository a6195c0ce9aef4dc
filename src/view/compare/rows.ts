import { roundToDisplay } from '../../domain/format.ts';
import { compareWithCity, type Compared } from '../../domain/compare/compare.ts';
import { cityIsYardstick } from '../../domain/format.ts';
import { type AreaKey, type Year } from '../../domain/ids.ts';
import { cellOf, cellsOf, type Cell } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import type { Indicator } from '../../data/schemas.ts';

export { MAX_COMPARED } from './choice.ts';

/** The comparison shown without `vergleich=`: the manifest's (Bremerhaven: the Demografielabore). */
export const presetAreas = (model: Model): AreaKey[] =>
  model.manifest.vergleich.flatMap((k) => model.areaKey(k) ?? []);

// Supply: the headline, changes, rates and 500 m coverage compare across quartiers of any size;
// plain counts and the 1 km coverage stay on the map.
const COMPARED = (i: Indicator) =>
  !i.hilfsgroesse && !i.pyramide && !/^einrichtungen_|^erreichbar_1000m_/.test(i.id);

// A quartier's count is always far below the city's total: "notable" is only meaningful for rates,
// shares and means.
const notableOnlyForRates = (i: Indicator, c: Compared): Compared =>
  !cityIsYardstick(i.einheit) ? { ...c, notable: null } : c;

export interface CompareRow {
  indicator: Indicator;
  city: Cell;
  cells: { area: AreaKey; cell: Cell; compared: Compared }[];
}

/** One row per indicator, grouped by Handlungsfeld, for the chosen areas and the city. */
export function compareRows(
  model: Model,
  areas: readonly AreaKey[],
  year: Year,
): { group: { id: string; label_de: string; label_en: string }; rows: CompareRow[] }[] {
  return model.catalogue.gruppen
    .map((group) => ({
      group,
      rows: model.catalogue.indikatoren
        .filter((i) => i.gruppe === group.id && COMPARED(i))
        .map((indicator) => {
          const id = indicator.id;
          const city = cellOf(model.ctx, id, model.rootKey, year);
          const byLevel = new Map<string, Map<AreaKey, number>>();
          const levelValues = (area: AreaKey) => {
            const level = model.areas.get(area)?.level ?? 'ebene1';
            let m = byLevel.get(level);
            if (!m) {
              m = new Map();
              for (const [k, c] of cellsOf(model.ctx, id, model.byLevel[level], year))
                if (c.kind === 'wert') m.set(k, c.value);
              byLevel.set(level, m);
            }
            return m;
          };
          return {
            indicator,
            city,
            cells: areas.map((area) => ({
              area,
              cell: cellOf(model.ctx, id, area, year),
              compared: notableOnlyForRates(
                indicator,
                compareWithCity(area, levelValues(area), city.kind === 'wert' ? city.value : undefined, (v) =>
                  roundToDisplay(v, indicator.einheit, indicator.dezimalen),
                ),
              ),
            })),
          };
        }),
    }))
    .filter((g) => g.rows.length > 0);
}
