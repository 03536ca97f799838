import { useSyncExternalStore } from 'react';

/** DKFDS's `md` breakpoint: below it the header's navigation is a menu button with a drawer. */
export const MD_BREAKPOINT = '(min-width: 768px)';

/** Whether a CSS media query matches now, updated as the window changes; true where there is no `matchMedia` (tests, servers). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window === 'undefined' || !window.matchMedia ? true : window.matchMedia(query).matches),
    () => true,
  );
}
