import type { VocabularyEntry } from '../vocabulary/types';
import { dayOf } from './days';
import type { ReviewRecord } from './review-store';
import type { StoredCard } from './schedule';
import type { WordStatus } from './status';

/**
 * Which saved words are due for review now, in what order. A word (its characters) is one
 * card, however many sentences it was saved from; the card shows one of those sentences.
 */

/**
 * New words a day, at most: Anki's default, which keeps the reviews they bring in the days
 * after manageable (a new card comes back about four times in its first week).
 */
export const NEW_WORDS_PER_DAY = 20;

/** The State of a card never reviewed (ts-fsrs's `State.New`; tests/lib/learning check it). */
const STATE_NEW = 0;

/** A word to review: its saves (newest first), its card if it has one. */
export interface ReviewItem {
  word: string;
  entries: VocabularyEntry[];
  card: StoredCard | undefined;
}

export interface ReviewQueue {
  /** Due now, in order: cards already seen (earliest due first), then new words (oldest save first). */
  items: ReviewItem[];
  /** New words saved but held back by the daily limit. */
  newHeldBack: number;
  /** When the next card not yet due falls due (ISO), if any. */
  nextDue: string | undefined;
}

export interface QueueInput {
  entries: readonly VocabularyEntry[];
  cards: ReadonlyMap<string, StoredCard>;
  status: (word: string) => WordStatus;
  reviews: readonly ReviewRecord[];
  now: Date;
  timeZone: string;
  newPerDay?: number;
}

/**
 * The review queue: every word that is `learning` (saved, not marked known since) and due. A
 * word without a card is new; at most `newPerDay` new words a day, counting those already
 * started today (a review of a card in state New).
 *
 * @example reviewQueue({ entries, cards, status, reviews, now: new Date(), timeZone: 'UTC' }).items.length // due count
 */
export function reviewQueue(input: QueueInput): ReviewQueue {
  const { entries, cards, status, reviews, now, timeZone, newPerDay = NEW_WORDS_PER_DAY } = input;
  const byWord = new Map<string, VocabularyEntry[]>();
  for (const entry of entries) {
    const list = byWord.get(entry.simplified) ?? [];
    list.push(entry);
    byWord.set(entry.simplified, list);
  }
  const today = dayOf(now, timeZone);
  const startedToday = reviews.filter(
    (r) => r.state === STATE_NEW && dayOf(r.review, timeZone) === today,
  ).length;

  const due: ReviewItem[] = [];
  const fresh: ReviewItem[] = [];
  let nextDue: string | undefined;
  for (const [word, saves] of byWord) {
    if (status(word) !== 'learning') continue;
    const sorted = [...saves].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    const card = cards.get(word);
    const item = { word, entries: sorted, card };
    if (!card) fresh.push(item);
    else if (Date.parse(card.due) <= now.getTime()) due.push(item);
    else if (!nextDue || card.due < nextDue) nextDue = card.due;
  }
  due.sort((a, b) => (a.card?.due ?? '').localeCompare(b.card?.due ?? ''));
  const oldestSave = (item: ReviewItem) => item.entries.at(-1)?.savedAt ?? '';
  fresh.sort((a, b) => oldestSave(a).localeCompare(oldestSave(b)) || a.word.localeCompare(b.word));
  const allowed = Math.max(0, newPerDay - startedToday);
  return {
    items: [...due, ...fresh.slice(0, allowed)],
    newHeldBack: Math.max(0, fresh.length - allowed),
    nextDue,
  };
}

/**
 * The save whose sentence a card shows: the word's saves in turn, one more each review, so
 * that a word met in several sentences is seen in each.
 *
 * @example cardEntry(item)?.context.sentence
 */
export function cardEntry(item: ReviewItem): VocabularyEntry | undefined {
  return item.entries[(item.card?.reps ?? 0) % Math.max(1, item.entries.length)];
}
