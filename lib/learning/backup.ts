import * as z from 'zod/mini';
import { parseAll, type SkippedRecord } from '../browser-db/records';
import { announce, CARDS_STORE, KNOWN_STORE, REVIEWS_STORE, transact } from './db';
import { knownWordSchema } from './known-store';
import {
  type CardRecord,
  cardRecordSchema,
  parseCardRecord,
  type ReviewRecord,
  reviewRecordSchema,
} from './review-store';
import type { KnownWord } from './status';

/**
 * The learner's progress as one plain object, for the browser backup (lib/backup) to write into
 * its file and read back: known words, review cards and the review log. Restoring merges into
 * what the browser holds and never duplicates: a review is one record by its id, a word keeps
 * the later of two known marks and the more advanced of two cards.
 */

export const LEARNING_BACKUP_FORMAT = 'duizhao-learning';

export const learningBackupSchema = z.object({
  format: z.literal(LEARNING_BACKUP_FORMAT),
  version: z.literal(1),
  known: z.array(knownWordSchema),
  cards: z.array(cardRecordSchema),
  reviews: z.array(reviewRecordSchema),
});
export type LearningBackup = z.infer<typeof learningBackupSchema>;

/**
 * Everything the learning stores hold, read in one transaction (a consistent snapshot), and
 * the records that are not valid: those are left out (so a backup always restores) and named.
 *
 * @example const { backup, skipped } = await snapshotLearning()
 */
export async function snapshotLearning(): Promise<{
  backup: LearningBackup;
  skipped: SkippedRecord[];
}> {
  const raw = await transact([KNOWN_STORE, CARDS_STORE, REVIEWS_STORE], 'readonly', (s) => {
    const known = s.known.getAll();
    const cards = s.cards.getAll();
    const reviews = s.reviews.getAll();
    return () => ({ known: known.result, cards: cards.result, reviews: reviews.result });
  });
  const known = parseAll(raw.known, knownWordSchema, 'word');
  const cards = parseAll(raw.cards, cardRecordSchema, 'word');
  const reviews = parseAll(raw.reviews, reviewRecordSchema, 'id');
  const named = (store: string, skipped: SkippedRecord[]) =>
    skipped.map((record) => ({ ...record, key: `${store} ${record.key}` }));
  return {
    backup: {
      format: LEARNING_BACKUP_FORMAT,
      version: 1,
      known: known.records.sort((a, b) => a.word.localeCompare(b.word)),
      cards: cards.records.sort((a, b) => a.word.localeCompare(b.word)),
      reviews: reviews.records.sort(
        (a, b) => a.review.localeCompare(b.review) || a.id.localeCompare(b.id),
      ),
    },
    skipped: [
      ...named(KNOWN_STORE, known.skipped),
      ...named(CARDS_STORE, cards.skipped),
      ...named(REVIEWS_STORE, reviews.skipped),
    ],
  };
}

/**
 * Everything the learning stores hold, read in one transaction (a consistent snapshot).
 * Records that are not valid are left out, so a backup always restores.
 *
 * @example JSON.stringify(await exportLearning())
 */
export async function exportLearning(): Promise<LearningBackup> {
  return (await snapshotLearning()).backup;
}

/** Thrown by `importLearning` for data that is not a learning backup; says where and what. */
export class LearningBackupError extends Error {
  override readonly name = 'LearningBackupError';
}

/** The later of two marks. */
const laterMark = (a: KnownWord, b: KnownWord) =>
  Date.parse(b.knownAt) > Date.parse(a.knownAt) ? b : a;

/** The card that has seen more: more reviews, then the later review. */
function moreAdvanced(a: CardRecord, b: CardRecord): CardRecord {
  if (a.card.reps !== b.card.reps) return b.card.reps > a.card.reps ? b : a;
  return (b.card.last_review ?? '') > (a.card.last_review ?? '') ? b : a;
}

/**
 * Merges a backup into the stores, in one transaction. Returns how many records it added or
 * replaced in each store.
 *
 * @throws {LearningBackupError} naming the field, when `data` is not a learning backup
 * @example await importLearning(JSON.parse(text).learning)
 */
export async function importLearning(
  data: unknown,
): Promise<{ known: number; cards: number; reviews: number }> {
  const parsed = learningBackupSchema.safeParse(data);
  if (!parsed.success)
    throw new LearningBackupError(
      `Not a Duizhao learning backup: ${z.prettifyError(parsed.error)}`,
    );
  const backup = parsed.data;
  const counts = await transact([KNOWN_STORE, CARDS_STORE, REVIEWS_STORE], 'readwrite', (s) => {
    const changed = { known: 0, cards: 0, reviews: 0 };
    for (const mark of backup.known) {
      const request = s.known.get(mark.word);
      request.onsuccess = () => {
        const current = knownWordSchema.safeParse(request.result);
        const keep = current.success ? laterMark(current.data, mark) : mark;
        if (keep !== mark) return;
        s.known.put(mark);
        changed.known++;
      };
    }
    for (const record of backup.cards) {
      const request = s.cards.get(record.word);
      request.onsuccess = () => {
        const current = parseCardRecord(request.result);
        if (current && moreAdvanced(current, record) !== record) return;
        s.cards.put(record);
        changed.cards++;
      };
    }
    for (const review of backup.reviews) {
      const request = s.reviews.getKey(review.id);
      request.onsuccess = () => {
        if (request.result !== undefined) return;
        s.reviews.put(review satisfies ReviewRecord);
        changed.reviews++;
      };
    }
    return () => changed;
  });
  announce({ kind: 'imported', words: [] });
  return counts;
}
