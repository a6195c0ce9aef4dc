import { useEffect } from 'react';
import { htmlLang, textDirection, type Language } from '../domain/format.ts';

/**
 * The page's `lang` and `dir` follow the UI language (Arabic right to left; the layout mirrors by
 * logical CSS properties), and the fonts of Arabic and Cyrillic arrive with their language only:
 * bundled (offline), never downloaded by German readers.
 */
const FONTS: Partial<Record<Language, () => Promise<unknown>>> = {
  ar: () =>
    Promise.all([
      import('@fontsource/noto-sans-arabic/arabic-400.css'),
      import('@fontsource/noto-sans-arabic/arabic-700.css'),
    ]),
  bg: () => cyrillic(),
  uk: () => cyrillic(),
};
const cyrillic = () =>
  Promise.all([
    import('@fontsource/noto-sans/cyrillic-400.css'),
    import('@fontsource/noto-sans/cyrillic-700.css'),
  ]);

export function useDocumentLanguage(lang: Language): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = htmlLang(lang);
    root.dir = textDirection(lang);
    root.dataset.sprache = lang;
    void FONTS[lang]?.();
  }, [lang]);
}
