import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteWord,
  getWord,
  listWords,
  restoreWord,
  saveWord,
  VOCABULARY_DB,
  VOCABULARY_STORE,
  type VocabularyChange,
  VocabularyStoreError,
  vocabularyId,
  watchVocabulary,
} from '@/lib/vocabulary/store';
import { wordToSave } from './words';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute));

beforeEach(() => {
  // A fresh, empty browser profile for every test.
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Writes a record straight into the store, as an older version of the app might have. */
function putRaw(record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(VOCABULARY_DB, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(VOCABULARY_STORE, { keyPath: 'id' });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction(VOCABULARY_STORE, 'readwrite');
      tx.objectStore(VOCABULARY_STORE).put(record);
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
    };
  });
}

describe('saveWord', () => {
  it('keeps the word with its sentence, translation and document, and returns the entry', async () => {
    const word = wordToSave();
    const saved = await saveWord(word, { now: at(0) });
    expect(saved).toEqual({ ...word, id: vocabularyId(word), savedAt: '2026-11-29T10:00:00.000Z' });
    expect((await listWords()).entries).toEqual([saved]);
    expect(await getWord(saved.id)).toEqual(saved);
  });

  it('updates the word saved from the same sentence of the same document instead of adding it again', async () => {
    await saveWord(wordToSave({ senses: ['industry'] }), { now: at(0) });
    await saveWord(wordToSave({ senses: ['industry', 'profession'] }), { now: at(5) });
    const words = (await listWords()).entries;
    expect(words).toHaveLength(1);
    expect(words[0]?.senses).toEqual(['industry', 'profession']);
    expect(words[0]?.savedAt).toBe(at(5).toISOString());
  });

  it('keeps the same word from another sentence or another document as a word of its own', async () => {
    await saveWord(wordToSave(), { now: at(0) });
    await saveWord(wordToSave({ context: { sentence: '行业很大。' } }), { now: at(1) });
    await saveWord(wordToSave({ context: { documentId: 'local:x' } }), { now: at(2) });
    expect((await listWords()).entries).toHaveLength(3);
  });

  it('refuses a word without characters', async () => {
    await expect(saveWord(wordToSave({ simplified: ' ' }))).rejects.toThrow();
    expect((await listWords()).entries).toEqual([]);
  });
});

describe('listWords', () => {
  it('lists the newest first', async () => {
    await saveWord(wordToSave({ simplified: '算力' }), { now: at(1) });
    await saveWord(wordToSave({ simplified: '行业' }), { now: at(3) });
    await saveWord(wordToSave({ simplified: '数据' }), { now: at(2) });
    expect((await listWords()).entries.map((w) => w.simplified)).toEqual(['行业', '数据', '算力']);
  });

  it('leaves out stored records that are not saved words', async () => {
    await saveWord(wordToSave(), { now: at(0) });
    await putRaw({ id: 'broken', simplified: '坏' });
    await putRaw({ ...wordToSave({ simplified: '时间' }), id: 'bad-time', savedAt: 'yesterday' });
    const { entries, skipped } = await listWords();
    expect(entries.map((w) => w.simplified)).toEqual(['行业']);
    // …and says which, and why.
    expect(skipped.map((r) => r.key).sort()).toEqual(['bad-time', 'broken']);
    expect(skipped.find((r) => r.key === 'bad-time')?.problem).toMatch(/^savedAt: /);
  });
});

describe('deleteWord and restoreWord', () => {
  it('deletes one word and leaves the others', async () => {
    const a = await saveWord(wordToSave({ simplified: '算力' }), { now: at(1) });
    const b = await saveWord(wordToSave({ simplified: '行业' }), { now: at(2) });
    await deleteWord(a.id);
    expect((await listWords()).entries).toEqual([b]);
    expect(await getWord(a.id)).toBeUndefined();
  });

  it('puts a deleted word back exactly as it was (undo)', async () => {
    const a = await saveWord(wordToSave(), { now: at(1) });
    await deleteWord(a.id);
    await restoreWord(a);
    expect((await listWords()).entries).toEqual([a]);
  });
});

describe('two tabs saving at once', () => {
  it('lose nothing: every word saved by either tab is there, each once', async () => {
    const tab = (name: string) =>
      Array.from({ length: 60 }, (_, i) =>
        wordToSave({ simplified: `${name}${i}`, context: { sentence: `句子${i % 7}。` } }),
      );
    // Each save opens its own connection, as two tabs do; all 120 run concurrently, and both
    // tabs also save the same 10 words, which must end up once each.
    const shared = Array.from({ length: 10 }, (_, i) => wordToSave({ simplified: `共${i}` }));
    await Promise.all([
      ...[...tab('甲'), ...shared].map((w) => saveWord(w)),
      ...[...tab('乙'), ...shared].map((w) => saveWord(w)),
    ]);
    const words = (await listWords()).entries;
    expect(words).toHaveLength(130);
    expect(new Set(words.map((w) => w.id)).size).toBe(130);
  });

  it('lose nothing when one tab deletes while the other saves', async () => {
    const first = await Promise.all(
      Array.from({ length: 20 }, (_, i) => saveWord(wordToSave({ simplified: `旧${i}` }))),
    );
    await Promise.all([
      ...first.slice(0, 10).map((w) => deleteWord(w.id)),
      ...Array.from({ length: 20 }, (_, i) => saveWord(wordToSave({ simplified: `新${i}` }))),
    ]);
    expect((await listWords()).entries).toHaveLength(30);
  });
});

describe('watchVocabulary', () => {
  it('hears every save and delete, from any tab, until stopped', async () => {
    const changes: VocabularyChange[] = [];
    const stop = watchVocabulary((change) => changes.push(change));
    const saved = await saveWord(wordToSave());
    await deleteWord(saved.id);
    await vi.waitFor(() =>
      expect(changes).toEqual([
        { kind: 'saved', id: saved.id },
        { kind: 'deleted', id: saved.id },
      ]),
    );
    stop();
    await saveWord(wordToSave({ simplified: '算力' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toHaveLength(2);
  });
});

describe('without IndexedDB (a private window)', () => {
  it('fails with an "unavailable" error the page can put in words', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const error = await saveWord(wordToSave()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VocabularyStoreError);
    expect(error).toMatchObject({ problem: 'unavailable' });
    await expect(listWords()).rejects.toMatchObject({ problem: 'unavailable' });
  });

  it('fails with "unavailable" when the browser refuses to open the database', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    await expect(listWords()).rejects.toMatchObject({ problem: 'unavailable' });
  });
});
