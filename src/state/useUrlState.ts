import { useCallback, useEffect, useState } from 'react';
import { parseUrl, serializeUrl, type UrlKnowledge, type UrlNotice, type ViewState } from './url.ts';

export type Update = (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;

/**
 * The view state lives in the URL: parsed once on load and on back/forward, written on every
 * change. Sliding through years replaces the history entry; other changes push one.
 */
export function useUrlState(k: UrlKnowledge): { state: ViewState; notices: UrlNotice[]; update: Update } {
  const [parsed, setParsed] = useState(() => parseUrl(window.location.search, k));
  useEffect(() => {
    // Write the canonical form once, so the address bar always shows the complete state.
    window.history.replaceState(null, '', serializeUrl(parsed.state) + window.location.hash);
    const onPop = () => setParsed((prev) => sharing(prev, parseUrl(window.location.search, k)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the knowledge is fixed once the data is loaded
  }, []);
  const update: Update = useCallback((patch, mode = 'push') => {
    setParsed((prev) => {
      const state = { ...prev.state, ...patch };
      const url = serializeUrl(state);
      if (url !== window.location.search) {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return { state, notices: prev.notices };
    });
  }, []);
  return { state: parsed.state, notices: parsed.notices, update };
}

/**
 * Back/forward parses the URL afresh; lists that did not change keep their identity, so a view
 * memoised on one (the facility layer on `einrichtungen`) is not rebuilt.
 */
function sharing(prev: { state: ViewState }, next: ReturnType<typeof parseUrl>): ReturnType<typeof parseUrl> {
  const keep = <T>(a: T[], b: T[]): T[] => (a.length === b.length && a.every((x, i) => x === b[i]) ? a : b);
  const [p, n] = [prev.state, next.state];
  return {
    ...next,
    state: {
      ...n,
      vergleich: keep(p.vergleich, n.vergleich),
      grenzen: keep(p.grenzen, n.grenzen),
      einrichtungen: keep(p.einrichtungen, n.einrichtungen),
    },
  };
}
