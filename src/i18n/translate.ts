import type { Language } from '../domain/format.ts';
import { INTL_LOCALE } from '../domain/format.ts';
import { registerCommunityTexts } from '../domain/communityTexts.ts';
import { de, type MessageKey, type Messages } from './de.ts';
import type { PluralForms } from './community/keys.ts';

/**
 * German is bundled; English is loaded on demand (`loadMessages`), so German users do not download
 * it, and the German texts of the lazy views come with those views (`loadViewMessages`,
 * `loadPresentMessages`).
 * Until a pack has arrived a translator falls back to German, then to the key itself.
 */
type Pack = Partial<Record<MessageKey, string | PluralForms>>;
const MESSAGES: Partial<Record<Language, Pack>> & { de: Partial<Messages> } = { de: { ...de } };

/** Each pack is its own chunk: German readers download none of them. */
const PACKS: Record<Exclude<Language, 'de'>, () => Promise<Pack>> = {
  en: () => import('./en.ts').then((m) => m.en),
  leicht: () => import('./leicht.ts').then((m) => m.leicht),
  ar: () =>
    import('./community/ar.ts').then((m) => {
      registerCommunityTexts('ar', m.arTexts);
      return m.ar;
    }),
  bg: () =>
    import('./community/bg.ts').then((m) => {
      registerCommunityTexts('bg', m.bgTexts);
      return m.bg;
    }),
  tr: () =>
    import('./community/tr.ts').then((m) => {
      registerCommunityTexts('tr', m.trTexts);
      return m.tr;
    }),
  uk: () =>
    import('./community/uk.ts').then((m) => {
      registerCommunityTexts('uk', m.ukTexts);
      return m.uk;
    }),
};

export function loadMessages(lang: Language): Promise<void> {
  if (lang === 'de' || MESSAGES[lang]) return Promise.resolve();
  return PACKS[lang]().then((pack) => {
    MESSAGES[lang] = pack;
  });
}
export const hasMessages = (lang: Language) => MESSAGES[lang] !== undefined;

/** German texts of the comparison, profile, charts and about (English ones are in the English pack). */
export function loadViewMessages(): Promise<void> {
  return import('./de.views.ts').then((m) => {
    Object.assign(MESSAGES.de, m.deViews);
  });
}

/** The Datenwerkstatt's German texts (English ones are in the English pack). */
export function loadWorkshopMessages(): Promise<void> {
  return import('./de.workshop.ts').then((m) => {
    Object.assign(MESSAGES.de, m.deWorkshop);
  });
}

/** The Beirat meeting's German texts (English ones are in the English pack). */
export function loadMeetingMessages(): Promise<void> {
  return import('./de.meeting.ts').then((m) => {
    Object.assign(MESSAGES.de, m.deMeeting);
  });
}

/** The accessibility statement's German texts (English ones are in the English pack). */
export function loadA11yMessages(): Promise<void> {
  return import('./de.a11y.ts').then((m) => {
    Object.assign(MESSAGES.de, m.deA11y);
  });
}

/** The embed builder's German texts (English ones are in the English pack). */
export function loadEmbedMessages(): Promise<void> {
  return import('./de.embed.ts').then((m) => {
    Object.assign(MESSAGES.de, m.deEmbed);
  });
}

/** The exports' and the Indikatorenblatt's German texts (English ones are in the English pack). */
export function loadReportMessages(): Promise<void> {
  return import('./de.reports.ts').then((m) => {
    Object.assign(MESSAGES.de, m.deReports);
  });
}

/** The presentation's German texts (English ones are in the English pack). */
export function loadPresentMessages(): Promise<void> {
  return import('./de.present.ts').then((m) => {
    Object.assign(MESSAGES.de, m.dePresent);
  });
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * What the package's manifest puts into every text (see view/territory.ts): texts it replaces
 * (the title, the levels' names) and parameters every text may use ({gebiet}, {imGebiet} …).
 */
export interface TerritoryTexts {
  overrides: Partial<Record<MessageKey, string>>;
  vars: Params;
}

/** A translator for one language; parameters are inserted as text, never as HTML. */
export function translator(lang: Language, territory?: TerritoryTexts): Translate {
  return (key, params) => {
    // Looked up on each call, so texts of a pack loaded later are found.
    const found = territory?.overrides[key] ?? MESSAGES[lang]?.[key] ?? MESSAGES.de[key] ?? key;
    const text = typeof found === 'string' ? found : pluralForm(found, lang, params?.count);
    return text.replace(/\{(\w+)\}/g, (_, p: string) =>
      String(params?.[p] ?? territory?.vars[p] ?? `{${p}}`),
    );
  };
}

const rules = new Map<Language, Intl.PluralRules>();
/** The form Intl.PluralRules picks for `count` in the language ("1 рік", "2 роки", "5 років"). */
function pluralForm(forms: PluralForms, lang: Language, count: string | number | undefined): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (!Number.isFinite(n)) return forms.other;
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(INTL_LOCALE[lang])));
  return forms[r.select(n)] ?? forms.other;
}
