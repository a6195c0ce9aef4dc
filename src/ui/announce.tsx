import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/**
 * One polite aria-live region for the whole app: `announce(text)` tells screen-reader users what
 * changed (selection, view, highlighted class) without moving their focus.
 */
const Ctx = createContext<(text: string) => void>(() => undefined);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  return (
    <Ctx.Provider value={announce}>
      {children}
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {/* The counter key re-renders the node so a repeated message is announced again. */}
        <span key={message.n}>{message.text}</span>
      </div>
    </Ctx.Provider>
  );
}

export const useAnnounce = () => useContext(Ctx);
