import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../domain/format.ts';
import { translator, type Translate } from './translate.ts';

interface I18n {
  lang: Language;
  t: Translate;
}
const Ctx = createContext<I18n>({ lang: 'de', t: translator('de') });

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useI18n = () => useContext(Ctx);
