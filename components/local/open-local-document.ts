import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { buildReaderView, type ReaderView } from '@/lib/reader/build-reader-view';
import { buildReviewView, type ReviewView } from '@/lib/review/build-review-view';

/** A stored content file to validate, and the view of it the page will show. */
export interface OpenRequest {
  yaml: string;
  file: string;
  view: 'reader' | 'review' | 'none';
}

export type OpenResult =
  | { type: 'ready'; doc: ParallelDocument; reader?: ReaderView; review?: ReviewView }
  | { type: 'invalid'; message: string };

/**
 * Content files up to this many characters are opened on the page (a few milliseconds; a
 * worker would cost more to start); longer ones in local-document.worker.ts.
 */
export const OPEN_IN_WORKER_ABOVE = 256 * 1024;

/**
 * Validates an own text as bundled content is and builds the view asked for.
 *
 * @example openLocalDocument({ yaml, file: 'local-1.yaml', view: 'reader' }).type // 'ready'
 */
export function openLocalDocument({ yaml, file, view }: OpenRequest): OpenResult {
  try {
    const doc = parseDocumentFile(yaml, file);
    return {
      type: 'ready',
      doc,
      ...(view === 'reader' && { reader: buildReaderView(doc, []) }),
      ...(view === 'review' && { review: buildReviewView(doc, []) }),
    };
  } catch (error) {
    return { type: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
}
