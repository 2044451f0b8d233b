import type { HTMLAttributes, KeyboardEvent } from 'react';

/** Table row props: opens with a click, or with Enter/Space after tabbing to it. */
export function clickableRow(open: () => void): HTMLAttributes<HTMLElement> {
  return {
    onClick: open,
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open();
      }
    },
  };
}
