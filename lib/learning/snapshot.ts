import type { SkippedRecord } from '../browser-db/records';
import { listWords } from '../vocabulary/store';
import type { VocabularyEntry } from '../vocabulary/types';
import { readKnownWords } from './known-store';
import { type ReviewQueue, reviewQueue } from './queue';
import { type ReviewRecord, readCardRecords, readReviewLog } from './review-store';
import type { StoredCard } from './schedule';
import { type KnownWord, statusIndex } from './status';
import { watchLearningAndVocabulary } from './word-status';

export { watchLearningAndVocabulary };

/** Everything the review, progress and header read: saved words and the learner's progress. */
export interface LearningSnapshot {
  entries: VocabularyEntry[];
  known: KnownWord[];
  cards: Map<string, StoredCard>;
  reviews: ReviewRecord[];
  /** Stored records that are not valid (saved words, marks, cards, reviews): left out, named. */
  skipped: SkippedRecord[];
}

/**
 * Reads the vocabulary and the learning stores.
 *
 * @throws {VocabularyStoreError | LearningStoreError} when IndexedDB is unavailable or fails
 * @example const snapshot = await loadLearning()
 */
export async function loadLearning(): Promise<LearningSnapshot> {
  const [words, known, cards, reviews] = await Promise.all([
    listWords(),
    readKnownWords(),
    readCardRecords(),
    readReviewLog(),
  ]);
  return {
    entries: words.entries,
    known: known.records,
    cards: new Map(cards.records.map((record) => [record.word, record.card])),
    reviews: reviews.records,
    skipped: [...words.skipped, ...known.skipped, ...cards.skipped, ...reviews.skipped],
  };
}

/**
 * The review queue of a snapshot at `now`.
 *
 * @example dueQueue(await loadLearning(), new Date(), 'Asia/Shanghai').items.length
 */
export function dueQueue(snapshot: LearningSnapshot, now: Date, timeZone: string): ReviewQueue {
  const status = statusIndex({ known: snapshot.known, saved: snapshot.entries });
  return reviewQueue({ ...snapshot, status, now, timeZone });
}

/** The browser's time zone, where days begin and end for the learner. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Longest wait before the due count is read again by the clock (a card may have become due). */
const RECHECK_MS = 60 * 60 * 1000;

/**
 * Keeps a due count current: reads it now, after every change in any tab, when the page is
 * shown again, and when the next card falls due. `onCount(undefined)` when the stores cannot
 * be read. Returns the stop.
 *
 * @example const stop = watchDueCount((n) => setCount(n))
 */
export function watchDueCount(onCount: (count: number | undefined) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticket = 0;
  let stopped = false;
  const update = async () => {
    const mine = ++ticket;
    clearTimeout(timer);
    try {
      const now = new Date();
      const queue = dueQueue(await loadLearning(), now, localTimeZone());
      if (stopped || mine !== ticket) return;
      onCount(queue.items.length);
      const wait = queue.nextDue ? Date.parse(queue.nextDue) - now.getTime() + 1000 : RECHECK_MS;
      timer = setTimeout(update, Math.min(Math.max(wait, 1000), RECHECK_MS));
    } catch {
      if (!stopped && mine === ticket) onCount(undefined);
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') void update();
  };
  void update();
  const stopWatching = watchLearningAndVocabulary(() => void update());
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopWatching();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
