import { z } from 'zod';
import { storageError } from '../browser-db/errors';
import { canonicalJson, type MergeCounts } from '../browser-db/merge';
import {
  documentKey,
  MAX_DOCUMENTS,
  PROGRESS_KEY,
  type ProgressDocument,
  type ProgressStorage,
  type ReadingProgress,
} from './progress';

/**
 * Reading progress, kept in the browser (localStorage) per document: the furthest pair read
 * and the share of the text read through it, for the library's "Continue reading". Every
 * record is validated when read (parse, don't cast): a record that is not what this version
 * writes (edited by hand, from another version) is left out, not trusted.
 */

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);
const text = z.string().min(1).max(1000);

/**
 * A reading as stored (and as a backup holds it).
 *
 * @example readingProgressSchema.safeParse(record).success
 */
export const readingProgressSchema = z
  .object({
    document: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('bundled'), slug: id }),
      z.object({ kind: z.literal('local'), id: z.string().min(1).max(200) }),
    ]),
    title: z.object({ zh: text, en: text }),
    pair: id,
    index: z.number().int().nonnegative(),
    pairs: z.number().int().positive(),
    share: z.number().min(0).max(1),
    readAt: z.iso.datetime(),
  })
  .refine((record) => record.index < record.pairs, { message: 'index must be below pairs' });

/**
 * Every valid record, newest first; none when the storage is empty, unreadable or not JSON.
 *
 * @example readAllProgress(localStorage)[0]?.pair // 'p12'
 */
export function readAllProgress(storage: ProgressStorage): ReadingProgress[] {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return []; // storage disabled (a privacy setting): no progress, no error
  }
  if (raw === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const documents =
    typeof json === 'object' && json !== null ? Reflect.get(json, 'documents') : undefined;
  if (!Array.isArray(documents)) return [];
  const seen = new Set<string>();
  return documents.flatMap((item: unknown) => {
    const parsed = readingProgressSchema.safeParse(item);
    if (!parsed.success || seen.has(documentKey(parsed.data.document))) return [];
    seen.add(documentKey(parsed.data.document));
    return [parsed.data];
  });
}

/** A document's record, if valid. */
export function readProgress(
  storage: ProgressStorage,
  doc: ProgressDocument,
): ReadingProgress | undefined {
  const key = documentKey(doc);
  return readAllProgress(storage).find((record) => documentKey(record.document) === key);
}

function write(storage: ProgressStorage, records: readonly ReadingProgress[]) {
  try {
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, documents: records.slice(0, MAX_DOCUMENTS) }),
    );
  } catch {
    // Full or disabled storage: progress is a convenience, reading goes on without it.
  }
}

/**
 * Records a reading: the document becomes the most recent, and its furthest pair moves on if
 * `reading` is further than what was stored (reading back never loses the place). Returns the
 * record as stored.
 *
 * @example recordProgress(localStorage, { document, title, pair: 'p12', index: 11, pairs: 40, share: 0.3 }, new Date())
 */
export function recordProgress(
  storage: ProgressStorage,
  reading: Omit<ReadingProgress, 'readAt'>,
  now: Date,
): ReadingProgress {
  const key = documentKey(reading.document);
  const all = readAllProgress(storage);
  const stored = all.find((record) => documentKey(record.document) === key);
  // A stored place beyond the document's end (the document has shrunk) is not kept.
  const keepStored = stored && stored.index > reading.index && stored.index < reading.pairs;
  const record: ReadingProgress = {
    ...(keepStored ? { ...stored, pairs: reading.pairs } : reading),
    title: reading.title,
    readAt: now.toISOString(),
  };
  write(storage, [record, ...all.filter((item) => documentKey(item.document) !== key)]);
  return record;
}

/** Forgets a document's progress (a text deleted from My library). */
export function forgetProgress(storage: ProgressStorage, doc: ProgressDocument): void {
  const key = documentKey(doc);
  const all = readAllProgress(storage);
  if (all.some((record) => documentKey(record.document) === key)) {
    write(
      storage,
      all.filter((record) => documentKey(record.document) !== key),
    );
  }
}

/** The reading that stays of two of the same document: the further one, then the later. */
function further(a: ReadingProgress, b: ReadingProgress): ReadingProgress {
  if (a.index !== b.index) return a.index > b.index ? a : b;
  return b.readAt > a.readAt ? b : a;
}

/**
 * Merges readings from a backup: a document not read here is added; one read here too keeps
 * the further place (then the later reading). Newest first; past MAX_DOCUMENTS the oldest are
 * forgotten, as in recordProgress.
 *
 * @example mergeProgress(localStorage, backup.progress) // { restored: 2, unchanged: 1, kept: 0 }
 * @throws {BrowserDbError} `quota` when localStorage is full
 */
export function mergeProgress(
  storage: ProgressStorage,
  incoming: readonly ReadingProgress[],
): MergeCounts {
  const byKey = new Map(readAllProgress(storage).map((r) => [documentKey(r.document), r]));
  const counts = { restored: 0, unchanged: 0, kept: 0 };
  for (const record of incoming) {
    const key = documentKey(record.document);
    const current = byKey.get(key);
    if (current && canonicalJson(current) === canonicalJson(record)) counts.unchanged++;
    else if (current && further(current, record) === current) counts.kept++;
    else {
      byKey.set(key, record);
      counts.restored++;
    }
  }
  if (counts.restored === 0) return counts;
  const records = [...byKey.values()].sort((a, b) => b.readAt.localeCompare(a.readAt));
  try {
    const value = { version: 1, documents: records.slice(0, MAX_DOCUMENTS) };
    storage.setItem(PROGRESS_KEY, JSON.stringify(value));
  } catch (error) {
    throw storageError(error); // unlike a reading, a restore says when it could not be kept
  }
  return counts;
}
