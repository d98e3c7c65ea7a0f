import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportLearning,
  importLearning,
  LearningBackupError,
  snapshotLearning,
} from '@/lib/learning/backup';
import {
  CARDS_STORE,
  KNOWN_STORE,
  type LearningChange,
  LearningStoreError,
  REVIEWS_STORE,
  transact,
  watchLearning,
} from '@/lib/learning/db';
import {
  listKnown,
  markKnown,
  readKnownWords,
  undoKnown,
  unmarkKnown,
} from '@/lib/learning/known-store';
import {
  listCards,
  listReviews,
  readCardRecords,
  readReviewLog,
  recordReview,
} from '@/lib/learning/review-store';
import { Rating } from '@/lib/learning/schedule';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const words = async () => (await listKnown()).map((k) => k.word).sort();

beforeEach(() => {
  // A fresh, empty browser profile for every test.
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('markKnown', () => {
  it('marks one word, or many at once, with the time', async () => {
    await markKnown(['我'], { now: at(0) });
    await markKnown(['喜欢', '读书', '喜欢'], { now: at(1) });
    expect(await words()).toEqual(['喜欢', '我', '读书']);
    expect((await listKnown()).find((k) => k.word === '读书')?.knownAt).toBe(at(1).toISOString());
  });

  it('is undone exactly: words new before are new again, words known before keep their time', async () => {
    await markKnown(['我'], { now: at(0) });
    const undo = await markKnown(['我', '喜欢', '读书'], { now: at(5) });
    await undoKnown(undo);
    expect(await listKnown()).toEqual([{ word: '我', knownAt: at(0).toISOString() }]);
  });

  it('keeps every word two connections mark at the same time', async () => {
    const first = Array.from({ length: 30 }, (_, i) => `甲${i}`);
    const second = Array.from({ length: 30 }, (_, i) => `乙${i}`);
    await Promise.all([markKnown(first), markKnown(second), markKnown(['丙'])]);
    expect(await words()).toHaveLength(61);
  });

  it('is taken back by unmarkKnown, which has its own undo', async () => {
    await markKnown(['我', '你'], { now: at(0) });
    const undo = await unmarkKnown(['我']);
    expect(await words()).toEqual(['你']);
    await undoKnown(undo);
    expect(await words()).toEqual(['你', '我']);
  });

  it('tells watchers in other pages which words changed', async () => {
    const changes: LearningChange[] = [];
    const stop = watchLearning((change) => changes.push(change));
    await markKnown(['我']);
    await vi.waitFor(() => expect(changes).toEqual([{ kind: 'known', words: ['我'] }]));
    stop();
  });
});

describe('recordReview', () => {
  it('keeps the card and logs the review, and the log survives a new connection', async () => {
    const { card, review } = await recordReview('行业', Rating.Good, { now: at(0) });
    expect(card.reps).toBe(1);
    expect((await listCards()).get('行业')).toEqual(card);
    expect(await listReviews()).toEqual([review]);
  });

  it('applies two grades given at once (two tabs) one after the other, and logs both', async () => {
    await Promise.all([
      recordReview('行业', Rating.Good, { now: at(0) }),
      recordReview('行业', Rating.Again, { now: at(0) }),
      recordReview('算力', Rating.Easy, { now: at(0) }),
    ]);
    expect((await listCards()).get('行业')?.reps).toBe(2);
    const reviews = await listReviews();
    expect(reviews.map((r) => r.word).sort()).toEqual(['算力', '行业', '行业']);
    expect(new Set(reviews.map((r) => r.id)).size).toBe(3);
  });
});

describe('exportLearning and importLearning', () => {
  it('restore what was exported into an empty browser', async () => {
    await markKnown(['我', '你'], { now: at(0) });
    await recordReview('行业', Rating.Good, { now: at(1) });
    await recordReview('行业', Rating.Good, { now: at(12) });
    const backup = JSON.parse(JSON.stringify(await exportLearning()));

    vi.stubGlobal('indexedDB', new IDBFactory());
    expect(await importLearning(backup)).toEqual({ known: 2, cards: 1, reviews: 2 });
    expect(await exportLearning()).toEqual(backup);
  });

  it('merge without duplicates: importing twice changes nothing the second time', async () => {
    await recordReview('行业', Rating.Good, { now: at(0) });
    const backup = await exportLearning();
    expect(await importLearning(backup)).toEqual({ known: 0, cards: 0, reviews: 0 });
    expect(await listReviews()).toHaveLength(1);
  });

  it('keep the more advanced card and the later known mark', async () => {
    await recordReview('行业', Rating.Good, { now: at(0) });
    const older = await exportLearning();
    await recordReview('行业', Rating.Good, { now: at(11) });
    await markKnown(['我'], { now: at(20) });
    await importLearning({ ...older, known: [{ word: '我', knownAt: at(10).toISOString() }] });
    expect((await listCards()).get('行业')?.reps).toBe(2);
    expect((await listKnown())[0]?.knownAt).toBe(at(20).toISOString());
    expect(await listReviews()).toHaveLength(2);
  });

  it('refuse what is not a learning backup, naming the field', async () => {
    const bad = {
      format: 'duizhao-learning',
      version: 1,
      known: [{ word: '' }],
      cards: [],
      reviews: [],
    };
    await expect(importLearning(bad)).rejects.toThrow(LearningBackupError);
    await expect(importLearning(bad)).rejects.toThrow(/known/);
  });
});

describe('records that are not valid', () => {
  it('are skipped and named by their key, the valid ones still read', async () => {
    await markKnown(['我'], { now: at(0) });
    await recordReview('行业', Rating.Good, { now: at(1) });
    await transact([KNOWN_STORE, CARDS_STORE, REVIEWS_STORE], 'readwrite', (s) => {
      s.known.put({ word: '坏', knownAt: 'yesterday' });
      s.cards.put({ word: '错', card: { due: 'soon' } });
      s.reviews.put({ id: 'r-bad', word: '错' });
      return () => undefined;
    });
    const known = await readKnownWords();
    expect(known.records.map((k) => k.word)).toEqual(['我']);
    expect(known.skipped).toEqual([{ key: '坏', problem: expect.stringMatching(/^knownAt/) }]);
    expect((await readCardRecords()).skipped.map((s) => s.key)).toEqual(['错']);
    expect((await readReviewLog()).skipped.map((s) => s.key)).toEqual(['r-bad']);
    expect(await listReviews()).toHaveLength(1);
    const { backup, skipped } = await snapshotLearning();
    expect(skipped.map((s) => s.key)).toEqual(['known 坏', 'cards 错', 'reviews r-bad']);
    expect(backup.known).toHaveLength(1);
  });

  it('fail as the browser-db error, under the name the study pages know', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const error = await markKnown(['我']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LearningStoreError);
    expect(error).toMatchObject({ problem: 'unavailable' });
  });
});
