import type { CommunityLanguage, Unit } from './format.ts';

/**
 * The texts the app itself writes for data in the community languages — units after numbers, the
 * labels of the indicators it computes, the titles of the sources it adds — arrive with each
 * language's pack (i18n/community/*.ts, lazy), so German readers download none of them. The pack
 * registers them here before the first text in its language is drawn (i18n/translate.ts).
 */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export interface CommunityTexts {
  /** Units after a number, in the plural form Intl.PluralRules picks ("1 рік", "5 років"). */
  units: Record<Exclude<Unit, 'anteil' | 'veraenderung'>, Forms>;
  /** Labels of the indicators the app computes (supply, coverage), by id. */
  indicatorLabels: Readonly<Record<string, string>>;
  /** Titles of the sources the app itself adds, by id. */
  sourceTitles: Readonly<Record<string, string>>;
  /** What an untranslated title is ("Almanca"): said after an outside publication's German title. */
  germanTitle: string;
}

const REGISTRY: Partial<Record<CommunityLanguage, CommunityTexts>> = {};
export function registerCommunityTexts(lang: CommunityLanguage, texts: CommunityTexts): void {
  REGISTRY[lang] = texts;
}
export const communityTexts = (lang: CommunityLanguage): CommunityTexts | undefined => REGISTRY[lang];
