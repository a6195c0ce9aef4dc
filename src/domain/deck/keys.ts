/**
 * Clicker and keyboard in the presentation, as a pure reducer: a key plus the digits typed so far
 * give an action and the new digits. Presentation clickers send PageDown/PageUp (some also "b" or
 * "." for a blank screen); the keyboard adds arrows, Space, Enter, Home/End, a number then Enter
 * to jump, S for the spotlight and Esc to leave.
 */
export type DeckAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'jump'; slide: number }
  | { kind: 'blank' }
  | { kind: 'spotlight' }
  | { kind: 'leave' }
  | { kind: 'digits' }
  | { kind: 'none' };

export interface KeyResult {
  action: DeckAction;
  digits: string;
}

export function deckKey(key: string, digits: string, blanked: boolean): KeyResult {
  if (/^[0-9]$/.test(key)) return { action: { kind: 'digits' }, digits: (digits + key).slice(-3) };
  if (key === 'Enter' && digits) return { action: { kind: 'jump', slide: Number(digits) }, digits: '' };
  // While the screen is blank, any moving key first brings the picture back (as PowerPoint does).
  const act = (a: DeckAction): KeyResult => ({
    action: blanked && a.kind !== 'none' && a.kind !== 'leave' ? { kind: 'blank' } : a,
    digits: '',
  });
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Enter':
    case 'n':
      return act({ kind: 'next' });
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
    case 'p':
      return act({ kind: 'previous' });
    case 'Home':
      return act({ kind: 'first' });
    case 'End':
      return act({ kind: 'last' });
    case 'b':
    case 'B':
    case '.':
      return { action: { kind: 'blank' }, digits: '' };
    case 's':
    case 'S':
      return act({ kind: 'spotlight' });
    case 'Escape':
      return { action: blanked ? { kind: 'blank' } : { kind: 'leave' }, digits: '' };
    default:
      return { action: { kind: 'none' }, digits };
  }
}

/** The slide (1-based) an action leads to, or the current one. */
export function targetSlide(a: DeckAction, current: number, count: number): number {
  const clamp = (n: number) => Math.min(Math.max(1, n), count);
  switch (a.kind) {
    case 'next':
      return clamp(current + 1);
    case 'previous':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'jump':
      return a.slide >= 1 && a.slide <= count ? a.slide : current;
    default:
      return current;
  }
}
