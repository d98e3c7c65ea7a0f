import * as z from 'zod/mini';
import { askToPersist } from '../browser-db/persist';
import { parseAll, type SkippedRecord } from '../browser-db/records';
import { announce, CARDS_STORE, REVIEWS_STORE, transact } from './db';
import {
  type Grade,
  gradeCard,
  newCard,
  type StoredCard,
  storedCardSchema,
  storedLogSchema,
} from './schedule';

/**
 * Review cards and the review log in IndexedDB (`lib/learning/db.ts`). A word's card is keyed
 * by its characters (the same word saved from two sentences is one card: it is the word that
 * is remembered); every grade is a log record of its own, never rewritten.
 */

const nonBlank = z.string().check(z.refine((value) => value.trim().length > 0, 'is empty'));

/** A word's card as stored. */
export const cardRecordSchema = z.object({ word: nonBlank, card: storedCardSchema });
export type CardRecord = z.infer<typeof cardRecordSchema>;

/** One review as stored: ts-fsrs's log, the word and an id. */
export const reviewRecordSchema = z.object({
  ...storedLogSchema.shape,
  id: nonBlank,
  word: nonBlank,
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

const parseWith =
  <T>(schema: z.ZodMiniType<T>) =>
  (value: unknown): T | null => {
    const result = schema.safeParse(value);
    return result.success ? result.data : null;
  };
export const parseCardRecord = parseWith(cardRecordSchema);
export const parseReviewRecord = parseWith(reviewRecordSchema);

/** A random id for a review (two tabs grading in the same millisecond still get two). */
const reviewId = () => crypto.randomUUID();

/**
 * Grades a word: reads its card (a new one if it has none), asks ts-fsrs for the next, and
 * writes the card and the log, all in one transaction. Resolves once both are committed.
 *
 * @example const { card } = await recordReview('行业', Rating.Good); card.due // in ten minutes
 */
export async function recordReview(
  word: string,
  grade: Grade,
  options: { now?: Date } = {},
): Promise<{ card: StoredCard; review: ReviewRecord }> {
  const now = options.now ?? new Date();
  const outcome = await transact([CARDS_STORE, REVIEWS_STORE], 'readwrite', (s) => {
    let result: { card: StoredCard; review: ReviewRecord } | undefined;
    const request = s.cards.get(word);
    request.onsuccess = () => {
      const before = parseCardRecord(request.result)?.card ?? newCard(now);
      const { card, log } = gradeCard(before, grade, now);
      const review: ReviewRecord = { ...log, id: reviewId(), word };
      s.cards.put({ word, card } satisfies CardRecord);
      s.reviews.put(review);
      result = { card, review };
    };
    return () => {
      if (!result) throw new Error(`The review of ${word} was not written`);
      return result;
    };
  });
  announce({ kind: 'reviewed', words: [word] });
  askToPersist();
  return outcome;
}

/** Reads a whole store of the learning database, parsed (the bad records skipped, with why). */
async function readStore<T>(
  name: typeof CARDS_STORE | typeof REVIEWS_STORE,
  schema: z.ZodMiniType<T>,
): Promise<{ records: T[]; skipped: SkippedRecord[] }> {
  const all = await transact([name], 'readonly', (s) => {
    const request = s[name].getAll();
    return (): unknown[] => request.result;
  });
  return parseAll(all, schema, name === CARDS_STORE ? 'word' : 'id');
}

/**
 * Every word's card record, and the records that are not valid (skipped, with why).
 *
 * @example const { records, skipped } = await readCardRecords()
 */
export function readCardRecords(): Promise<{ records: CardRecord[]; skipped: SkippedRecord[] }> {
  return readStore(CARDS_STORE, cardRecordSchema);
}

/**
 * The review log, oldest first, and the records that are not valid (skipped, with why).
 *
 * @example const { records, skipped } = await readReviewLog()
 */
export async function readReviewLog(): Promise<{
  records: ReviewRecord[];
  skipped: SkippedRecord[];
}> {
  const { records, skipped } = await readStore(REVIEWS_STORE, reviewRecordSchema);
  records.sort((a, b) => a.review.localeCompare(b.review) || a.id.localeCompare(b.id));
  return { records, skipped };
}

/**
 * Every word's card, by word; records that are not valid are left out.
 *
 * @example (await listCards()).get('行业')?.due
 */
export async function listCards(): Promise<Map<string, StoredCard>> {
  const { records } = await readCardRecords();
  return new Map(records.map((record) => [record.word, record.card]));
}

/**
 * The review log, oldest first; records that are not valid are left out.
 *
 * @example (await listReviews()).length // reviews ever given
 */
export async function listReviews(): Promise<ReviewRecord[]> {
  return (await readReviewLog()).records;
}
