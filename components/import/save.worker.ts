/// <reference lib="webworker" />
import type { ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { reviewCounts } from '@/lib/review/document-counts';

/** A document to write as a content file. */
export interface SaveRequest {
  doc: ParallelDocument;
}

export type SaveMessage =
  | { type: 'done'; yaml: string; needsReview: number }
  | { type: 'error'; message: string };

/**
 * Writes the content file of an imported document, and counts its links needing review as the
 * review page will, off the main thread: for a 15 MB text both take seconds, which on the page
 * froze it (issue 14).
 */
self.onmessage = (event: MessageEvent<SaveRequest>) => {
  const { doc } = event.data;
  try {
    const yaml = serializeDocument(doc);
    const { needsReview } = reviewCounts(doc);
    self.postMessage({ type: 'done', yaml, needsReview } satisfies SaveMessage);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ type: 'error', message } satisfies SaveMessage);
  }
};
