import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markKnown } from '@/lib/learning/known-store';
import { mayHoldLearnerData, onFirstLearnerChange } from '@/lib/learning/learner-data';

afterEach(() => vi.unstubAllGlobals());
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('mayHoldLearnerData', () => {
  it('is false in a browser that has kept nothing, and true once a word is marked known', async () => {
    expect(await mayHoldLearnerData()).toBe(false);
    await markKnown(['第一次']);
    expect(await mayHoldLearnerData()).toBe(true);
  });

  it('is true when the browser cannot list its databases, so the badge reads the stores', async () => {
    const factory = new IDBFactory();
    Object.defineProperty(factory, 'databases', { value: undefined });
    vi.stubGlobal('indexedDB', factory);
    expect(await mayHoldLearnerData()).toBe(true);
  });
});

describe('onFirstLearnerChange', () => {
  it('calls back once, at the first word marked known, and then no more', async () => {
    let calls = 0;
    const first = new Promise<void>((resolve) => {
      onFirstLearnerChange(() => {
        calls += 1;
        resolve();
      });
    });
    await markKnown(['算力']);
    await first;
    // A second listener hears the next change; by then the first has stopped listening.
    const second = new Promise<void>((resolve) => onFirstLearnerChange(resolve));
    await markKnown(['出海']);
    await second;
    expect(calls).toBe(1);
  });
});
