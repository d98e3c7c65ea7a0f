import { listWords, watchVocabulary } from '../vocabulary/store';
import { watchLearning } from './db';
import { listKnown } from './known-store';
import { statusIndex, type WordStatus } from './status';

/**
 * The learner's word statuses as the pages that only need statuses read them (the popup's
 * Known button, the library's known shares, the reader's word colours): the known marks and
 * the saved words, without the review cards and log (and without the scheduler's code).
 */

/** The statuses of every word, and whether the learner has marked or saved any word at all. */
export interface WordStatuses {
  statusOf: (word: string) => WordStatus;
  /** False for a learner who has neither marked nor saved a word: everything is new. */
  any: boolean;
}

/**
 * Reads the known marks and the saved words.
 *
 * @throws {LearningStoreError | VocabularyStoreError} when IndexedDB is unavailable or fails
 * @example (await readWordStatuses()).statusOf('行业') // 'known'
 */
export async function readWordStatuses(): Promise<WordStatuses> {
  const [known, { entries }] = await Promise.all([listKnown(), listWords()]);
  return {
    statusOf: statusIndex({ known, saved: entries }),
    any: known.length > 0 || entries.length > 0,
  };
}

/**
 * Calls `onChange` on any change to saved words or progress, in any tab. Returns the stop.
 *
 * @example useEffect(() => watchLearningAndVocabulary(reload), [reload])
 */
export function watchLearningAndVocabulary(onChange: () => void): () => void {
  const stops = [watchVocabulary(onChange), watchLearning(onChange)];
  return () => {
    for (const stop of stops) stop();
  };
}
