import type { CommunityLanguage, Unit } from './format.ts';

/**
 * Units in the community languages (after the number; shares are written by Intl's percent style,
 * which puts Turkish "%21,3" first). Years take the plural form Intl.PluralRules picks for the
 * number: Ukrainian "1 рік, 2 роки, 5 років, 43,2 року".
 */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export const COMMUNITY_UNITS: Record<
  CommunityLanguage,
  Record<Exclude<Unit, 'anteil' | 'veraenderung'>, Forms>
> = {
  ar: {
    personen: { other: '' },
    anzahl: { other: '' },
    km2: { other: ' كم²' },
    je_km2: { other: ' لكل كم²' },
    je_100: { other: ' لكل 100' },
    je_1000: { other: ' لكل 1000' },
    jahre: { one: ' سنة', two: ' سنتان', few: ' سنوات', other: ' سنة' },
    pp: { other: ' نقطة مئوية' },
  },
  bg: {
    personen: { other: '' },
    anzahl: { other: '' },
    km2: { other: ' км²' },
    je_km2: { other: ' на км²' },
    je_100: { other: ' на 100' },
    je_1000: { other: ' на 1000' },
    jahre: { one: ' година', other: ' години' },
    pp: { other: ' пр. п.' },
  },
  tr: {
    personen: { other: '' },
    anzahl: { other: '' },
    km2: { other: ' km²' },
    je_km2: { other: ' / km²' },
    je_100: { other: ' / 100' },
    je_1000: { other: ' / 1.000' },
    jahre: { other: ' yaş' },
    pp: { other: ' puan' },
  },
  uk: {
    personen: { other: '' },
    anzahl: { other: '' },
    km2: { other: ' км²' },
    je_km2: { other: ' на км²' },
    je_100: { other: ' на 100' },
    je_1000: { other: ' на 1000' },
    jahre: { one: ' рік', few: ' роки', many: ' років', other: ' року' },
    pp: { other: ' в. п.' },
  },
};
