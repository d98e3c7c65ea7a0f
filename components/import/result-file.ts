import { type BrowserDbProblem, problemOf } from '@/lib/browser-db/errors';
import type { AlignedPair, ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { type LocalDocument, saveLocalDocument } from '@/lib/local-library/store';
import { reviewCounts } from '@/lib/review/document-counts';

/** A document's details, with its pairs when the page has them (a previewed result). */
export type FileDocument = Omit<ParallelDocument, 'pairs'> & { pairs?: AlignedPair[] };

/** What the library record is saved under (the rest is the result's content file). */
export type RecordDetails = Pick<LocalDocument, 'id' | 'title' | 'savedAt'>;

/**
 * The content file of an aligned result and its count of links needing review, under `doc`'s
 * details: with `doc.pairs` if given (the preview's fixes), else with `aligned` (the pairs as
 * aligned, which a long result never sends to the page). Runs in the align worker that holds
 * the result: for a book it takes seconds.
 *
 * @throws {Error} with the writer's message when the document cannot be written
 * @example resultFile({ ...metadata, byline: [], speakers: {}, furniture: [] }, pairs).yaml // 'slug: …'
 */
export function resultFile(
  doc: FileDocument,
  aligned: readonly AlignedPair[],
): { yaml: string; needsReview: number } {
  const full: ParallelDocument = { ...doc, pairs: doc.pairs ?? [...aligned] };
  const { needsReview } = reviewCounts(full);
  return { yaml: serializeDocument(full), needsReview };
}

/**
 * How a save in the worker ended: the page says a problem in words (a storage problem as
 * local:errors.*; `file` when the content file could not be written, with the writer's message).
 */
export type SaveOutcome =
  | { ok: true }
  | { ok: false; problem: BrowserDbProblem | 'file'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Writes the result to the personal library from the worker that holds it: the content file
 * and the record's structured clone into IndexedDB stayed off the page, where a 15 MB text's
 * write blocked it for over a second (issue 14, item 7). Never throws: a full quota, storage
 * turned off or a file that cannot be written comes back as a problem, and the page keeps
 * the texts and the fixes.
 *
 * @example await saveResult(doc, aligned, { id: 'local-1', title, savedAt }) // { ok: true }
 */
export async function saveResult(
  doc: FileDocument,
  aligned: readonly AlignedPair[],
  record: RecordDetails,
): Promise<SaveOutcome> {
  let file: ReturnType<typeof resultFile>;
  try {
    file = resultFile(doc, aligned);
  } catch (error) {
    return { ok: false, problem: 'file', message: messageOf(error) };
  }
  try {
    await saveLocalDocument({ ...record, ...file });
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: problemOf(error), message: messageOf(error) };
  }
}
