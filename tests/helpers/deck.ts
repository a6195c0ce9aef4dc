import type { Language } from '../../src/domain/format.ts';
import { deckKnowledge } from '../../src/view/deckState.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const known = deckKnowledge(shippedModel().model);
/** The shipped package's built-in deck (from its manifest), as the app shows it. */
export const shippedDeck = (lang: Language) => known.builtIn(lang);
