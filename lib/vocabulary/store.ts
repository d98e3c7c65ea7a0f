import { parseVocabularyEntry, wordToSaveSchema } from './schema';
import type { VocabularyEntry, WordToSave } from './types';

/**
 * Saved words, kept in the browser's IndexedDB in a database of their own (they survive reloads
 * and restarts and never leave the browser), in the style of `lib/local-library/store.ts`: a
 * connection per operation, closed when its transaction has committed, so no connection is held
 * at module level and a later version of the database can always upgrade.
 *
 * Why two tabs saving at once lose nothing: every word is its own record, under a key derived
 * from what makes it the same word (document, sentence, characters: `vocabularyId`), and every
 * save or delete is one `put` or `delete` of that one key in one readwrite transaction. There is
 * no shared list that a tab would read, change and write back (the read-modify-write in which
 * the later writer silently drops the earlier one's word). IndexedDB runs readwrite
 * transactions on the same store one after another, each atomically, so of N concurrent saves
 * all N records are there afterwards; two saves of the same word are one record either way.
 *
 * Every change is announced on a BroadcastChannel, so an open vocabulary page (in this tab or
 * another) lists it at once: `watchVocabulary`.
 */

/** The database (its own, beside the personal library's `duizhao`), its store and channel. */
export const VOCABULARY_DB = 'duizhao-vocabulary';
export const VOCABULARY_STORE = 'words';
export const VOCABULARY_CHANNEL = 'duizhao-vocabulary';
const VERSION = 1;

/** What went wrong, for the interface to say in words (`vocabulary:errors.<problem>`). */
export type VocabularyProblem = 'unavailable' | 'quota' | 'failed';

/**
 * The store could not be used. `problem` is `unavailable` where the browser offers no
 * IndexedDB (some private windows, storage turned off), `quota` when its storage is full.
 *
 * @example
 * try { await saveWord(word) } catch (e) { if (e instanceof VocabularyStoreError) show(t(`errors.${e.problem}`)) }
 */
export class VocabularyStoreError extends Error {
  override readonly name = 'VocabularyStoreError';
  constructor(
    readonly problem: VocabularyProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A change to the saved words, as announced to every open page. */
export interface VocabularyChange {
  kind: 'saved' | 'deleted';
  id: string;
}

/**
 * The key of a saved word: the same characters saved from the same sentence of the same
 * document are one word, saved again (updated) rather than twice. Readable rather than hashed,
 * so that it can never collide.
 *
 * @example vocabularyId({ simplified: '行业', context: { documentId: 'apus', sentence: '…' } }) // '["apus","…","行业"]'
 */
export function vocabularyId(
  word: Pick<WordToSave, 'simplified'> & {
    context: Pick<WordToSave['context'], 'documentId' | 'sentence'>;
  },
): string {
  return JSON.stringify([word.context.documentId, word.context.sentence, word.simplified]);
}

function unavailable(cause?: unknown): VocabularyStoreError {
  return new VocabularyStoreError(
    'unavailable',
    'IndexedDB is not available in this browser (private browsing or disabled storage)',
    { cause },
  );
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(unavailable());
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(VOCABULARY_DB, VERSION);
    } catch (error) {
      return reject(unavailable(error)); // some browsers throw here in private mode
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(VOCABULARY_STORE))
        request.result.createObjectStore(VOCABULARY_STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close(); // let a newer version of the app upgrade
      resolve(db);
    };
    request.onerror = () => reject(unavailable(request.error));
  });
}

function failure(error: DOMException | null): VocabularyStoreError {
  return error?.name === 'QuotaExceededError'
    ? new VocabularyStoreError('quota', 'The browser’s storage for this site is full', {
        cause: error,
      })
    : new VocabularyStoreError('failed', error?.message ?? 'The transaction failed', {
        cause: error,
      });
}

/** Runs one request in its own transaction; resolves once the transaction has committed. */
async function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(VOCABULARY_STORE, mode);
      const request = act(tx.objectStore(VOCABULARY_STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(failure(tx.error ?? request.error));
      tx.onabort = () => reject(failure(tx.error));
    });
  } finally {
    db.close();
  }
}

function announce(change: VocabularyChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(VOCABULARY_CHANNEL);
  channel.postMessage(change); // queued for every other channel of this name before closing
  channel.close();
}

/**
 * Saves a word with its sentence, or updates it (new time, new senses) if the same word of the
 * same sentence was saved before. Resolves once the record is committed.
 *
 * @throws {VocabularyStoreError} when IndexedDB is unavailable, full or fails
 * @example const entry = await saveWord(word); entry.savedAt // '2026-11-29T10:00:00.000Z'
 */
export async function saveWord(
  word: WordToSave,
  options: { now?: Date } = {},
): Promise<VocabularyEntry> {
  const parsed = wordToSaveSchema.parse(word);
  const entry: VocabularyEntry = {
    ...parsed,
    id: vocabularyId(parsed),
    savedAt: (options.now ?? new Date()).toISOString(),
  };
  await run('readwrite', (store) => store.put(entry));
  announce({ kind: 'saved', id: entry.id });
  return entry;
}

/**
 * Puts a deleted entry back exactly as it was (same id and time): the vocabulary page's Undo.
 *
 * @example await restoreWord(deletedEntry)
 */
export async function restoreWord(entry: VocabularyEntry): Promise<void> {
  await run('readwrite', (store) => store.put(entry));
  announce({ kind: 'saved', id: entry.id });
}

/**
 * Every saved word, newest first. Records that are not valid entries are left out.
 *
 * @example (await listWords())[0]?.simplified // the word saved last
 */
export async function listWords(): Promise<VocabularyEntry[]> {
  const all: unknown[] = await run('readonly', (store) => store.getAll());
  return all
    .map(parseVocabularyEntry)
    .filter((entry) => entry !== null)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
}

/**
 * One saved word by id (`vocabularyId(word)`), to tell whether a word is saved already.
 *
 * @example await getWord(vocabularyId(word)) // undefined if not saved
 */
export async function getWord(id: string): Promise<VocabularyEntry | undefined> {
  const stored: unknown = await run('readonly', (store) => store.get(id));
  return parseVocabularyEntry(stored) ?? undefined;
}

/**
 * Deletes a saved word (nothing happens if there is none with this id).
 *
 * @example await deleteWord(entry.id)
 */
export async function deleteWord(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
  announce({ kind: 'deleted', id });
}

/**
 * Calls `onChange` whenever a word is saved or deleted, in this tab or any other of the same
 * browser profile. Returns the function that stops watching. Without BroadcastChannel it never
 * calls (the list is then current as of the last load).
 *
 * @example useEffect(() => watchVocabulary(() => reload()), [])
 */
export function watchVocabulary(onChange: (change: VocabularyChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(VOCABULARY_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const change = asChange(event.data);
    if (change) onChange(change);
  };
  return () => channel.close();
}

function asChange(data: unknown): VocabularyChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const kind = 'kind' in data ? data.kind : undefined;
  const id = 'id' in data ? data.id : undefined;
  return (kind === 'saved' || kind === 'deleted') && typeof id === 'string' ? { kind, id } : null;
}
