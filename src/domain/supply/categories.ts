import type { IndicatorId } from '../ids.ts';

/**
 * The supply categories, their symbol letter (map and legend: shape and letter, never colour
 * alone), the population group whose demand they serve, and their names.
 */
export const CATEGORIES = [
  'lebensmittelmarkt',
  'apotheke',
  'hausarztpraxis',
  'kita',
  'grundschule',
  'begegnungsstaette',
  'jugendtreff',
  'bank',
  'post',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type DemandGroup = 'alle' | '65_plus' | 'unter_6' | '6_17';

export interface CategoryInfo {
  letter: string;
  group: DemandGroup;
  de: { one: string; many: string };
  en: { one: string; many: string };
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  lebensmittelmarkt: {
    letter: 'L',
    group: 'alle',
    de: { one: 'Lebensmittelmarkt', many: 'Lebensmittelmärkte' },
    en: { one: 'Grocery', many: 'Groceries' },
  },
  apotheke: {
    letter: 'A',
    group: 'alle',
    de: { one: 'Apotheke', many: 'Apotheken' },
    en: { one: 'Pharmacy', many: 'Pharmacies' },
  },
  hausarztpraxis: {
    letter: 'H',
    group: '65_plus',
    de: { one: 'Hausarztpraxis', many: 'Hausarztpraxen' },
    en: { one: 'GP practice', many: 'GP practices' },
  },
  kita: {
    letter: 'K',
    group: 'unter_6',
    de: { one: 'Kita', many: 'Kitas' },
    en: { one: 'Day-care centre', many: 'Day-care centres' },
  },
  grundschule: {
    letter: 'S',
    group: '6_17',
    de: { one: 'Grundschule', many: 'Grundschulen' },
    en: { one: 'Primary school', many: 'Primary schools' },
  },
  begegnungsstaette: {
    letter: 'B',
    group: '65_plus',
    de: { one: 'Begegnungsstätte/Seniorentreff', many: 'Begegnungsstätten/Seniorentreffs' },
    en: { one: 'Community/senior centre', many: 'Community/senior centres' },
  },
  jugendtreff: {
    letter: 'J',
    group: '6_17',
    de: { one: 'Jugendtreff', many: 'Jugendtreffs' },
    en: { one: 'Youth club', many: 'Youth clubs' },
  },
  bank: {
    letter: 'G',
    group: 'alle',
    de: { one: 'Bank/Geldautomat', many: 'Banken/Geldautomaten' },
    en: { one: 'Bank/cash machine', many: 'Banks/cash machines' },
  },
  post: {
    letter: 'P',
    group: 'alle',
    de: { one: 'Post', many: 'Postfilialen' },
    en: { one: 'Post office', many: 'Post offices' },
  },
};

/** The population count indicator of each demand group. */
export const GROUP_POPULATION: Record<DemandGroup, IndicatorId> = {
  alle: 'einwohner' as IndicatorId,
  '65_plus': 'einwohner_65_plus' as IndicatorId,
  unter_6: 'einwohner_unter_6' as IndicatorId,
  '6_17': 'einwohner_6_17' as IndicatorId,
};

export const GROUP_LABEL: Record<DemandGroup, { de: string; en: string }> = {
  alle: { de: 'Einwohner', en: 'residents' },
  '65_plus': { de: 'Einwohner ab 65', en: 'residents aged 65+' },
  unter_6: { de: 'Kinder unter 6', en: 'children under 6' },
  '6_17': { de: 'Kinder und Jugendliche (6–17)', en: 'children and young people (6–17)' },
};

/** Changes are counted from the start of this year ("seit 2015"). */
export const BASE_YEAR = 2015;
export const RADII = [500, 1000] as const;
export type Radius = (typeof RADII)[number];

export const countId = (c: Category) => `einrichtungen_${c}` as IndicatorId;
export const rateId = (c: Category) => {
  const g = CATEGORY_INFO[c].group;
  return `${c}_je_1000${g === 'alle' ? '' : `_${g}`}` as IndicatorId;
};
export const coverageId = (c: Category, r: Radius) => `erreichbar_${r}m_${c}` as IndicatorId;
export const coveredPeopleId = (c: Category, r: Radius) => `erreichbar_${r}m_${c}_personen` as IndicatorId;
export const LOSS_ID = 'versorgungsverlust' as IndicatorId;
export const CLOSURES_ID = `schliessungen_seit_${BASE_YEAR}` as IndicatorId;
export const OPENINGS_ID = `eroeffnungen_seit_${BASE_YEAR}` as IndicatorId;
