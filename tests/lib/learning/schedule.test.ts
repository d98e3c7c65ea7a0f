import fc from 'fast-check';
import { createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  gradeCard,
  loadCard,
  newCard,
  previewGrades,
  storeCard,
  storedCardSchema,
  storedLogSchema,
} from '@/lib/learning/schedule';

const start = new Date(Date.UTC(2026, 11, 1, 9, 0));
const MINUTE = 60_000;

/** A history: grades, each given some minutes (up to 60 days) after the one before. */
const history = fc.array(
  fc.record({
    grade: fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
    minutesLater: fc.integer({ min: 0, max: 60 * 24 * 60 }),
  }),
  { minLength: 1, maxLength: 8 },
);

describe('gradeCard', () => {
  it('gives the card and log ts-fsrs gives for the same grades at the same times', () => {
    const reference = fsrs({ enable_fuzz: false });
    fc.assert(
      fc.property(history, (steps) => {
        let ours = newCard(start);
        let theirs = createEmptyCard(start);
        let now = start;
        for (const { grade, minutesLater } of steps) {
          now = new Date(now.getTime() + minutesLater * MINUTE);
          const next = gradeCard(ours, grade, now);
          const expected = reference.next(theirs, now, grade);
          expect(loadCard(next.card)).toEqual(expected.card);
          expect(next.log.rating).toBe(expected.log.rating);
          expect(next.log.due).toBe(expected.log.due.toISOString());
          expect(next.log.stability).toBe(expected.log.stability);
          // What is stored parses back, as it will when read from IndexedDB.
          expect(storedCardSchema.parse(next.card)).toEqual(next.card);
          expect(storedLogSchema.parse(next.log)).toEqual(next.log);
          ours = next.card;
          theirs = expected.card;
        }
      }),
      { numRuns: 30 },
    );
  });

  it('starts a word in the learning steps: Good brings it back in ten minutes', () => {
    const { card, log } = gradeCard(newCard(start), Rating.Good, start);
    expect(log.state).toBe(State.New);
    expect(card.state).toBe(State.Learning);
    expect(Date.parse(card.due) - start.getTime()).toBe(10 * MINUTE);
  });
});

describe('previewGrades', () => {
  it('shows, for each button, the interval that grade gives', () => {
    fc.assert(
      fc.property(history, (steps) => {
        let card = newCard(start);
        let now = start;
        for (const { grade, minutesLater } of steps) {
          now = new Date(now.getTime() + minutesLater * MINUTE);
          const previews = previewGrades(card, now);
          expect(previews.map((p) => p.grade)).toEqual([1, 2, 3, 4]);
          const graded = gradeCard(card, grade, now);
          const shown = previews.find((p) => p.grade === grade);
          expect(shown?.due).toBe(graded.card.due);
          expect(shown?.intervalMs).toBe(Date.parse(graded.card.due) - now.getTime());
          card = graded.card;
        }
      }),
      { numRuns: 25 },
    );
  });

  it('orders a new card’s intervals Again < Hard < Good < Easy', () => {
    const intervals = previewGrades(newCard(start), start).map((p) => p.intervalMs);
    expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
    expect(new Set(intervals).size).toBe(4);
  });
});

describe('storeCard', () => {
  it('round-trips a reviewed card through its stored form', () => {
    const reviewed = fsrs().next(createEmptyCard(start), start, Rating.Easy).card;
    expect(loadCard(storeCard(reviewed))).toEqual(reviewed);
  });

  it('refuses a stored card with a date that is not one', () => {
    expect(storedCardSchema.safeParse({ ...newCard(start), due: 'soon' }).success).toBe(false);
  });
});
