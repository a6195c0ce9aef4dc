import type { Deck, Slide } from './deck.ts';

/** Pure deck edits for the authoring panel; each returns a new deck and leaves the old one intact. */
export const addSlide = (d: Deck, s: Slide, at = d.folien.length): Deck => ({
  ...d,
  folien: [...d.folien.slice(0, at), s, ...d.folien.slice(at)],
});

export const removeSlide = (d: Deck, i: number): Deck =>
  d.folien.length <= 1 ? d : { ...d, folien: d.folien.filter((_, j) => j !== i) };

export function moveSlide(d: Deck, from: number, to: number): Deck {
  if (from === to || from < 0 || to < 0 || from >= d.folien.length || to >= d.folien.length) return d;
  const folien = [...d.folien];
  const [s] = folien.splice(from, 1);
  folien.splice(to, 0, s!);
  return { ...d, folien };
}

export const updateSlide = (d: Deck, i: number, patch: Partial<Slide>): Deck => ({
  ...d,
  folien: d.folien.map((s, j) => (j === i ? { ...s, ...patch } : s)),
});

/** The slide number (1-based) a deck edit leaves the presenter on. */
export const clampSlide = (d: Deck, n: number): number => Math.min(Math.max(1, n), d.folien.length);
