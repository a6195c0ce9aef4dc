import { FORECAST_YEARS, LAST_YEAR, type IndicatorId } from '../domain/ids.ts';
import { LOSS_ID } from '../domain/supply/categories.ts';
import type { Model } from '../data/model.ts';
import { setLevelWords, type UrlKnowledge } from '../state/url.ts';

/** The map opens on the share of people 65 and older when the catalogue has it. */
const DEFAULT_INDICATOR = 'anteil_65_plus';

/**
 * The scatter plot's second axis when a link names none: the loss of local supply (the Beirat's
 * question "is it related to ageing?"), else — or when x is that — the first other indicator of
 * another Handlungsfeld that is no helper figure, else any other.
 */
function defaultSecond(model: Model, x: IndicatorId): IndicatorId {
  const list = model.catalogue.indikatoren.filter((i) => i.id !== x && !i.pyramide && !i.hilfsgroesse);
  const first = model.indicators.get(x);
  return (
    list.find((i) => i.id === LOSS_ID)?.id ??
    list.find((i) => i.gruppe !== first?.gruppe)?.id ??
    list[0]?.id ??
    model.catalogue.indikatoren.find((i) => i.id !== x)?.id ??
    x
  );
}

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
    defaultSecond: (x) => defaultSecond(model, x),
    defaultYear: observed.find((y) => y === LAST_YEAR) ?? observed.at(-1) ?? model.years[0]!,
    fields: new Set(model.catalogue.gruppen.map((g) => g.id)),
  };
}
