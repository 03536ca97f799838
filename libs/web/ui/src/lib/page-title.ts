import { useEffect } from 'react';

/** Sets the document title as "<page> – <app>" so screen readers and tabs name the page. */
export function usePageTitle(page: string, app: string): void {
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app;
  }, [page, app]);
}
