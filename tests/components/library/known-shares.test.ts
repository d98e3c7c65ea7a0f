import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type KnownShare, watchKnownShares } from '@/components/library/known-shares';
import { markKnown, undoKnown } from '@/lib/learning/known-store';

/** Two documents' word files, as the build serves them. */
const FILES: Record<string, unknown> = {
  '/data/words/a.json': {
    version: 1,
    words: [
      ['我', 3],
      ['喜欢', 1],
      ['算力', 1],
    ],
  },
  '/data/words/b.json': { version: 1, words: [['行业', 2]] },
};

let fetched: string[] = [];

beforeEach(() => {
  fetched = [];
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh, empty browser profile
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = FILES[url];
    return body ? new Response(JSON.stringify(body)) : new Response('Not found', { status: 404 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The shares after the next answer that satisfies `until`. */
function sharesWhen(
  slugs: string[],
  until: (shares: ReadonlyMap<string, KnownShare>) => boolean,
  act?: () => Promise<unknown>,
) {
  return new Promise<ReadonlyMap<string, KnownShare>>((resolve) => {
    const stop = watchKnownShares(slugs, (shares) => {
      if (!until(shares)) return;
      stop();
      resolve(shares);
    });
    void act?.();
  });
}

describe('watchKnownShares', () => {
  it('fetches no word file while the learner has neither marked nor saved a word', async () => {
    const shares = await sharesWhen(['a', 'b'], () => true);
    expect(shares.size).toBe(0);
    expect(fetched).toEqual([]);
  });

  it('gives each document its known share (rounded down) and its new words', async () => {
    await markKnown(['我']);
    const shares = await sharesWhen(['a', 'b', 'missing'], (s) => s.size > 0);
    expect(Object.fromEntries(shares)).toEqual({
      a: { percent: 60, newWords: 2 },
      b: { percent: 0, newWords: 1 },
    });
    expect(fetched.sort()).toEqual([
      '/data/words/a.json',
      '/data/words/b.json',
      '/data/words/missing.json',
    ]);
  });

  it('follows words marked known, and their Undo', async () => {
    await markKnown(['我']);
    await sharesWhen(['a'], (s) => s.get('a')?.percent === 60);
    let undo: Awaited<ReturnType<typeof markKnown>> | undefined;
    const after = await sharesWhen(
      ['a'],
      (s) => s.get('a')?.percent === 100,
      async () => {
        undo = await markKnown(['喜欢', '算力']);
      },
    );
    expect(after.get('a')).toEqual({ percent: 100, newWords: 0 });
    const back = await sharesWhen(
      ['a'],
      (s) => s.get('a')?.percent === 60,
      async () => undo && undoKnown(undo),
    );
    expect(back.get('a')).toEqual({ percent: 60, newWords: 2 });
  });
});
