import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone inside its own region, reachable by keyboard
 * (WCAG 2.1.1: a scrollable region must be focusable) and named for screen readers.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table--responsive-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
