/**
 * The personal library: documents a reader aligned and saved, kept in the browser's
 * IndexedDB (they survive reloads and restarts, and never leave the browser). Each record
 * holds the content file's text, so a stored document is validated like a bundled one when
 * it is opened.
 */

export interface LocalDocument {
  id: string;
  title: { zh: string; en: string };
  /** ISO date and time of saving. */
  savedAt: string;
  /** The content file (YAML), as `npm run align` writes it; with the editor's changes. */
  yaml: string;
  /**
   * The editor's undo and redo steps (lib/edit/history.ts `StoredSteps`), kept with the text so
   * that a reload can undo what was done before it. Validated when read.
   */
  edits?: unknown;
}

const DB = 'duizhao';
const STORE = 'documents';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request in a transaction and resolves when the transaction has committed. */
async function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Saves (or replaces) a document. */
export async function saveLocalDocument(doc: LocalDocument): Promise<void> {
  await run('readwrite', (store) => store.put(doc));
}

/** Every saved document, newest first. */
export async function listLocalDocuments(): Promise<LocalDocument[]> {
  const all = await run('readonly', (store) => store.getAll() as IDBRequest<LocalDocument[]>);
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function getLocalDocument(id: string): Promise<LocalDocument | undefined> {
  return run('readonly', (store) => store.get(id) as IDBRequest<LocalDocument | undefined>);
}

export async function deleteLocalDocument(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
}

/**
 * Writes an edited document and its undo history in one transaction: the record is read and
 * replaced together, so a change made in another tab in between is not overwritten silently.
 *
 * @throws when the document is gone, or the browser refuses the write (quota, private mode)
 */
export async function saveLocalEdits(id: string, yaml: string, edits: unknown): Promise<void> {
  const db = await open();
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
        store.put({ ...record, yaml, edits });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () =>
        reject(tx.error ?? new Error(`there is no document "${id}" in the library`));
    });
  } finally {
    db.close();
  }
}
