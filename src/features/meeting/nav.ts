import type { MouseEvent } from 'react';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';

/** Real links within the app: a href to open in a new tab, a click that changes the state in place. */
export interface Nav {
  href: (patch: Partial<ViewState>) => string;
  go: (patch: Partial<ViewState>) => (e: MouseEvent) => void;
}

export function nav(state: ViewState, update: Update): Nav {
  return {
    href: (patch) => serializeUrl({ ...state, ...patch }),
    go: (patch) => (e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      update(patch);
    },
  };
}
