import { configure } from '@testing-library/dom';

// Testing Library's `findBy…`/`waitFor` give up after 1 s by default: a readiness wait that a
// busy 2-core machine stretches past (a component opening its IndexedDB record, say). These are
// waits for something to appear, not speed limits; the test still ends as soon as it does.
configure({ asyncUtilTimeout: 10_000 });
