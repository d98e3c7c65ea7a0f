import * as z from 'zod/mini';
import { askToPersist } from '../browser-db/persist';
import { parseAll, type SkippedRecord } from '../browser-db/records';
import { announce, KNOWN_STORE, transact } from './db';
import type { KnownWord } from './status';

/**
 * Words marked known, in IndexedDB (`lib/learning/db.ts`): one record per word, so that marks
 * made in two tabs at once are all kept. Marking many words at once ("mark the rest as known")
 * is one transaction, and returns what it replaced so that Undo puts back exactly that.
 */

const nonBlank = z.string().check(z.refine((value) => value.trim().length > 0, 'is empty'));

/** A known-word record as stored. */
export const knownWordSchema = z.object({
  word: nonBlank,
  knownAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodMiniType<KnownWord>;

/** What a change replaced: for each word, its record before, or `null` where it had none. */
export interface KnownUndo {
  before: { word: string; record: KnownWord | null }[];
}

const parseKnown = (value: unknown): KnownWord | null => {
  const result = knownWordSchema.safeParse(value);
  return result.success ? result.data : null;
};

/** Sets every word's record to `next(word)` (a record, or `null` to delete) in one transaction. */
async function change(
  words: readonly string[],
  next: (word: string) => KnownWord | null,
): Promise<KnownUndo> {
  const unique = [...new Set(words)].filter((w) => w.trim() !== '');
  const undo = await transact([KNOWN_STORE], 'readwrite', (s) => {
    const before: KnownUndo['before'] = [];
    for (const word of unique) {
      const request = s.known.get(word);
      request.onsuccess = () => {
        before.push({ word, record: parseKnown(request.result) });
        const record = next(word);
        if (record) s.known.put(record);
        else s.known.delete(word);
      };
    }
    return () => ({ before });
  });
  announce({ kind: 'known', words: unique });
  askToPersist();
  return undo;
}

/**
 * Marks words known, now (a saved word marked known leaves the review). Returns the Undo.
 *
 * @example const undo = await markKnown(['我', '喜欢']); await undoKnown(undo)
 */
export function markKnown(
  words: readonly string[],
  options: { now?: Date } = {},
): Promise<KnownUndo> {
  const knownAt = (options.now ?? new Date()).toISOString();
  return change(words, (word) => ({ word, knownAt }));
}

/**
 * Takes the known mark off words: they are `learning` if saved, else `new`. Returns the Undo.
 *
 * @example await unmarkKnown(['行业'])
 */
export function unmarkKnown(words: readonly string[]): Promise<KnownUndo> {
  return change(words, () => null);
}

/**
 * Puts back what `markKnown` or `unmarkKnown` replaced.
 *
 * @example await undoKnown(await markKnown(rest))
 */
export async function undoKnown(undo: KnownUndo): Promise<void> {
  const records = new Map(undo.before.map((b) => [b.word, b.record]));
  await change([...records.keys()], (word) => records.get(word) ?? null);
}

/**
 * Every word marked known, in no particular order, and the records that are not valid
 * (skipped, with why).
 *
 * @example const { records, skipped } = await readKnownWords()
 */
export async function readKnownWords(): Promise<{
  records: KnownWord[];
  skipped: SkippedRecord[];
}> {
  const all = await transact([KNOWN_STORE], 'readonly', (s) => {
    const request = s.known.getAll();
    return (): unknown[] => request.result;
  });
  return parseAll(all, knownWordSchema, 'word');
}

/**
 * Every word marked known, in no particular order; records that are not valid are left out.
 *
 * @example new Set((await listKnown()).map((k) => k.word)).has('我')
 */
export async function listKnown(): Promise<KnownWord[]> {
  return (await readKnownWords()).records;
}
