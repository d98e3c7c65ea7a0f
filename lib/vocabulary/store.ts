import type { DatabaseSpec } from '../browser-db/database';
import { BrowserDbError, type BrowserDbProblem } from '../browser-db/errors';
import { type MergeCounts, mergeRecords } from '../browser-db/merge';
import { askToPersist } from '../browser-db/persist';
import {
  deleteRecord,
  putRecord,
  readAll,
  readOne,
  type SkippedRecord,
} from '../browser-db/records';
import { VOCABULARY_CHANNEL, VOCABULARY_DB } from '../learning/learner-data';
import { vocabularyEntrySchema, wordToSaveSchema } from './schema';
import type { VocabularyEntry, WordToSave } from './types';

export { VOCABULARY_CHANNEL, VOCABULARY_DB } from '../learning/learner-data';

/**
 * Saved words, kept in the browser's IndexedDB in a database of their own (they survive reloads
 * and restarts and never leave the browser), through lib/browser-db: a connection per
 * operation, closed when its transaction has committed, and every record read through
 * `vocabularyEntrySchema` (one that does not parse is skipped and reported, never cast).
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
export const VOCABULARY_STORE = 'words';
const VERSION = 1;

/** What went wrong, for the interface to say in words (`vocabulary:errors.<problem>`). */
export type VocabularyProblem = BrowserDbProblem;

/**
 * The store could not be used (lib/browser-db's error, under the name the vocabulary page
 * knows).
 *
 * @example
 * try { await saveWord(word) } catch (e) { if (e instanceof VocabularyStoreError) show(t(`errors.${e.problem}`)) }
 */
export const VocabularyStoreError = BrowserDbError;

const DATABASE: DatabaseSpec = {
  name: VOCABULARY_DB,
  version: VERSION,
  stores: { [VOCABULARY_STORE]: { keyPath: 'id' } },
};

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
  await putRecord(DATABASE, VOCABULARY_STORE, vocabularyEntrySchema, entry);
  announce({ kind: 'saved', id: entry.id });
  askToPersist(); // the first word saved: ask the browser to keep it (not awaited)
  return entry;
}

/**
 * Puts a deleted entry back exactly as it was (same id and time): the vocabulary page's Undo.
 *
 * @example await restoreWord(deletedEntry)
 */
export async function restoreWord(entry: VocabularyEntry): Promise<void> {
  await putRecord(DATABASE, VOCABULARY_STORE, vocabularyEntrySchema, entry);
  announce({ kind: 'saved', id: entry.id });
}

/**
 * Merges saved words from a backup: a word not saved here is added; the same word saved here
 * too keeps the later save (newer senses, the same sentence). Nothing is deleted.
 *
 * @example const { restored, unchanged } = await mergeWords(backup.words)
 */
export async function mergeWords(entries: readonly VocabularyEntry[]): Promise<MergeCounts> {
  const { written, ...counts } = await mergeRecords(
    DATABASE,
    VOCABULARY_STORE,
    vocabularyEntrySchema,
    entries,
    (current, incoming) => (incoming.savedAt > current.savedAt ? 'incoming' : 'current'),
  );
  for (const entry of written) announce({ kind: 'saved', id: entry.id });
  if (written.length > 0) askToPersist();
  return counts;
}

/**
 * Every saved word, newest first, and the records that are not valid entries (skipped, with
 * why: an older version's record, one edited in the developer tools).
 *
 * @example (await listWords()).entries[0]?.simplified // the word saved last
 */
export async function listWords(): Promise<{
  entries: VocabularyEntry[];
  skipped: SkippedRecord[];
}> {
  const { records, skipped } = await readAll(DATABASE, VOCABULARY_STORE, vocabularyEntrySchema);
  const entries = records.sort(
    (a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id),
  );
  return { entries, skipped };
}

/**
 * One saved word by id (`vocabularyId(word)`), to tell whether a word is saved already.
 *
 * @example await getWord(vocabularyId(word)) // undefined if not saved
 */
export async function getWord(id: string): Promise<VocabularyEntry | undefined> {
  const stored = await readOne(DATABASE, VOCABULARY_STORE, id, vocabularyEntrySchema);
  return stored.kind === 'found' ? stored.record : undefined;
}

/**
 * Deletes a saved word (nothing happens if there is none with this id).
 *
 * @example await deleteWord(entry.id)
 */
export async function deleteWord(id: string): Promise<void> {
  await deleteRecord(DATABASE, VOCABULARY_STORE, id);
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
