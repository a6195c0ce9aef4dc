import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../domain/format.ts';
import { hasMessages, loadMessages, translator, type TerritoryTexts, type Translate } from './translate.ts';

interface I18n {
  lang: Language;
  t: Translate;
}
const Ctx = createContext<I18n>({ lang: 'de', t: translator('de') });

export function I18nProvider({
  lang,
  territory,
  children,
}: {
  lang: Language;
  /** The package's names and phrases (absent while the package loads). */
  territory?: TerritoryTexts | undefined;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<Language | null>(null);
  useEffect(() => {
    if (!hasMessages(lang)) void loadMessages(lang).then(() => setLoaded(lang));
  }, [lang]);
  // `loaded` re-creates the translator once a language pack has arrived.
  const value = useMemo(() => ({ lang, t: translator(lang, territory) }), [lang, loaded, territory]); // eslint-disable-line react-hooks/exhaustive-deps
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useI18n = () => useContext(Ctx);
