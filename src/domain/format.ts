/**
 * Number formatting through Intl, per language: de-DE writes "21,3 %" and "117.606".
 * Pure: used by the map labels, legend, table, tooltip and text summaries alike.
 */
export const LANGUAGES = ['de', 'en', 'leicht', 'ar', 'bg', 'tr', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];
/**
 * The languages translated for residents (profile, finder, header, notices, the map's legend and
 * tooltip) from the German, which stays authoritative: each pack says so (i18n/community/).
 */
export const COMMUNITY_LANGUAGES = ['ar', 'bg', 'tr', 'uk'] as const;
export type CommunityLanguage = (typeof COMMUNITY_LANGUAGES)[number];
export const isCommunity = (lang: Language): lang is CommunityLanguage =>
  (COMMUNITY_LANGUAGES as readonly string[]).includes(lang);
/**
 * The languages the data's own texts must come in (area names, indicator labels, units, the
 * package's deck): every UI language reads one of them — Leichte Sprache and the community
 * languages read German where the package has no text of their own (see `textIn`).
 */
export type DataLanguage = 'de' | 'en';
export const dataLanguage = (lang: Language): DataLanguage => (lang === 'en' ? 'en' : 'de');
/** A data text in the reader's language where the package has one, else German or English. */
export function textIn<T>(
  texts: { de: T; en: T } & Partial<Record<CommunityLanguage, NoInfer<T> | undefined>>,
  lang: Language,
): T {
  return (isCommunity(lang) ? texts[lang] : undefined) ?? texts[dataLanguage(lang)];
}
/** The `lang` attribute of a UI language (BCP 47): Leichte Sprache is German to a screen reader. */
export const htmlLang = (lang: Language): string => (lang === 'leicht' ? 'de' : lang);
/** Arabic is written right to left: the page's `dir`, and its layout mirrored by logical CSS. */
export const textDirection = (lang: Language): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * The Intl locale of each UI language. Arabic with Western digits: the map, its legend and the
 * table show the same figures as the German page, and Syria's readers know both digit forms.
 */
export const INTL_LOCALE: Record<Language, string> = {
  de: 'de-DE',
  en: 'en-GB',
  leicht: 'de-DE',
  ar: 'ar-u-nu-latn',
  bg: 'bg-BG',
  tr: 'tr-TR',
  uk: 'uk-UA',
};

import { communityTexts } from './communityTexts.ts';

/**
 * The units of the catalogue, and two of changes (domain/change.ts), never in a package: `pp`, the
 * difference of two shares in percentage points, and `veraenderung`, a change in per cent of the
 * base value; both are shown with their sign.
 */
export type Unit =
  | 'personen'
  | 'anteil'
  | 'km2'
  | 'je_km2'
  | 'je_100'
  | 'je_1000'
  | 'jahre'
  | 'anzahl'
  | 'pp'
  | 'veraenderung';
const SIGNED = new Set<Unit>(['pp', 'veraenderung']);

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Language, decimals: number, sign = false): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${sign}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

const SUFFIX: Record<DataLanguage, Record<Unit, string>> = {
  de: {
    personen: '',
    anteil: ' %',
    km2: ' km²',
    je_km2: ' je km²',
    je_100: ' je 100',
    je_1000: ' je 1.000',
    jahre: ' Jahre',
    anzahl: '',
    pp: ' Pp.',
    veraenderung: ' %',
  },
  en: {
    personen: '',
    anteil: ' %',
    km2: ' km²',
    je_km2: ' per km²',
    je_100: ' per 100',
    je_1000: ' per 1,000',
    jahre: ' years',
    anzahl: '',
    pp: ' pp',
    veraenderung: ' %',
  },
};

/** Shares are stored as fractions and shown as percentages. */
const scale = (unit: Unit) => (unit === 'anteil' || unit === 'pp' || unit === 'veraenderung' ? 100 : 1);

/** A stored value in the unit it is shown in (a share 0.213 as 21.3), rounded to `decimals`. */
export const displayNumber = (value: number, unit: Unit, decimals: number): number =>
  Number((value * scale(unit)).toFixed(decimals));

/** The unit's name for a column header or a unit column (CSV exports). */
export const UNIT_NAME: Record<Unit, Record<DataLanguage, string>> = {
  anteil: { de: '%', en: '%' },
  personen: { de: 'Personen', en: 'persons' },
  anzahl: { de: 'Anzahl', en: 'count' },
  km2: { de: 'km²', en: 'km²' },
  je_km2: { de: 'je km²', en: 'per km²' },
  je_100: { de: 'je 100', en: 'per 100' },
  je_1000: { de: 'je 1.000', en: 'per 1,000' },
  jahre: { de: 'Jahre', en: 'years' },
  pp: { de: 'Prozentpunkte', en: 'percentage points' },
  veraenderung: { de: '% Veränderung', en: '% change' },
};

export function formatNumber(lang: Language, value: number, decimals = 0): string {
  return nf(lang, decimals).format(value);
}

/** A value with its unit, e.g. "21,3 %", "117.606", "4,2 km²" (Turkish "%21,3", Ukrainian "43,2 року"). */
export function formatValue(lang: Language, value: number, unit: Unit, decimals: number): string {
  const sign = SIGNED.has(unit);
  if (isCommunity(lang)) {
    if (unit === 'anteil' || unit === 'veraenderung') return minus(pf(lang, decimals, sign).format(value));
    const shown = Number((value * scale(unit)).toFixed(decimals));
    return minus(nf(lang, decimals, sign).format(shown)) + communitySuffix(lang, unit, shown);
  }
  return minus(nf(lang, decimals, sign).format(value * scale(unit))) + SUFFIX[dataLanguage(lang)][unit];
}

const plurals = new Map<string, Intl.PluralRules>();
function communitySuffix(lang: CommunityLanguage, unit: Unit, n: number): string {
  if (unit === 'anteil' || unit === 'veraenderung') return ' %';
  const forms = communityTexts(lang)?.units[unit];
  // Until the pack has arrived (the app waits for it), the German unit.
  if (!forms) return SUFFIX.de[unit];
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  return forms[rules.select(n)] ?? forms.other;
}

/** Intl's percent style: where the sign goes and how it is spaced is the locale's. */
const percentCache = new Map<string, Intl.NumberFormat>();
function pf(lang: Language, decimals: number, sign: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${sign}`;
  let f = percentCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
    });
    percentCache.set(key, f);
  }
  return f;
}

/** A typographic minus: the hyphen Intl writes is easily overlooked. */
const minus = (s: string) => s.replace('-', '−');

/** The number alone as the legend shows it (no unit). */
export function formatBare(lang: Language, value: number, unit: Unit, decimals: number): string {
  return minus(nf(lang, decimals, SIGNED.has(unit)).format(value * scale(unit)));
}

/** Round a stored value to the precision it is displayed with (in stored units). */
export function roundToDisplay(value: number, unit: Unit, decimals: number): number {
  const f = 10 ** decimals * scale(unit);
  return Math.round(value * f) / f;
}

export function unitSuffix(lang: Language, unit: Unit): string {
  if (isCommunity(lang)) return communitySuffix(lang, unit, 5.5).trim();
  return SUFFIX[dataLanguage(lang)][unit].trim();
}

/** Counts and areas are compared with the city as a share of it; everything else as a difference. */
export const isExtensive = (unit: Unit) => unit === 'personen' || unit === 'anzahl' || unit === 'km2';
/**
 * The one rule for the whole territory as a yardstick: its value is marked beside an area's (the
 * legend, the presentation's table, the comparison's stroke, the profile's sentences) only where it
 * is not a sum — the city's 35 closures are no measure for a quartier's 5; its change is.
 */
export const cityIsYardstick = (unit: Unit) => !isExtensive(unit);

/**
 * Comparison with the city: for shares in percentage points ("+2,1 Pp."), for counts as the
 * share of the whole territory's total ("3,4 % Bremerhavens": `whole` is the territory in that
 * phrase, see view/territory.ts), otherwise as a signed difference with unit.
 */
export function formatCityComparison(
  lang: Language,
  value: number,
  city: number,
  unit: Unit,
  decimals: number,
  whole: string,
): string {
  if (isExtensive(unit)) {
    const share = city === 0 ? 0 : (value / city) * 100;
    // The community languages bend the whole's name differently: "3,4% (Bremerhaven)".
    if (isCommunity(lang)) return `${pf(lang, 1, false).format(share / 100)} (${whole})`;
    return `${nf(lang, 1).format(share)} % ${whole}`;
  }
  const diff = (value - city) * scale(unit);
  // A typographic minus: the hyphen Intl writes is easily overlooked.
  const d = nf(lang, decimals, true)
    .format(Number(diff.toFixed(decimals)))
    .replace('-', '−');
  if (isCommunity(lang))
    return (
      d + communitySuffix(lang, unit === 'anteil' || unit === 'veraenderung' ? 'pp' : unit, Math.abs(diff))
    );
  if (unit === 'anteil' || unit === 'pp' || unit === 'veraenderung')
    return d + (dataLanguage(lang) === 'de' ? ' Pp.' : ' pp');
  return d + SUFFIX[dataLanguage(lang)][unit];
}
