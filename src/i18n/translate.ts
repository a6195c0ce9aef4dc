import type { Language } from '../domain/format.ts';
import { de, type MessageKey, type Messages } from './de.ts';

/**
 * German is bundled; English is loaded on demand (`loadMessages`), so German users do not download
 * it. Until it has arrived a translator falls back to German.
 */
const MESSAGES: Partial<Record<Language, Messages>> = { de };

export function loadMessages(lang: Language): Promise<void> {
  if (MESSAGES[lang]) return Promise.resolve();
  return import('./en.ts').then((m) => {
    MESSAGES.en = m.en;
  });
}
export const hasMessages = (lang: Language) => MESSAGES[lang] !== undefined;

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** A translator for one language; parameters are inserted as text, never as HTML. */
export function translator(lang: Language): Translate {
  const m = MESSAGES[lang] ?? de;
  return (key, params) => m[key].replace(/\{(\w+)\}/g, (_, p: string) => String(params?.[p] ?? `{${p}}`));
}
