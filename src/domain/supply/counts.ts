import type { AreaKey, IndicatorId } from '../ids.ts';
import { BASE_YEAR, CATEGORIES, CLOSURES_ID, countId, LOSS_ID, OPENINGS_ID } from './categories.ts';
import { isOpen, type Facility } from './facility.ts';

export interface DerivedValue {
  area: AreaKey;
  id: IndicatorId;
  year: number;
  value: number;
}

/**
 * Per Ortsteil and year: open facilities per category; openings and closures since the start of
 * the base year; and the net loss of supply (`versorgungsverlust` = closures − openings, so a
 * quartier that gained supply has a negative loss). Before the base year the change indicators
 * have no value. Rates per 1,000 and the higher levels follow from the catalogue's aggregation.
 */
export function supplyCounts(
  facilities: readonly Facility[],
  areaOf: ReadonlyMap<string, AreaKey>,
  areas: readonly AreaKey[],
  years: readonly number[],
  baseYear = BASE_YEAR,
): DerivedValue[] {
  const byArea = new Map<AreaKey, Facility[]>(areas.map((a) => [a, []]));
  for (const f of facilities) {
    const a = areaOf.get(f.id);
    if (a) byArea.get(a)?.push(f);
  }
  const out: DerivedValue[] = [];
  for (const [area, list] of byArea)
    for (const year of years) {
      for (const c of CATEGORIES) {
        let n = 0;
        for (const f of list) if (f.category === c && isOpen(f, year)) n++;
        out.push({ area, id: countId(c), year, value: n });
      }
      if (year < baseYear) continue;
      let closures = 0;
      let openings = 0;
      for (const f of list) {
        if (f.closed !== null && f.closed >= baseYear && f.closed <= year) closures++;
        if (f.opened !== null && f.opened >= baseYear && f.opened <= year) openings++;
      }
      out.push({ area, id: CLOSURES_ID, year, value: closures });
      out.push({ area, id: OPENINGS_ID, year, value: openings });
      out.push({ area, id: LOSS_ID, year, value: closures - openings });
    }
  return out;
}

export interface LedgerEntry {
  year: number;
  kind: 'eroeffnet' | 'geschlossen';
  facility: Facility;
}

/** The openings and closures of a set of facilities, newest first (closures before openings). */
export function ledger(facilities: readonly Facility[]): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (const f of facilities) {
    if (f.opened !== null) out.push({ year: f.opened, kind: 'eroeffnet', facility: f });
    if (f.closed !== null) out.push({ year: f.closed, kind: 'geschlossen', facility: f });
  }
  return out.sort(
    (a, b) =>
      b.year - a.year ||
      (a.kind === b.kind ? 0 : a.kind === 'geschlossen' ? -1 : 1) ||
      a.facility.name.localeCompare(b.facility.name, 'de'),
  );
}
