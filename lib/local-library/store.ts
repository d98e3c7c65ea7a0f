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
  /** The content file (YAML), as `npm run align` writes it. */
  yaml: string;
  /**
   * Links needing review when it was saved (lib/review/needs-review.ts, as the review page
   * counts them), shown in the library without parsing the file.
   */
  needsReview?: number;
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
