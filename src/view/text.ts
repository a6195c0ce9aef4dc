import { formatCityComparison, formatValue, type Language } from '../domain/format.ts';
import type { AreaKey } from '../domain/ids.ts';
import type { Cell } from '../domain/values.ts';
import { SYMBOL_INFO } from '../domain/symbols.ts';
import type { Model } from '../data/model.ts';
import type { Indicator } from '../data/schemas.ts';
import type { Translate } from '../i18n/translate.ts';
import type { LegendClass } from '../domain/classify/scheme.ts';
import { formatBare, isCommunity, unitSuffix } from '../domain/format.ts';
import { communityTexts } from '../domain/communityTexts.ts';
import type { Choropleth } from './choropleth.ts';

/** Texts derived from a choropleth: cell values, legend ranges and the map's summary. */
export function areaName(model: Model, key: AreaKey, lang: Language): string {
  const a = model.areas.get(key);
  return (lang === 'en' ? a?.nameEn : a?.name) ?? key;
}

/** An indicator's (or group's) label in the reader's language; German where the package has none. */
export function indicatorLabel(
  ind: Pick<Indicator, 'label_de' | 'label_en' | 'label_ar' | 'label_bg' | 'label_tr' | 'label_uk'> & {
    id?: string;
  },
  lang: Language,
): string {
  if (isCommunity(lang))
    return (
      ind[`label_${lang}`] ??
      ('id' in ind ? communityTexts(lang)?.indicatorLabels[ind.id] : undefined) ??
      ind.label_de
    );
  return lang === 'en' ? ind.label_en : ind.label_de;
}

/**
 * The year as it follows an indicator's name: "Anteil 65+ 2024", but "Versorgungsverlust seit 2015
 * bis 2024" where the name itself ends in a year (two years in a row read as one figure).
 */
export function yearText(ind: Indicator, year: number, lang: Language, t: Translate): string {
  return /\b\d{4}$/.test(indicatorLabel(ind, lang)) ? t('indicator.untilYear', { year }) : String(year);
}

/** The indicator's name with its year, as headings and labels show it (see yearText). */
export function indicatorWithYear(ind: Indicator, year: number, lang: Language, t: Translate): string {
  return `${indicatorLabel(ind, lang)} ${yearText(ind, year, lang, t)}`;
}

export function cellText(cell: Cell | undefined, ind: Indicator, lang: Language, t: Translate): string {
  if (!cell) return t('value.noData');
  if (cell.kind !== 'wert' && cell.zeichen)
    return t('value.symbol', {
      what: t(cell.kind === 'fehlt' ? 'value.noData' : 'value.suppressed'),
      symbol: cell.zeichen,
      meaning: t(`symbol.${SYMBOL_INFO[cell.zeichen].name}`),
    });
  if (cell.kind === 'fehlt') return t('value.noData');
  if (cell.kind === 'unterdrueckt') return t('value.suppressed');
  return formatValue(lang, cell.value, ind.einheit, ind.dezimalen);
}

export function cityComparison(
  cell: Cell | undefined,
  city: Cell,
  ind: Indicator,
  lang: Language,
  whole: string,
): string | null {
  if (cell?.kind !== 'wert' || city.kind !== 'wert') return null;
  return formatCityComparison(lang, cell.value, city.value, ind.einheit, ind.dezimalen, whole);
}

export function rangeText(c: LegendClass, ind: Indicator, lang: Language, t: Translate): string {
  // The community languages put the unit with each number ("%20,1 altı"), German and English once at the end.
  const community = isCommunity(lang);
  const f = (v: number) =>
    community
      ? formatValue(lang, v, ind.einheit, ind.dezimalen)
      : formatBare(lang, v, ind.einheit, ind.dezimalen);
  const suffix = community ? '' : unitSuffix(lang, ind.einheit);
  const unit = suffix ? ` ${suffix}` : '';
  if (c.from === undefined && c.to === undefined) return t('legend.all');
  if (c.from === undefined) return t('legend.below', { to: f(c.to!) }) + unit;
  if (c.to === undefined) return t('legend.atLeast', { from: f(c.from) }) + unit;
  return t('legend.range', { from: f(c.from), to: f(c.to) }) + unit;
}

/** "Anteil 65+ 2024 (Ortsteile): höchste Werte in A (…), B (…), C (…); niedrigste in …; Bremerhaven …". */
export function mapSummary(
  model: Model,
  ch: Choropleth,
  lang: Language,
  t: Translate,
  levelName: string,
): string {
  const ind = ch.indicator;
  const base = {
    indicator: indicatorLabel(ind, lang),
    year: yearText(ind, ch.year, lang, t),
    level: levelName,
  };
  const valued = ch.areas.filter((a) => ch.cells.get(a)?.kind === 'wert');
  if (valued.length === 0) return t('summary.noValues', base);
  if (ch.bivariate) {
    const critical = ch.areas
      .filter((a) => ch.classOf.get(a) === ch.bivariate!.critical)
      .map((a) => areaName(model, a, lang));
    const text = t('summary.bivariate', {
      ...base,
      y: indicatorLabel(ch.bivariate.y, lang),
      n: ch.bivariate.critical + 1,
      areas: critical.length ? critical.join(', ') : t('bivariate.none'),
    });
    return ch.anyBeispiel ? text + t('summary.sample') : text;
  }
  const byValue = [...valued].sort((a, b) => ch.rank.get(a)! - ch.rank.get(b)!);
  const n = Math.min(3, Math.floor(byValue.length / 2) || 1);
  const item = (a: AreaKey) => `${areaName(model, a, lang)} (${cellText(ch.cells.get(a), ind, lang, t)})`;
  const text = t('summary.text', {
    ...base,
    high: byValue.slice(0, n).map(item).join(', '),
    low: byValue.slice(-n).reverse().map(item).join(', '),
    city: cellText(ch.city, ind, lang, t),
  });
  return ch.anyBeispiel ? text + t('summary.sample') : text;
}

/** The class bounds of one axis of a demand × supply map: "unter 10 %", "10 % bis unter 20 %", "20 % und mehr". */
export function bivariateBounds(
  th: readonly number[],
  ind: Pick<Indicator, 'einheit' | 'dezimalen'>,
  lang: Language,
  t: Translate,
): string[] {
  const f = (v: number) => formatValue(lang, v, ind.einheit, ind.dezimalen);
  return [0, 1, 2].map((i) => {
    const lo = th[i - 1];
    const hi = th[i];
    if (i === 0) return hi === undefined ? '' : t('legend.below', { to: f(hi) });
    if (lo === undefined) return '';
    return i === 2 || hi === undefined
      ? t('legend.atLeast', { from: f(lo) })
      : t('legend.range', { from: f(lo), to: f(hi) });
  });
}
