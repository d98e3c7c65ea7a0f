/// <reference lib="webworker" />
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { buildReaderView, type ReaderView } from '@/lib/reader/build-reader-view';
import { buildReviewView, type ReviewView } from '@/lib/review/build-review-view';

/** A stored content file to validate, and the view of it the page will show. */
export interface LocalDocumentRequest {
  yaml: string;
  file: string;
  view: 'reader' | 'review' | 'none';
}

export type LocalDocumentMessage =
  | { type: 'ready'; doc: ParallelDocument; reader?: ReaderView; review?: ReviewView }
  | { type: 'invalid'; message: string };

/**
 * Validates an own text and builds its reader or review view off the main thread: for a book
 * (a 15 MB import, tens of thousands of pairs) each takes seconds, which froze the page
 * (issue 14).
 */
self.onmessage = (event: MessageEvent<LocalDocumentRequest>) => {
  const { yaml, file, view } = event.data;
  try {
    const doc = parseDocumentFile(yaml, file);
    const message: LocalDocumentMessage = {
      type: 'ready',
      doc,
      ...(view === 'reader' && { reader: buildReaderView(doc, []) }),
      ...(view === 'review' && { review: buildReviewView(doc, []) }),
    };
    self.postMessage(message);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ type: 'invalid', message } satisfies LocalDocumentMessage);
  }
};
