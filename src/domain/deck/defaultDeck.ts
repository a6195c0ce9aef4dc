import { dataLanguage, type DataLanguage, type Language } from '../format.ts';
import type { AreaKey } from '../ids.ts';
import type { Deck, Slide } from './deck.ts';

type Text = Record<DataLanguage, string>;

/** The package's built-in deck as its manifest holds it: every text in both languages. */
export interface BuiltInDeck {
  titel: Text;
  folien: readonly { titel: Text; notiz: Text; ansicht: string; teil?: Slide['teil'] | undefined }[];
}

/** The built-in deck in the presenter's language, its slides spotlighting the reference areas. */
export function builtInDeck(source: BuiltInDeck, spotlight: readonly AreaKey[], lang: Language): Deck {
  const d = dataLanguage(lang);
  return {
    titel: source.titel[d],
    folien: source.folien.map((s) => ({
      titel: s.titel[d],
      notiz: s.notiz[d],
      ansicht: s.ansicht,
      spotlight: [...spotlight],
      teil: s.teil ?? 'ueberblick',
    })),
  };
}
