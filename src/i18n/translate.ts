import type { Language } from '../domain/format.ts';
import { de, type MessageKey, type Messages } from './de.ts';
import { en } from './en.ts';

const MESSAGES: Record<Language, Messages> = { de, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** A translator for one language; parameters are inserted as text, never as HTML. */
export function translator(lang: Language): Translate {
  const m = MESSAGES[lang];
  return (key, params) => m[key].replace(/\{(\w+)\}/g, (_, p: string) => String(params?.[p] ?? `{${p}}`));
}
