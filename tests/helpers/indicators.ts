import { emptyDraft, indicatorOfDraft, type IndicatorDraft } from '../../src/data/import/newIndicator.ts';
import type { Indicator } from '../../src/data/schemas.ts';

/** The SGB-II-Quote as a planner creates it in the Datenwerkstatt's form (a share, weighted mean). */
export function sgbQuote(
  known: ReadonlyMap<string, Pick<Indicator, 'id' | 'einheit'>>,
  patch: Partial<IndicatorDraft> = {},
): Indicator {
  const r = indicatorOfDraft(
    {
      ...emptyDraft('teilhabe'),
      label_de: 'SGB-II-Quote',
      label_en: 'Benefit rate (SGB II)',
      einheit: 'anteil',
      polaritaet: 'hoeher_schlechter',
      art: 'mittel',
      gewicht: 'einwohner',
      ...patch,
    },
    known,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.indicator;
}
