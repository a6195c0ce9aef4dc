import type { Model } from '../data/model.ts';
import { formatNumber, type Language } from '../domain/format.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * How the coverage values counted residents, in words: at building addresses (how many, in how
 * many areas, the rest spread evenly), or evenly over each area's surface on a 100 m grid.
 */
export function coverageNote(model: Model, lang: Language, t: Translate): string {
  const c = model.coverage;
  if (!c || c.adressen === 0) return t('supply.coverageNote');
  const n = formatNumber(lang, c.addresses);
  const base = t('supply.coverageNoteAddresses', { adressen: n, gebiete: c.adressen });
  return c.flaeche > 0 ? `${base} ${t('supply.coverageNoteRest', { gebiete: c.flaeche })}` : base;
}
