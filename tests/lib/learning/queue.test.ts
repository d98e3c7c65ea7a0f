import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { addDays, dayOf, lastDays } from '@/lib/learning/days';
import { knownOverTime, reviewsPerDay, studyStreak } from '@/lib/learning/progress';
import { cardEntry, reviewQueue } from '@/lib/learning/queue';
import type { ReviewRecord } from '@/lib/learning/review-store';
import { gradeCard, newCard, Rating } from '@/lib/learning/schedule';
import type { WordStatus } from '@/lib/learning/status';
import { entry } from '../vocabulary/words';

const now = new Date(Date.UTC(2026, 11, 2, 9, 0));
const iso = (minutesFromNow: number) =>
  new Date(now.getTime() + minutesFromNow * 60_000).toISOString();
const learning = (): WordStatus => 'learning';

function review(word: string, minutesFromNow: number, state = State.Review): ReviewRecord {
  const { log } = gradeCard(newCard(now), Rating.Good, now);
  return { ...log, state, review: iso(minutesFromNow), id: `${word}${minutesFromNow}`, word };
}

describe('reviewQueue', () => {
  const words = ['行业', '算力', '场景', '数据'];
  const entries = words.map((w, i) => entry({ simplified: w, id: w, savedAt: iso(-100 + i) }));

  it('puts every saved word in the queue once, new words oldest first', () => {
    const queue = reviewQueue({
      entries,
      cards: new Map(),
      status: learning,
      reviews: [],
      now,
      timeZone: 'UTC',
    });
    expect(queue.items.map((i) => i.word)).toEqual(words);
  });

  it('puts cards due before new words, earliest due first, and leaves out those not due', () => {
    const due = (minutes: number) => ({
      ...newCard(now),
      due: iso(minutes),
      reps: 1,
      state: State.Review,
    });
    const cards = new Map([
      ['数据', due(-5)],
      ['场景', due(-50)],
      ['算力', due(30)],
    ]);
    const queue = reviewQueue({
      entries,
      cards,
      status: learning,
      reviews: [],
      now,
      timeZone: 'UTC',
    });
    expect(queue.items.map((i) => i.word)).toEqual(['场景', '数据', '行业']);
    expect(queue.nextDue).toBe(iso(30));
  });

  it('leaves out words marked known, and new words past the day’s limit', () => {
    const status = (w: string): WordStatus => (w === '行业' ? 'known' : 'learning');
    const reviews = [review('旧', -10, State.New)]; // one new word started today already
    const queue = reviewQueue({
      entries,
      cards: new Map(),
      status,
      reviews,
      now,
      timeZone: 'UTC',
      newPerDay: 2,
    });
    expect(queue.items.map((i) => i.word)).toEqual(['算力']);
    expect(queue.newHeldBack).toBe(2);
  });

  it('makes one card of a word saved from two sentences, showing each sentence in turn', () => {
    const two = [
      entry({ simplified: '行业', id: 'a', savedAt: iso(-2), context: { sentence: '甲行业。' } }),
      entry({ simplified: '行业', id: 'b', savedAt: iso(-1), context: { sentence: '乙行业。' } }),
    ];
    const [item] = reviewQueue({
      entries: two,
      cards: new Map(),
      status: learning,
      reviews: [],
      now,
      timeZone: 'UTC',
    }).items;
    expect(item && cardEntry(item)?.context.sentence).toBe('乙行业。');
    const seen = item && { ...item, card: { ...newCard(now), reps: 1 } };
    expect(seen && cardEntry(seen)?.context.sentence).toBe('甲行业。');
  });

  it('uses ts-fsrs’s number for the New state', () => {
    expect(State.New).toBe(0);
  });
});

describe('days', () => {
  it('reads the calendar day in the learner’s time zone', () => {
    expect(dayOf('2026-12-01T17:30:00Z', 'Asia/Shanghai')).toBe('2026-12-02');
    expect(dayOf('2026-12-01T17:30:00Z', 'America/New_York')).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(lastDays('2026-12-02', 3)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(lastDays('2026-12-02', 0)).toEqual([]);
  });
});

describe('progress', () => {
  it('counts reviews per day, with empty days as 0', () => {
    const reviews = [
      { review: '2026-12-02T01:00:00Z' },
      { review: '2026-12-02T02:00:00Z' },
      { review: '2026-11-30T23:00:00Z' },
    ];
    expect(reviewsPerDay(reviews, { today: '2026-12-02', days: 3, timeZone: 'UTC' })).toEqual([
      { day: '2026-11-30', count: 1 },
      { day: '2026-12-01', count: 0 },
      { day: '2026-12-02', count: 2 },
    ]);
    // 23:00 UTC on 30 November is 1 December in Shanghai.
    expect(
      reviewsPerDay(reviews, { today: '2026-12-02', days: 3, timeZone: 'Asia/Shanghai' })[1],
    ).toEqual({
      day: '2026-12-01',
      count: 1,
    });
  });

  it('counts the streak up to today, or up to yesterday while today is still open', () => {
    expect(studyStreak(['2026-11-30', '2026-12-01', '2026-12-02'], '2026-12-02')).toBe(3);
    expect(studyStreak(['2026-11-30', '2026-12-01'], '2026-12-02')).toBe(2);
    expect(studyStreak(['2026-11-29', '2026-12-01', '2026-12-02'], '2026-12-02')).toBe(2);
    expect(studyStreak(['2026-11-30'], '2026-12-02')).toBe(0);
    expect(studyStreak([], '2026-12-02')).toBe(0);
  });

  it('counts known words by the end of each day', () => {
    const known = [
      { word: '我', knownAt: '2026-11-30T10:00:00Z' },
      { word: '你', knownAt: '2026-12-02T10:00:00Z' },
      { word: '他', knownAt: '2026-12-02T11:00:00Z' },
    ];
    expect(
      knownOverTime(known, { today: '2026-12-02', days: 3, timeZone: 'UTC' }).map((d) => d.count),
    ).toEqual([1, 1, 3]);
  });
});
