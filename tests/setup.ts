import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';

// Testing Library's `findBy…`/`waitFor` give up after 1 s by default: a readiness wait that a
// busy 2-core machine stretches past (a component opening its IndexedDB record, say). These are
// waits for something to appear, not speed limits; the test still ends as soon as it does.
configure({ asyncUtilTimeout: 10_000 });

// With `isolate: false` (vitest.config.ts) the test files of one worker share one jsdom
// document, and Vitest's globals are off, so Testing Library does not unmount by itself: a file
// that renders (or writes `document.body`) and does not clean up left its elements to the next
// file (reading-dom's server markup gave sentence-keys a second `#p1.en1`). Every test ends with
// an empty page.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  document.body.innerHTML = '';
});
