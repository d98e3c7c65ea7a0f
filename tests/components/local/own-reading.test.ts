import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ownReadingSource } from '@/components/local/own-reading';
import { getLocalDocument, saveLocalDocument } from '@/lib/local-library/store';
import type { ReadingData } from '@/lib/reader/reading-data';
import { ownDocOf, saveOwnText } from './own-text-fixtures';

const docOf = ownDocOf;

/** Reading data as the worker makes it: one word for the whole sentence. */
const dataOf = (zh: string): ReadingData => ({
  version: 1,
  sentences: { 'p1.zh1': { words: [[...zh].length], pinyin: ['yínháng'] } },
});

/** A worker that counts what it is asked. */
function fakeWorker(zh: string) {
  const worker = {
    asked: 0,
    reading: async () => {
      worker.asked++;
      return dataOf(zh);
    },
  };
  return worker;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => vi.unstubAllGlobals());

describe('ownReadingSource', () => {
  it('makes the reading data in the worker once, keeps it with the text, and reads it back after a reload', async () => {
    const doc = docOf('银行');
    await saveOwnText('a', doc);
    const worker = fakeWorker('银行');
    expect(await ownReadingSource('a', doc, [], worker).load()).toEqual(dataOf('银行'));
    expect(worker.asked).toBe(1);

    const again = fakeWorker('银行');
    expect(await ownReadingSource('a', doc, [], again).load()).toEqual(dataOf('银行'));
    expect(again.asked).toBe(0);
  });

  it('makes it again when the Chinese changed, or the kept copy is damaged', async () => {
    const doc = docOf('银行');
    await saveOwnText('a', doc);
    await ownReadingSource('a', doc, [], fakeWorker('银行')).load();
    const edited = fakeWorker('行业');
    expect(await ownReadingSource('a', docOf('行业'), [], edited).load()).toEqual(dataOf('行业'));
    expect(edited.asked).toBe(1);

    const stored = await getLocalDocument('a');
    if (stored.kind !== 'found' || !stored.record.reading) throw new Error('not kept');
    await saveLocalDocument({
      ...stored.record,
      reading: { key: stored.record.reading.key, data: { version: 2 } },
    });
    const repaired = fakeWorker('行业');
    expect(await ownReadingSource('a', docOf('行业'), [], repaired).load()).toEqual(dataOf('行业'));
    expect(repaired.asked).toBe(1);
  });

  it('still gives the data when the text cannot be kept (deleted meanwhile)', async () => {
    const worker = fakeWorker('银行');
    expect(await ownReadingSource('gone', docOf('银行'), [], worker).load()).toEqual(
      dataOf('银行'),
    );
  });
});
