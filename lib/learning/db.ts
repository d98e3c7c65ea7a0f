import { type DatabaseSpec, withStores } from '../browser-db/database';
import { BrowserDbError, type BrowserDbProblem } from '../browser-db/errors';
import { LEARNING_CHANNEL, LEARNING_DB } from './learner-data';

export { LEARNING_CHANNEL, LEARNING_DB } from './learner-data';

/**
 * The learner's progress, kept in the browser's IndexedDB in a database of its own beside the
 * vocabulary's: which words are known, each word's review card and every review. Through
 * lib/browser-db, as the vocabulary and the library: a connection per operation, closed once
 * its transaction has committed, so that no connection is held at module level and a later
 * version of the database can always upgrade; records parsed on reading, the bad ones skipped
 * and reported.
 *
 * Why two tabs lose nothing: each record is its own key (a word, or a review's id), and every
 * change that reads before it writes (grading a card: read the card, write the next card and
 * the log) does both inside one readwrite transaction. IndexedDB runs readwrite transactions
 * on overlapping stores one after another, each whole, so two tabs grading at once are
 * applied in turn, each to the card the other left.
 */

/** Known words: `{ word, knownAt }`, keyed by the word. */
export const KNOWN_STORE = 'known';
/** Review cards: `{ word, card }` (the FSRS card of the word), keyed by the word. */
export const CARDS_STORE = 'cards';
/** The review log: one record per grade given, keyed by a random id. */
export const REVIEWS_STORE = 'reviews';
const VERSION = 1;

export type LearningStoreName = typeof KNOWN_STORE | typeof CARDS_STORE | typeof REVIEWS_STORE;

/** What went wrong, for the interface to say in words (as `vocabulary:errors.<problem>`). */
export type LearningProblem = BrowserDbProblem;

/**
 * The store could not be used (lib/browser-db's error, under the name the study pages know):
 * `unavailable` where the browser offers no IndexedDB, `quota` when its storage is full,
 * `failed` otherwise.
 *
 * @example try { await markKnown(['行业']) } catch (e) { if (e instanceof LearningStoreError) say(e.problem) }
 */
export const LearningStoreError = BrowserDbError;
export type LearningStoreError = BrowserDbError;

/** The database, its stores and their keys, as lib/browser-db opens and upgrades it. */
export const LEARNING_DATABASE: DatabaseSpec = {
  name: LEARNING_DB,
  version: VERSION,
  stores: {
    [KNOWN_STORE]: { keyPath: 'word' },
    [CARDS_STORE]: { keyPath: 'word' },
    [REVIEWS_STORE]: { keyPath: 'id' },
  },
};

/**
 * Runs `act` in one transaction over `names` (lib/browser-db's `withStores`), and resolves
 * with what `act`'s `result()` returns once the transaction has committed.
 *
 * @example
 * await transact([KNOWN_STORE], 'readonly', (s) => { const r = s.known.getAll(); return () => r.result })
 */
export function transact<N extends LearningStoreName, T>(
  names: readonly N[],
  mode: IDBTransactionMode,
  act: (stores: Record<N, IDBObjectStore>) => () => T,
): Promise<T> {
  return withStores(LEARNING_DATABASE, names, mode, act);
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
