import { BrowserDbError, storageError } from './errors';

/**
 * Opening a database and running one request in one transaction: a connection per operation,
 * closed once its transaction has committed, so no connection is held between operations (and
 * none at module level), and a later version of the app can always upgrade the database.
 */

/** A database: its name, version and object stores (created when missing, on upgrade). */
export interface DatabaseSpec {
  name: string;
  version: number;
  /** Object stores by name, each with the key path of its records. */
  stores: Readonly<Record<string, { keyPath: string }>>;
}

function unavailable(cause?: unknown): BrowserDbError {
  return new BrowserDbError(
    'unavailable',
    'IndexedDB is not available in this browser (private browsing or disabled storage)',
    { cause },
  );
}

/**
 * Opens the database, creating its missing stores. Rejects with a BrowserDbError.
 *
 * @example const db = await openDatabase({ name: 'duizhao', version: 1, stores: { documents: { keyPath: 'id' } } })
 */
export function openDatabase(spec: DatabaseSpec): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(unavailable());
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(spec.name, spec.version);
    } catch (error) {
      return reject(unavailable(error)); // some browsers throw here in private mode
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [store, { keyPath }] of Object.entries(spec.stores))
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close(); // let a newer version of the app upgrade
      resolve(db);
    };
    request.onerror = () => reject(unavailable(request.error));
    request.onblocked = () => reject(unavailable(new Error('the database is blocked')));
  });
}

/**
 * Runs one request on `store` in its own transaction; resolves with the request's result once
 * the transaction has committed (a write is on disk then, as far as the browser promises),
 * rejects with a BrowserDbError (`quota` when the storage is full) otherwise.
 *
 * @example const all = await withStore(spec, 'documents', 'readonly', (s) => s.getAll())
 */
export async function withStore<T>(
  spec: DatabaseSpec,
  store: string,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase(spec);
  try {
    return await new Promise<T>((resolve, reject) => {
      let tx: IDBTransaction;
      let request: IDBRequest<T>;
      try {
        tx = db.transaction(store, mode);
        request = act(tx.objectStore(store));
      } catch (error) {
        // A record that cannot be cloned, a quota error thrown at once: said, not thrown.
        return reject(storageError(error));
      }
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(storageError(tx.error ?? request.error));
      tx.onabort = () => reject(storageError(tx.error ?? request.error));
    });
  } finally {
    db.close();
  }
}

/**
 * Runs `act` in one transaction over several stores, and resolves with what `act`'s returned
 * function gives once the transaction has committed (never before: a resolved write is on
 * disk). `act` queues requests synchronously or from their callbacks, as IndexedDB requires;
 * use it when a change reads before it writes, or writes to several stores at once, so that
 * two tabs doing the same are applied one after the other, each whole.
 *
 * @example
 * await withStores(spec, ['known'], 'readonly', (s) => { const r = s.known.getAll(); return () => r.result })
 * @throws {BrowserDbError} `quota` when the storage is full, `unavailable`, `failed`
 */
export async function withStores<N extends string, T>(
  spec: DatabaseSpec,
  names: readonly N[],
  mode: IDBTransactionMode,
  act: (stores: Record<N, IDBObjectStore>) => () => T,
): Promise<T> {
  const db = await openDatabase(spec);
  try {
    return await new Promise<T>((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = db.transaction([...names], mode);
      } catch (error) {
        return reject(storageError(error)); // a store this database does not have
      }
      let result: () => T;
      try {
        const stores = Object.fromEntries(names.map((name) => [name, tx.objectStore(name)]));
        // Every name of `names` has its store on the line above, which is all that N can be.
        result = act(stores as Record<N, IDBObjectStore>);
      } catch (error) {
        tx.abort();
        // A quota or clone error thrown at once is said in words; a bug in `act` stays itself.
        return reject(error instanceof DOMException ? storageError(error) : error);
      }
      tx.oncomplete = () => {
        try {
          resolve(result());
        } catch (error) {
          reject(error);
        }
      };
      tx.onerror = () => reject(storageError(tx.error));
      tx.onabort = () => reject(storageError(tx.error));
    });
  } finally {
    db.close();
  }
}
