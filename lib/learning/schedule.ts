import {
  type Card,
  createEmptyCard,
  fsrs,
  type Grade,
  Rating,
  type ReviewLog,
  State,
} from 'ts-fsrs';
import * as z from 'zod/mini';

/**
 * Review scheduling with FSRS (Free Spaced Repetition Scheduler; Ye Junyao, Su Jingyong, Cao
 * Yilong, "A Stochastic Shortest Path Algorithm for Optimizing Spaced Repetition Scheduling",
 * KDD 2022, and its later versions) through `ts-fsrs`, the reference implementation in
 * TypeScript. Nothing here schedules by itself: this module stores ts-fsrs's cards and logs in
 * a form IndexedDB and a backup file can hold (ISO strings for dates), parses them back, and
 * asks ts-fsrs for the next card.
 *
 * Default parameters (90 % requested retention, learning steps 1 and 10 minutes), fuzz off:
 * the same inputs always give the same schedule, and the intervals shown on the buttons are
 * the ones a grade gives.
 */
const scheduler = fsrs({ enable_fuzz: false });

/** The four grades, in button order (keys 1–4). */
export const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;
export type { Grade };
export { Rating, State };

const isoDate = z.iso.datetime({ offset: true });
const count = z.number().check(z.int(), z.nonnegative());
const real = z.number().check(z.refine(Number.isFinite, 'is not a finite number'));
const state = z.union([
  z.literal(State.New),
  z.literal(State.Learning),
  z.literal(State.Review),
  z.literal(State.Relearning),
]);

/** An FSRS card as stored: ts-fsrs's `Card` with dates as ISO strings. */
export const storedCardSchema = z.object({
  due: isoDate,
  stability: real,
  difficulty: real,
  elapsed_days: real,
  scheduled_days: real,
  learning_steps: count,
  reps: count,
  lapses: count,
  state,
  last_review: z.optional(isoDate),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

/** The fields of ts-fsrs's `ReviewLog` as stored (dates as ISO strings). */
export const storedLogSchema = z.object({
  rating: z.union([
    z.literal(Rating.Again),
    z.literal(Rating.Hard),
    z.literal(Rating.Good),
    z.literal(Rating.Easy),
  ]),
  state,
  due: isoDate,
  stability: real,
  difficulty: real,
  elapsed_days: real,
  last_elapsed_days: real,
  scheduled_days: real,
  learning_steps: count,
  review: isoDate,
});
export type StoredLog = z.infer<typeof storedLogSchema>;

/** ts-fsrs's card as stored. */
export function storeCard(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return {
    ...rest,
    due: due.toISOString(),
    ...(last_review ? { last_review: last_review.toISOString() } : {}),
  };
}

/** A stored card as ts-fsrs's card. */
export function loadCard(stored: StoredCard): Card {
  const { due, last_review, ...rest } = stored;
  return {
    ...rest,
    due: new Date(due),
    ...(last_review ? { last_review: new Date(last_review) } : {}),
  };
}

function storeLog(log: ReviewLog): StoredLog {
  const rating = log.rating;
  if (rating === Rating.Manual) throw new Error('A manual rating is not a review');
  return { ...log, rating, due: log.due.toISOString(), review: log.review.toISOString() };
}

/**
 * The card of a word never reviewed, due at once.
 *
 * @example newCard(new Date()).state // State.New
 */
export function newCard(now: Date): StoredCard {
  return storeCard(createEmptyCard(now));
}

/**
 * The card after a grade, and the log of that review (ts-fsrs's `next`).
 *
 * @example const { card, log } = gradeCard(newCard(now), Rating.Good, now)
 */
export function gradeCard(
  card: StoredCard,
  grade: Grade,
  now: Date,
): { card: StoredCard; log: StoredLog } {
  const next = scheduler.next(loadCard(card), now, grade);
  return { card: storeCard(next.card), log: storeLog(next.log) };
}

/** What a grade would do: when the card would next be due, and in how many milliseconds. */
export interface GradePreview {
  grade: Grade;
  due: string;
  intervalMs: number;
}

/**
 * The interval each grade would give, in button order (ts-fsrs's `repeat`), for the buttons.
 *
 * @example previewGrades(card, now).map((p) => p.intervalMs) // [60000, 360000, 600000, 691200000]
 */
export function previewGrades(card: StoredCard, now: Date): GradePreview[] {
  const preview = scheduler.repeat(loadCard(card), now);
  return grades.map((grade) => {
    const due = preview[grade].card.due;
    return { grade, due: due.toISOString(), intervalMs: due.getTime() - now.getTime() };
  });
}
