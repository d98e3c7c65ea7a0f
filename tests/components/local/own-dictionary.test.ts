import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractKey, ownDictionaryLoader } from '@/components/local/own-dictionary';
import { OwnTextProblem, type OwnTextWorker } from '@/components/local/own-text-worker-client';
import type { ParallelDocument } from '@/lib/content/schema';
import { cedictForTexts } from '@/lib/dict/full';
import { documentDictionary } from '@/lib/dict/subset';
import { getLocalDocument } from '@/lib/local-library/store';
import { ownDocOf, saveOwnText } from './own-text-fixtures';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/dict/cedict-small.txt');
const full = readFileSync(FIXTURE, 'utf8');

const docOf = ownDocOf;

/**
 * A worker that makes the extract as the real one does, from the small CC-CEDICT, counting,
 * and telling how the download goes as the real one does.
 */
function fakeWorker(doc: ParallelDocument) {
  const url = '/data/cedict.txt';
  const worker: OwnTextWorker & { asked: number; fail: boolean } = {
    asked: 0,
    fail: false,
    reading: () => Promise.reject(new Error('not used')),
    dictionary: async (onProgress) => {
      worker.asked++;
      if (worker.fail) throw new OwnTextProblem('unreachable', `${url} could not be fetched`);
      onProgress?.({ stage: 'download', done: full.length, total: full.length });
      onProgress?.({ stage: 'words', done: 0, total: undefined });
      const texts = doc.pairs.map((pair) => pair.zh);
      return documentDictionary(doc, [], cedictForTexts(full, texts, url), (t) => t);
    },
    close: () => undefined,
  };
  return worker;
}

const save = saveOwnText;

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => vi.unstubAllGlobals());

describe('ownDictionaryLoader', () => {
  it('makes the extract in the worker once, and keeps it with the text', async () => {
    const doc = docOf('银行业');
    await save('a', doc);
    const worker = fakeWorker(doc);
    const loaded = await ownDictionaryLoader('a', doc, [], worker).get();
    expect(loaded.source.getEntries('银行').map((w) => w.source)).toEqual(['cedict']);
    expect(worker.asked).toBe(1);
    const stored = await getLocalDocument('a');
    expect(stored.kind === 'found' && stored.record.dictionary?.key).toBe(extractKey(doc, []));

    // Opening the text again (a new page): the kept extract, no worker.
    const again = fakeWorker(doc);
    const reloaded = await ownDictionaryLoader('a', doc, [], again).get();
    expect(reloaded.source.getEntries('行业')).toHaveLength(1);
    expect(again.asked).toBe(0);
  });

  it('tells its watchers how the first load goes, and no more once they stop watching', async () => {
    const doc = docOf('银行');
    await save('a', doc);
    const loader = ownDictionaryLoader('a', doc, [], fakeWorker(doc));
    const heard: string[] = [];
    const stop = loader.watch?.((progress) => heard.push(progress.stage));
    await loader.get();
    expect(heard).toEqual(['download', 'words']);
    stop?.();
    const again = ownDictionaryLoader('a', docOf('第一次'), [], fakeWorker(docOf('第一次')));
    again.watch?.(() => heard.push('again'))?.();
    await again.get();
    expect(heard).toEqual(['download', 'words']);
  });

  it('makes a new extract when the Chinese changed since', async () => {
    await save('a', docOf('银行'));
    await ownDictionaryLoader('a', docOf('银行'), [], fakeWorker(docOf('银行'))).get();
    const edited = docOf('第一次');
    const worker = fakeWorker(edited);
    const loaded = await ownDictionaryLoader('a', edited, [], worker).get();
    expect(worker.asked).toBe(1);
    expect(loaded.source.getEntries('第一次')).toHaveLength(1);
  });

  it('says the dictionary is unreachable when the worker cannot fetch it, and tries again', async () => {
    const doc = docOf('银行');
    await save('a', doc);
    const worker = fakeWorker(doc);
    worker.fail = true;
    const loader = ownDictionaryLoader('a', doc, [], worker);
    await expect(loader.get()).rejects.toMatchObject({ problem: 'unreachable' });
    worker.fail = false;
    await expect(loader.get()).resolves.toBeDefined();
    expect(worker.asked).toBe(2);
  });

  it('still works when the text cannot be kept (deleted meanwhile)', async () => {
    const doc = docOf('银行');
    const loaded = await ownDictionaryLoader('gone', doc, [], fakeWorker(doc)).get();
    expect(loaded.source.getEntries('银行')).toHaveLength(1);
  });
});
