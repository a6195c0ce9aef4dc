import { useEffect } from 'react';

/** Sets the page's title while a view shows (screen readers announce it, tabs and history show it). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
