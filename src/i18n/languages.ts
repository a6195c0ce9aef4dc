import type { Language } from '../domain/format.ts';

/**
 * Each language by its own name (an autonym needs no translation), as the language menu and the
 * embed builder offer it; with `lang` set to the language so a screen reader pronounces it right.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  de: 'Deutsch',
  en: 'English',
  leicht: 'Leichte Sprache',
  ar: 'العربية',
  bg: 'Български',
  tr: 'Türkçe',
  uk: 'Українська',
};
