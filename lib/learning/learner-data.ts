/**
 * Whether this browser holds any of the learner's data yet, told without opening a database
 * or loading the stores' code (schemas, scheduler): the header's due badge asks this first, so
 * that a reader who has never saved a word pays nothing for the badge on any page.
 *
 * The names live here, apart from the stores, so that asking costs no more than this module.
 */

/** The learning database (known words, review cards, the review log) and its change channel. */
export const LEARNING_DB = 'duizhao-learning';
export const LEARNING_CHANNEL = 'duizhao-learning';
/** The saved words' database and its change channel. */
export const VOCABULARY_DB = 'duizhao-vocabulary';
export const VOCABULARY_CHANNEL = 'duizhao-vocabulary';

/**
 * True when a learning or vocabulary database exists, or when the browser cannot say
 * (no `indexedDB.databases()`, or it fails): then the caller reads the stores as before.
 *
 * @example if (await mayHoldLearnerData()) startCounting();
 */
export async function mayHoldLearnerData(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const names = new Set((await indexedDB.databases()).map((db) => db.name));
    return names.has(LEARNING_DB) || names.has(VOCABULARY_DB);
  } catch {
    return true;
  }
}

/**
 * Calls `onChange` once, at the first change any page of this origin announces on the learning
 * or vocabulary channel (a word saved, marked known, reviewed or imported). Returns a stop
 * function.
 *
 * @example const stop = onFirstLearnerChange(() => startCounting());
 */
export function onFirstLearnerChange(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channels = [LEARNING_CHANNEL, VOCABULARY_CHANNEL].map((name) => new BroadcastChannel(name));
  const stop = () => {
    for (const channel of channels) channel.close();
  };
  for (const channel of channels)
    channel.onmessage = () => {
      stop();
      onChange();
    };
  return stop;
}
