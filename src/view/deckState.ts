import { decodeDeck, encodeDeck } from '../domain/deck/codec.ts';
import { deckJson, LIMITS, type Deck, type DeckKnowledge, type DeckProblem } from '../domain/deck/deck.ts';
import { builtInDeck } from '../domain/deck/defaultDeck.ts';
import { presetAreas } from './compare/rows.ts';
import { addSlide } from '../domain/deck/edit.ts';
import type { Language } from '../domain/format.ts';
import type { Model } from '../data/model.ts';
import type { Translate } from '../i18n/translate.ts';
import { slideQuery, type ViewState } from '../state/url.ts';

export const deckKnowledge = (model: Model): DeckKnowledge => ({
  areaKey: (key) => {
    const a = model.areaKey(key);
    return a && model.areas.get(a)?.level !== 'gesamt' ? a : undefined;
  },
  builtIn: (lang) => builtInDeck(model.manifest.praesentation, presetAreas(model), lang),
});

/** The deck a state shows: the one in the URL, or the default deck (with the URL's problems). */
export function deckOf(
  state: Pick<ViewState, 'deck' | 'sprache'>,
  k: DeckKnowledge,
): { deck: Deck; problems: DeckProblem[] } {
  if (!state.deck) return { deck: k.builtIn(state.sprache), problems: [] };
  const r = decodeDeck(state.deck, k);
  return r.ok ? { deck: r.deck, problems: [] } : { deck: k.builtIn(state.sprache), problems: r.problems };
}

/** The URL value of a deck: null for the unchanged default deck, so plain links stay short. */
export function deckParam(deck: Deck, lang: Language, k: DeckKnowledge): string | null {
  return deckJson(deck) === deckJson(k.builtIn(lang)) ? null : encodeDeck(deck);
}

/** A problem in words, naming the field. */
export const problemText = (p: DeckProblem, t: Translate) =>
  t(`deck.problem.${p.code}`, { field: p.field, detail: p.detail ?? '' });

/** How many slides a deck may hold. */
export const SLIDE_LIMIT = LIMITS.slides;

/** Append the current view to the state's deck; returns the new URL value and the slide number. */
export function appendView(
  state: ViewState,
  title: string,
  model: Model,
): { deck: string | null; n: number; title: string } | null {
  const k = deckKnowledge(model);
  const { deck } = deckOf(state, k);
  if (deck.folien.length >= LIMITS.slides) return null;
  const spotlight = state.ansicht === 'karte' ? state.vergleich : [];
  const next = addSlide(deck, {
    titel: title.slice(0, LIMITS.title),
    notiz: '',
    ansicht: slideQuery(state),
    spotlight,
    teil: 'ueberblick',
  });
  return { deck: deckParam(next, state.sprache, k), n: next.folien.length, title };
}
