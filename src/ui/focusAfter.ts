import { useEffect, useRef } from 'react';

/**
 * Where the keyboard focus goes after a change re-orders a list. Moving a focused element in the
 * DOM (a card that gains a dot and moves up, an agenda item moved down) takes the focus from it,
 * and the renderer is free to move either neighbour, so the handler names the element that should
 * have the focus after the next render: the first of the given ids that exists and is enabled.
 */
export function useFocusAfterRender(): (...ids: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = pending.current;
    if (!ids) return;
    pending.current = null;
    for (const id of ids) {
      const el = document.getElementById(id);
      if (!el || (el as HTMLButtonElement).disabled) continue;
      if (document.activeElement !== el) el.focus();
      return;
    }
  });
  return (...ids) => {
    pending.current = ids;
  };
}
