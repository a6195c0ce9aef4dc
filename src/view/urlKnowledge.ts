import { FORECAST_YEARS, LAST_YEAR } from '../domain/ids.ts';
import type { Model } from '../data/model.ts';
import { setLevelWords, type UrlKnowledge } from '../state/url.ts';

/** The map opens on the share of people 65 and older when the catalogue has it. */
const DEFAULT_INDICATOR = 'anteil_65_plus';

/** What the URL parser may accept, from the loaded model: every id it returns is a validated one. */
export function urlKnowledge(model: Model): UrlKnowledge {
  // The package's words for `ebene=` (one package per page).
  setLevelWords(model.manifest.ebenen);
  const indicators = new Map([...model.indicators.keys()].map((id) => [id as string, id]));
  const observed = model.years.filter((y) => !(FORECAST_YEARS as readonly number[]).includes(y));
  return {
    indicators,
    areas: new Map([...model.areas.values()].map((a) => [a.key as string, { key: a.key, level: a.level }])),
    years: model.years,
    defaultIndicator: indicators.get(DEFAULT_INDICATOR) ?? model.catalogue.indikatoren[0]!.id,
    defaultYear: observed.find((y) => y === LAST_YEAR) ?? observed.at(-1) ?? model.years[0]!,
  };
}
