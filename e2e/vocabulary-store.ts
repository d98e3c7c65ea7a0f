import type { Page } from '@playwright/test';
import type * as Store from '../lib/vocabulary/store';
import type { VocabularyEntry, WordToSave } from '../lib/vocabulary/types';
import { pageBundle } from './page-bundle';

/**
 * Saved words in the browser, for the vocabulary journeys. The words a user saves come from the
 * dictionary popup and glossary tooltips; these helpers put them in place without that UI:
 * `seedVocabulary` writes records straight into the page's IndexedDB (exact ids and times), and
 * `installStore` loads the app's own store module into a page so that a test saves words
 * through `saveWord`, as the popup does.
 */

const DB = 'duizhao-vocabulary';
const STORE = 'words';
const GLOBAL = '__duizhaoVocabulary';

declare global {
  interface Window {
    [GLOBAL]?: typeof Store;
  }
}

/** A saved word of the interview; `overrides` change parts (the context field by field). */
export function vocabularyEntry(
  overrides: Partial<Omit<VocabularyEntry, 'context'>> & {
    context?: Partial<WordToSave['context']>;
  },
): VocabularyEntry {
  const { context, ...rest } = overrides;
  const word = rest.simplified ?? '行业';
  return {
    simplified: word,
    traditional: word,
    pinyin: 'háng yè',
    senses: ['industry'],
    source: 'cedict',
    id: `seed-${word}`,
    savedAt: '2026-11-29T10:00:00.000Z',
    ...rest,
    context: {
      sentence: `这是${word}的例句。`,
      translation: `An example of ${word}.`,
      documentId: 'apus-li-tao-interview',
      documentTitle: { zh: '李涛专访', en: 'An interview with Li Tao' },
      href: '/en/read/apus-li-tao-interview#p3.zh2',
      ...context,
    },
  };
}

type Operation = { op: 'put'; entries: VocabularyEntry[] } | { op: 'getAll' } | { op: 'clear' };

/** Runs one operation on the page's vocabulary database (created as the store creates it). */
function inDatabase(page: Page, operation: Operation): Promise<unknown> {
  return page.evaluate(
    ({ db, store, operation }) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open(db, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'id' });
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(store, 'readwrite');
          const words = tx.objectStore(store);
          let result: IDBRequest | undefined;
          if (operation.op === 'put') for (const entry of operation.entries) words.put(entry);
          else if (operation.op === 'getAll') result = words.getAll();
          else words.clear();
          tx.oncomplete = () => {
            request.result.close();
            resolve(result?.result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db: DB, store: STORE, operation },
  );
}

/** Writes the entries into the page's vocabulary database, in one transaction. */
export async function seedVocabulary(page: Page, entries: VocabularyEntry[]): Promise<void> {
  await inDatabase(page, { op: 'put', entries });
}

/** The `simplified` of every record in the page's vocabulary database, sorted. */
export async function storedWords(page: Page): Promise<string[]> {
  const all = await inDatabase(page, { op: 'getAll' });
  if (!Array.isArray(all)) return [];
  return all
    .map((record: unknown) =>
      typeof record === 'object' && record !== null && 'simplified' in record
        ? String(record.simplified)
        : '',
    )
    .sort();
}

/** Empties the page's vocabulary database. */
export async function clearVocabulary(page: Page): Promise<void> {
  await inDatabase(page, { op: 'clear' });
}

/** Loads the store into the page as `window.__duizhaoVocabulary` (until the page navigates). */
export async function installStore(page: Page): Promise<void> {
  await page.addScriptTag({ content: await pageBundle(['lib/vocabulary/store'], GLOBAL) });
}

/** Saves the words in the page through the app's `saveWord`, all at once. */
export function saveInPage(page: Page, words: WordToSave[]): Promise<VocabularyEntry[]> {
  return page.evaluate((all) => {
    const store = window.__duizhaoVocabulary;
    if (!store) throw new Error('installStore(page) first');
    return Promise.all(all.map((word) => store.saveWord(word)));
  }, words);
}
