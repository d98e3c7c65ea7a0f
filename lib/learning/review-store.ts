import * as z from 'zod/mini';
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
  return outcome;
}

/**
 * Every word's card, by word; records that are not valid are left out.
 *
 * @example (await listCards()).get('行业')?.due
 */
export async function listCards(): Promise<Map<string, StoredCard>> {
  const all = await transact([CARDS_STORE], 'readonly', (s) => {
    const request = s.cards.getAll();
    return (): unknown[] => request.result;
  });
  const cards = new Map<string, StoredCard>();
  for (const record of all.map(parseCardRecord)) if (record) cards.set(record.word, record.card);
  return cards;
}

/**
 * The review log, oldest first; records that are not valid are left out.
 *
 * @example (await listReviews()).length // reviews ever given
 */
export async function listReviews(): Promise<ReviewRecord[]> {
  const all = await transact([REVIEWS_STORE], 'readonly', (s) => {
    const request = s.reviews.getAll();
    return (): unknown[] => request.result;
  });
  return all
    .map(parseReviewRecord)
    .filter((r) => r !== null)
    .sort((a, b) => a.review.localeCompare(b.review) || a.id.localeCompare(b.id));
}
