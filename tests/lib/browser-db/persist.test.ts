import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oncePersistRequest } from '@/lib/browser-db/persist';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('oncePersistRequest', () => {
  it('asks the browser once, and gives every later caller the same answer', async () => {
    const persist = vi.fn(async () => true);
    const request = oncePersistRequest(() => ({ persisted: async () => false, persist }));
    expect(await Promise.all([request(), request()])).toEqual(['persisted', 'persisted']);
    expect(await request()).toBe('persisted');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask where storage is persistent already', async () => {
    const persist = vi.fn(async () => true);
    const request = oncePersistRequest(() => ({ persisted: async () => true, persist }));
    expect(await request()).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('says refused, unsupported or failed', async () => {
    expect(await oncePersistRequest(() => ({ persist: async () => false }))()).toBe('refused');
    expect(await oncePersistRequest(() => undefined)()).toBe('unsupported');
    expect(await oncePersistRequest(() => ({}))()).toBe('unsupported');
    const throwing = async (): Promise<boolean> => {
      throw new DOMException('no', 'SecurityError');
    };
    expect(await oncePersistRequest(() => ({ persist: throwing }))()).toBe('failed');
  });
});

describe('the stores ask for persistent storage', () => {
  /** The page's navigator, with a storage manager whose `persist` is counted. */
  function stubNavigator(persist: () => Promise<boolean>) {
    const spy = vi.fn(persist);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: spy } });
    return spy;
  }

  it('on the first text, word or known mark saved, once per page, without waiting', async () => {
    // The browser never answers: a save must not wait for it.
    const persist = stubNavigator(() => new Promise<boolean>(() => {}));
    const library = await import('@/lib/local-library/store');
    const vocabulary = await import('@/lib/vocabulary/store');
    const known = await import('@/lib/learning/known-store');
    await library.saveLocalDocument({
      id: 'local-1',
      title: { zh: '故乡', en: 'My Old Home' },
      savedAt: '2026-12-01T10:00:00.000Z',
      yaml: 'slug: x\n',
    });
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    await known.markKnown(['我']);
    await vocabulary.saveWord({
      simplified: '行业',
      traditional: '行業',
      pinyin: 'háng yè',
      senses: ['industry'],
      source: 'cedict',
      context: {
        sentence: '行业',
        translation: 'industry',
        documentId: 'd',
        documentTitle: { zh: '文', en: 'T' },
        href: '/en/read/d',
      },
    });
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('keeps the save when the browser refuses or throws', async () => {
    stubNavigator(async () => {
      throw new Error('refused');
    });
    const known = await import('@/lib/learning/known-store');
    await known.markKnown(['我']);
    expect((await known.listKnown()).map((k) => k.word)).toEqual(['我']);
  });
});
