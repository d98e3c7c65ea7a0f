import { addDays, dayOf, lastDays } from './days';
import type { KnownWord } from './status';

/**
 * Figures for the progress page, from the review log and the known words: plain functions of
 * their records and of today's date in the learner's time zone.
 */

/** A day and a number: reviews given that day, or known words by the end of it. */
export interface DayCount {
  day: string;
  count: number;
}

/**
 * Reviews given on each of the `days` days up to `today`, oldest first (days without any are 0).
 *
 * @example reviewsPerDay(reviews, { today: '2026-12-02', days: 7, timeZone: 'UTC' }).at(-1) // { day: '2026-12-02', count: 4 }
 */
export function reviewsPerDay(
  reviews: readonly { review: string }[],
  { today, days, timeZone }: { today: string; days: number; timeZone: string },
): DayCount[] {
  const counts = new Map<string, number>();
  for (const r of reviews) {
    const day = dayOf(r.review, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return lastDays(today, days).map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/**
 * The streak: consecutive days with at least one review, ending today, or yesterday while
 * today's reviews are still to do (a streak is not lost before the day is over).
 *
 * @example studyStreak(['2026-12-01', '2026-12-02'], '2026-12-02') // 2
 * @example studyStreak(['2026-12-01'], '2026-12-02') // 1
 * @example studyStreak(['2026-11-30'], '2026-12-02') // 0
 */
export function studyStreak(reviewDays: Iterable<string>, today: string): number {
  const days = new Set(reviewDays);
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/**
 * How many of the words known now had been marked known by the end of each of the `days` days
 * up to `today` (a word's latest mark counts; marks taken back are not in the store).
 *
 * @example knownOverTime(known, { today: '2026-12-02', days: 2, timeZone: 'UTC' }) // [{ day: '2026-12-01', count: 10 }, { day: '2026-12-02', count: 14 }]
 */
export function knownOverTime(
  known: readonly KnownWord[],
  { today, days, timeZone }: { today: string; days: number; timeZone: string },
): DayCount[] {
  const markedDays = known.map((k) => dayOf(k.knownAt, timeZone)).sort();
  let i = 0;
  return lastDays(today, days).map((day) => {
    while (i < markedDays.length && (markedDays[i] ?? '') <= day) i++;
    return { day, count: i };
  });
}
