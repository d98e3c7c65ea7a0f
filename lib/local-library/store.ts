import * as z from 'zod/mini';
import { type DatabaseSpec, openDatabase, withStore } from '../browser-db/database';
import { storageError } from '../browser-db/errors';
import { type MergeCounts, mergeRecords } from '../browser-db/merge';
import { askToPersist } from '../browser-db/persist';
import {
  deleteRecord,
  putRecord,
  type ReadOne,
  readAll,
  readOne,
  type SkippedRecord,
} from '../browser-db/records';
import { HEADS, HEADS_DATABASE, headOf, type LocalHead, parseHead } from './heads';

/**
 * The personal library: documents a reader aligned and saved, kept in the browser's
 * IndexedDB (they survive reloads and restarts, and never leave the browser) through
 * lib/browser-db, which validates every record it reads. Each record holds the content file's
 * text, so a stored document is validated like a bundled one when it is opened.
 */

const nonBlank = z.string().check(z.refine((value) => value.trim().length > 0, 'is empty'));

/**
 * A saved document as stored. `zod/mini`: the library page loads this with its list.
 *
 * @example localDocumentSchema['~standard'].validate({ id: 'x' }) // issues: title is missing…
 */
export const localDocumentSchema = z.object({
  id: nonBlank,
  title: z.object({ zh: z.string(), en: z.string() }),
  /** ISO date and time of saving. */
  savedAt: z.iso.datetime(),
  /** The content file (YAML), as `npm run align` writes it; with the editor's changes. */
  yaml: z.string(),
  /**
   * Links needing review when it was saved (lib/review/needs-review.ts, as the review page
   * counts them), shown in the library without parsing the file.
   */
  needsReview: z.optional(z.number().check(z.int(), z.nonnegative())),
  /**
   * The editor's undo and redo steps (lib/edit/history.ts `StoredSteps`), kept with the text so
   * that a reload can undo what was done before it. Validated when read, by the editor.
   */
  edits: z.optional(z.unknown()),
  /**
   * The text's dictionary extract (lib/dict/file.ts, as `/data/dictionary/<slug>.json` is for a
   * bundled document), made in the browser from CC-CEDICT, under the key of the Chinese and the
   * glossary it was made for (components/local/own-dictionary.ts): an edited text gets a new one.
   * The file is validated when read, by the dictionary loader (a damaged one is made again).
   */
  dictionary: z.optional(z.object({ key: z.string(), file: z.unknown() })),
  /**
   * The text's reading data (lib/reader/reading-data.ts: words, pinyin, levels, traditional
   * forms), made in the browser, under the key it was made for (components/local/own-reading.ts),
   * so that a reload segments nothing. Validated when read; a damaged one is made again.
   */
  reading: z.optional(z.object({ key: z.string(), data: z.unknown() })),
});

export type LocalDocument = z.infer<typeof localDocumentSchema>;

const STORE = 'documents';
const DATABASE: DatabaseSpec = {
  name: 'duizhao',
  version: 1,
  stores: { [STORE]: { keyPath: 'id' } },
};

/**
 * Writes `write` with document `id`'s head kept true to `yaml` (heads.ts): the old head is
 * deleted before, the new one written after (a head is only a head start: a failure to write
 * it is not the save's, and the whole is read then).
 */
async function withHead(id: string, yaml: string, write: () => Promise<void>): Promise<void> {
  // (A heads database that cannot be used costs the next open its speed, not the save.)
  await withStore(HEADS_DATABASE, HEADS, 'readwrite', (s) => s.delete(id)).catch(() => {});
  await write();
  const head = headOf(id, yaml);
  if (head) await withStore(HEADS_DATABASE, HEADS, 'readwrite', (s) => s.put(head)).catch(() => {});
}

/**
 * Saves (or replaces) a document, and its head when it is long (heads.ts).
 *
 * @throws {BrowserDbError} `quota` when the browser's storage is full, `unavailable` without IndexedDB
 * @example await saveLocalDocument({ id: 'local-1', title, savedAt: new Date().toISOString(), yaml })
 */
export async function saveLocalDocument(doc: LocalDocument): Promise<void> {
  await withHead(doc.id, doc.yaml, async () => {
    await putRecord(DATABASE, STORE, localDocumentSchema, doc);
  });
  askToPersist(); // the first text saved: ask the browser to keep it (not awaited)
}

/**
 * Every saved document that can be read, newest first, and those that cannot, with why.
 *
 * @example const { documents, skipped } = await listLocalDocuments()
 */
export async function listLocalDocuments(): Promise<{
  documents: LocalDocument[];
  skipped: SkippedRecord[];
}> {
  const { records, skipped } = await readAll(DATABASE, STORE, localDocumentSchema);
  return { documents: records.sort((a, b) => b.savedAt.localeCompare(a.savedAt)), skipped };
}

/**
 * One saved document: found, missing, or stored in a shape this version cannot read.
 *
 * @example await getLocalDocument('local-1') // { kind: 'found', record }
 */
export function getLocalDocument(id: string): Promise<ReadOne<LocalDocument>> {
  return readOne(DATABASE, STORE, id, localDocumentSchema);
}

/**
 * The head of a long document (heads.ts): its first pairs, read without the whole record; or
 * undefined when it has none, or none this version can read, or the database cannot be used
 * (the whole is then read, which says why).
 *
 * @example (await getLocalHead('local-1'))?.total // 53322
 */
export async function getLocalHead(id: string): Promise<LocalHead | undefined> {
  try {
    return parseHead(await withStore(HEADS_DATABASE, HEADS, 'readonly', (s) => s.get(id)));
  } catch {
    return undefined;
  }
}

/**
 * Writes the head of document `id` for its content file `yaml` (or deletes it when it needs
 * none): what the reader does when the head it found was missing or not the file's.
 *
 * @example await keepLocalHead('local-1', record.yaml)
 */
export async function keepLocalHead(id: string, yaml: string): Promise<void> {
  await withHead(id, yaml, async () => {});
}

/** @example await deleteLocalDocument('local-1') */
export async function deleteLocalDocument(id: string): Promise<void> {
  await deleteRecord(DATABASE, STORE, id);
  await withStore(HEADS_DATABASE, HEADS, 'readwrite', (s) => s.delete(id)).catch(() => {});
}

/**
 * Writes an edited document and its undo history in one transaction: the record is read and
 * replaced together, so a change made in another tab in between is not overwritten silently.
 *
 * @throws when the document is gone, or the browser refuses the write (quota, private mode)
 */
export function saveLocalEdits(id: string, yaml: string, edits: unknown): Promise<void> {
  return withHead(id, yaml, () => updateRecord(id, { yaml, edits }));
}

/**
 * Keeps a document's dictionary extract with it (read and replaced in one transaction, as
 * `saveLocalEdits`), so that opening the text again needs neither CC-CEDICT nor the worker.
 *
 * @throws when the document is gone, or the browser refuses the write (quota, private mode)
 * @example await saveLocalDictionary('local-1', { key: 'zh:1f2e…', file: extract })
 */
export function saveLocalDictionary(
  id: string,
  dictionary: NonNullable<LocalDocument['dictionary']>,
): Promise<void> {
  return updateRecord(id, { dictionary });
}

/**
 * Keeps a document's reading data with it (as `saveLocalDictionary`), so that opening the text
 * again needs neither the segmenter's lexicon nor the worker.
 *
 * @throws when the document is gone, or the browser refuses the write (quota, private mode)
 * @example await saveLocalReading('local-1', { key: 'zh:1f2e…', data })
 */
export function saveLocalReading(
  id: string,
  reading: NonNullable<LocalDocument['reading']>,
): Promise<void> {
  return updateRecord(id, { reading });
}

/** Reads a record and writes it back with `fields` changed, in one transaction. */
async function updateRecord(id: string, fields: Partial<LocalDocument>): Promise<void> {
  const db = await openDatabase(DATABASE);
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const read = store.get(id);
      read.onsuccess = () => {
        const record: unknown = read.result;
        if (!record || typeof record !== 'object') {
          tx.abort();
          return;
        }
        store.put({ ...record, ...fields });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(storageError(tx.error));
      tx.onabort = () =>
        reject(
          tx.error
            ? storageError(tx.error)
            : new Error(`there is no document "${id}" in the library`),
        );
    });
  } finally {
    db.close();
  }
}

/**
 * Merges documents from a backup into the library: a text the library lacks is added; where
 * the library holds the same id in another form, the library's copy stays (it may hold edits
 * made since the backup) and is counted as `kept`. Nothing is deleted.
 *
 * @example const { restored, kept } = await mergeLocalDocuments(backup.documents)
 */
export async function mergeLocalDocuments(
  documents: readonly LocalDocument[],
): Promise<MergeCounts> {
  const { written, ...counts } = await mergeRecords(
    DATABASE,
    STORE,
    localDocumentSchema,
    documents,
    () => 'current',
  );
  if (written.length > 0) askToPersist();
  return counts;
}
