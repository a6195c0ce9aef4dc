import { cityIsYardstick, textIn, type Language } from '../../domain/format.ts';
import { type AreaKey, type Year } from '../../domain/ids.ts';
import { figureSentence, PROFILE_FIGURES } from '../../domain/profile/sentences.ts';
import { BASE_YEAR } from '../../domain/supply/categories.ts';
import { cellOf, type Cell } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import type { Indicator } from '../../data/schemas.ts';
import { areaName } from '../text.ts';

export interface Figure {
  indicator: Indicator;
  cell: Cell;
  city: Cell;
  sentence: string | undefined;
}

/** The profile's key figures of an area in a year, each with its plain-language sentence. */
export function profileFigures(model: Model, area: AreaKey, year: Year, lang: Language): Figure[] {
  const first = model.years[0];
  return PROFILE_FIGURES.flatMap((id) => {
    const key = model.indicatorId(id);
    const indicator = key && model.indicators.get(key);
    if (!indicator) return [];
    const cell = cellOf(model.ctx, indicator.id, area, year);
    const city = cellOf(model.ctx, indicator.id, model.rootKey, year);
    const start =
      id === 'einwohner' && first !== undefined && first < year
        ? cellOf(model.ctx, indicator.id, area, first)
        : undefined;
    const sentence =
      cell.kind === 'wert'
        ? figureSentence(
            {
              id,
              name: areaName(model, area, lang),
              value: cell.value,
              // Counts are not compared with the city's total.
              city: city.kind === 'wert' && cityIsYardstick(indicator.einheit) ? city.value : undefined,
              start: start?.kind === 'wert' ? { year: first!, value: start.value } : undefined,
              since: BASE_YEAR,
              where: textIn(model.manifest.gebiet, lang).in,
            },
            lang,
          )
        : undefined;
    return [{ indicator, cell, city, sentence }];
  });
}
