import 'react';

declare module 'react' {
  // Interest invokers (HTML, shipped in Chromium): a button with `interestfor` shows the
  // popover it names on hover and keyboard focus, anchored to itself. Not yet in @types/react.
  interface ButtonHTMLAttributes<T> {
    interestfor?: string;
  }
}

declare global {
  interface HTMLElement {
    // HTML's `showPopover({ source })` sets the popover's implicit anchor; not yet in TS's DOM lib.
    showPopover(options?: { source?: HTMLElement }): void;
  }
}
