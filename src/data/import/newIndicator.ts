import type { UNITS } from '../schemas.ts';
import { indicatorSchema, type Indicator } from '../schemas.ts';
import { normaliseName } from './areas.ts';

/**
 * A new catalogue entry as the Datenwerkstatt's form asks for it: names in German and English,
 * unit, Handlungsfeld, polarity, how it aggregates from Ortsteile to Stadtteil and city, and its
 * small-number rule. Checked by the catalogue's own schema before it is used.
 */
export interface IndicatorDraft {
  label_de: string;
  label_en: string;
  beschreibung_de: string;
  beschreibung_en: string;
  einheit: (typeof UNITS)[number];
  gruppe: string;
  polaritaet: Indicator['polaritaet'];
  /** summe: counts add up; mittel: a share or rate weighted by a count; verhaeltnis: numerator / denominator. */
  art: 'summe' | 'mittel' | 'verhaeltnis';
  gewicht: string;
  zaehler: string;
  nenner: string;
  /** The smallest count, weight or denominator shown (below it: suppressed); empty = no rule. */
  kleinzahl: string;
}

export const emptyDraft = (gruppe: string): IndicatorDraft => ({
  label_de: '',
  label_en: '',
  beschreibung_de: '',
  beschreibung_en: '',
  einheit: 'anteil',
  gruppe,
  polaritaet: 'neutral',
  art: 'mittel',
  gewicht: 'einwohner',
  zaehler: '',
  nenner: 'einwohner',
  kleinzahl: '',
});

/** An id from the German name: lower case, umlauts spelt out, words joined by `_` ("SGB-II-Quote" → sgb_ii_quote). */
export function idOfLabel(label: string): string {
  const words = label
    .split(/[^\p{L}\p{N}]+/u)
    .map(normaliseName)
    .filter((w) => w !== '');
  const id = words.join('_').slice(0, 40).replace(/_+$/, '');
  return /^[a-z]/.test(id) ? id : `k_${id}`;
}

const FACTOR: Partial<Record<IndicatorDraft['einheit'], number>> = { je_100: 100, je_1000: 1000 };
const DECIMALS: Record<IndicatorDraft['einheit'], number> = {
  personen: 0,
  anzahl: 0,
  anteil: 1,
  km2: 2,
  je_km2: 0,
  je_100: 1,
  je_1000: 1,
  jahre: 1,
};

export type DraftResult =
  | { ok: true; indicator: Indicator }
  | { ok: false; problems: { feld: keyof IndicatorDraft | 'id'; meldung: string }[] };

/**
 * The catalogue entry for a draft, or what is missing. `known` are the ids already in the
 * catalogue (and earlier new entries): an id is used once, and a weight, numerator or
 * denominator must be one of them.
 */
export function indicatorOfDraft(
  d: IndicatorDraft,
  known: ReadonlyMap<string, Pick<Indicator, 'id' | 'einheit'>>,
  own?: string,
): DraftResult {
  const problems: { feld: keyof IndicatorDraft | 'id'; meldung: string }[] = [];
  const id = idOfLabel(d.label_de);
  if (d.label_de.trim() === '') problems.push({ feld: 'label_de', meldung: 'Name (deutsch) fehlt' });
  else if (known.has(id) && id !== own)
    problems.push({ feld: 'label_de', meldung: `Eine Kennzahl „${id}“ gibt es schon` });
  if (d.label_en.trim() === '') problems.push({ feld: 'label_en', meldung: 'Name (englisch) fehlt' });
  const count = (ref: string, feld: 'gewicht' | 'zaehler' | 'nenner', what: string) => {
    const k = known.get(ref);
    if (!k) problems.push({ feld, meldung: `${what}: bitte eine vorhandene Kennzahl wählen` });
    else if (!['personen', 'anzahl', 'km2'].includes(k.einheit))
      problems.push({ feld, meldung: `${what} muss eine Anzahl sein` });
  };
  // Plain values: the catalogue's schema below checks them and gives them their types.
  let aggregation: Record<string, unknown>;
  let kleinzahl: Indicator['kleinzahl'] = {};
  const min = d.kleinzahl.trim() === '' ? undefined : Number(d.kleinzahl);
  if (min !== undefined && (!Number.isInteger(min) || min <= 0))
    problems.push({ feld: 'kleinzahl', meldung: 'Kleinzahlregel: eine ganze Zahl über 0 oder leer' });
  if (d.art === 'summe') {
    if (!['personen', 'anzahl', 'km2'].includes(d.einheit))
      problems.push({
        feld: 'art',
        meldung: 'Nur Anzahlen und Flächen werden summiert; für Anteile „Mittel“ oder „Verhältnis“',
      });
    aggregation = { art: 'summe' };
    if (min) kleinzahl = { min_anzahl: min };
  } else if (d.art === 'mittel') {
    count(d.gewicht, 'gewicht', 'Gewicht');
    aggregation = { art: 'mittel', gewicht: d.gewicht };
    if (min) kleinzahl = { min_gewicht: min };
  } else {
    count(d.zaehler, 'zaehler', 'Zähler');
    count(d.nenner, 'nenner', 'Nenner');
    aggregation = {
      art: 'verhaeltnis',
      zaehler: d.zaehler,
      nenner: d.nenner,
      faktor: FACTOR[d.einheit] ?? 1,
    };
    if (min) kleinzahl = { min_nenner: min };
  }
  if (problems.length > 0) return { ok: false, problems };
  const r = indicatorSchema.safeParse({
    id,
    label_de: d.label_de.trim(),
    label_en: d.label_en.trim(),
    beschreibung_de: d.beschreibung_de.trim() || d.label_de.trim(),
    beschreibung_en: d.beschreibung_en.trim() || d.label_en.trim(),
    einheit: d.einheit,
    gruppe: d.gruppe,
    polaritaet: d.polaritaet,
    aggregation,
    dezimalen: DECIMALS[d.einheit],
    kleinzahl,
  });
  if (!r.success)
    return {
      ok: false,
      problems: r.error.issues.map((e) => ({ feld: String(e.path[0] ?? 'id') as 'id', meldung: e.message })),
    };
  return { ok: true, indicator: r.data };
}

/** The form's fields for an existing entry (to change a new indicator again). */
export function draftOfIndicator(i: Indicator): IndicatorDraft {
  const a = i.aggregation;
  const k = i.kleinzahl;
  return {
    label_de: i.label_de,
    label_en: i.label_en,
    beschreibung_de: i.beschreibung_de,
    beschreibung_en: i.beschreibung_en,
    einheit: i.einheit,
    gruppe: i.gruppe,
    polaritaet: i.polaritaet,
    art: a.art === 'summe' || a.art === 'mittel' || a.art === 'verhaeltnis' ? a.art : 'summe',
    gewicht: a.art === 'mittel' ? a.gewicht : 'einwohner',
    zaehler: a.art === 'verhaeltnis' ? a.zaehler : '',
    nenner: a.art === 'verhaeltnis' ? a.nenner : 'einwohner',
    kleinzahl: String(k.min_anzahl ?? k.min_gewicht ?? k.min_nenner ?? ''),
  };
}
