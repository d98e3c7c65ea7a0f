/**
 * Writes a value straight into one of the browser library's IndexedDB stores, bypassing the
 * store module: a record as an older app, a restored backup or the developer tools might have
 * left it. Opens the database at version 1, creating the store if the database is new (the
 * library's `duizhao` database and its `documents` store, unless told otherwise).
 *
 * @example await putRaw({ id: 'weird', title: { zh: { a: 1 } } })
 */
export async function putRaw(
  value: unknown,
  { database = 'duizhao', store = 'documents' }: { database?: string; store?: string } = {},
) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
