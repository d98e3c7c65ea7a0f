/**
 * The learner's progress, kept in the browser's IndexedDB in a database of its own beside the
 * vocabulary's: which words are known, each word's review card and every review. In the style
 * of `lib/vocabulary/store.ts` (to move onto the shared home for IndexedDB records when it
 * lands): a connection per operation, closed once its transaction has committed, so that no
 * connection is held at module level and a later version of the database can always upgrade.
 *
 * Why two tabs lose nothing: each record is its own key (a word, or a review's id), and every
 * change that reads before it writes (grading a card: read the card, write the next card and
 * the log) does both inside one readwrite transaction. IndexedDB runs readwrite transactions
 * on overlapping stores one after another, each whole, so two tabs grading at once are
 * applied in turn, each to the card the other left.
 */

export const LEARNING_DB = 'duizhao-learning';
/** Known words: `{ word, knownAt }`, keyed by the word. */
export const KNOWN_STORE = 'known';
/** Review cards: `{ word, card }` (the FSRS card of the word), keyed by the word. */
export const CARDS_STORE = 'cards';
/** The review log: one record per grade given, keyed by a random id. */
export const REVIEWS_STORE = 'reviews';
export const LEARNING_CHANNEL = 'duizhao-learning';
const VERSION = 1;

export type LearningStoreName = typeof KNOWN_STORE | typeof CARDS_STORE | typeof REVIEWS_STORE;

/** What went wrong, for the interface to say in words (as `vocabulary:errors.<problem>`). */
export type LearningProblem = 'unavailable' | 'quota' | 'failed';

/**
 * The store could not be used: `unavailable` where the browser offers no IndexedDB, `quota`
 * when its storage is full, `failed` otherwise.
 *
 * @example try { await markKnown(['行业']) } catch (e) { if (e instanceof LearningStoreError) say(e.problem) }
 */
export class LearningStoreError extends Error {
  override readonly name = 'LearningStoreError';
  constructor(
    readonly problem: LearningProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function unavailable(cause?: unknown): LearningStoreError {
  return new LearningStoreError('unavailable', 'IndexedDB is not available in this browser', {
    cause,
  });
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(unavailable());
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(LEARNING_DB, VERSION);
    } catch (error) {
      return reject(unavailable(error)); // some browsers throw here in private mode
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(KNOWN_STORE))
        db.createObjectStore(KNOWN_STORE, { keyPath: 'word' });
      if (!db.objectStoreNames.contains(CARDS_STORE))
        db.createObjectStore(CARDS_STORE, { keyPath: 'word' });
      if (!db.objectStoreNames.contains(REVIEWS_STORE))
        db.createObjectStore(REVIEWS_STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close(); // let a newer version of the app upgrade
      resolve(db);
    };
    request.onerror = () => reject(unavailable(request.error));
  });
}

function failure(error: DOMException | null): LearningStoreError {
  return error?.name === 'QuotaExceededError'
    ? new LearningStoreError('quota', 'The browser’s storage for this site is full', {
        cause: error,
      })
    : new LearningStoreError('failed', error?.message ?? 'The transaction failed', {
        cause: error,
      });
}

/**
 * Runs `act` in one transaction over `names`, and resolves with what `act`'s `result()`
 * returns once the transaction has committed (never before: a resolved write is on disk).
 * `act` queues requests synchronously or from their callbacks, as IndexedDB requires.
 *
 * @example
 * await transact([KNOWN_STORE], 'readonly', (s) => { const r = s.known.getAll(); return () => r.result })
 */
export async function transact<N extends LearningStoreName, T>(
  names: readonly N[],
  mode: IDBTransactionMode,
  act: (stores: Record<N, IDBObjectStore>) => () => T,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction([...names], mode);
      // Filled in for every name of `names` on the next line, which is all that N can be.
      const stores = {} as Record<N, IDBObjectStore>;
      for (const name of names) stores[name] = tx.objectStore(name);
      let result: () => T;
      try {
        result = act(stores);
      } catch (error) {
        tx.abort();
        return reject(error);
      }
      tx.oncomplete = () => {
        try {
          resolve(result());
        } catch (error) {
          reject(error);
        }
      };
      tx.onerror = () => reject(failure(tx.error));
      tx.onabort = () => reject(failure(tx.error));
    });
  } finally {
    db.close();
  }
}

/** A change to the learner's progress, as announced to every open page. */
export interface LearningChange {
  kind: 'known' | 'reviewed' | 'imported';
  words: string[];
}

/** Tells every other page of this browser profile (and this one) that something changed. */
export function announce(change: LearningChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LEARNING_CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/**
 * Calls `onChange` whenever a word is marked known or unknown, a card is graded or progress is
 * imported, in any tab of the same browser profile. Returns the function that stops watching.
 *
 * @example useEffect(() => watchLearning(() => reload()), [])
 */
export function watchLearning(onChange: (change: LearningChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(LEARNING_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    const kind = 'kind' in data ? data.kind : undefined;
    const words = 'words' in data ? data.words : undefined;
    if (
      (kind === 'known' || kind === 'reviewed' || kind === 'imported') &&
      Array.isArray(words) &&
      words.every((w) => typeof w === 'string')
    )
      onChange({ kind, words });
  };
  return () => channel.close();
}
