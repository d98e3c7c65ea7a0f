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
  | {
      type: 'ready';
      doc: ParallelDocument;
      reader?: ReaderView;
      review?: ReviewView;
      /**
       * Set on the first screenful of a long text, shown while the rest is built: the first
       * `doc.pairs` of `total`, their view made from them alone (the review's checks across
       * pairs, such as consistency, come with the whole).
       */
      total?: number;
    }
  | { type: 'invalid'; message: string };

/**
 * Content files up to this many characters are opened on the page by the editor, which has
 * read them (a few milliseconds; a worker would cost more to start); longer ones in
 * local-document.worker.ts.
 */
export const OPEN_IN_WORKER_ABOVE = 256 * 1024;

export type ReadyResult = Extract<OpenResult, { type: 'ready' }>;

/**
 * Pairs in the first screenful of a long text (more than any screen shows: a pair is at least
 * a line), built and sent before the rest.
 */
export const FIRST_PAIRS = 100;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The view asked for of `doc`. */
function withView(doc: ParallelDocument, view: OpenRequest['view']): ReadyResult {
  return {
    type: 'ready',
    doc,
    ...(view === 'reader' && { reader: buildReaderView(doc, []) }),
    ...(view === 'review' && { review: buildReviewView(doc, []) }),
  };
}

/**
 * Validates an own text as bundled content is and builds the view asked for.
 *
 * @example openLocalDocument({ yaml, file: 'local-1.yaml', view: 'reader' }).type // 'ready'
 */
export function openLocalDocument({ yaml, file, view }: OpenRequest): OpenResult {
  try {
    return withView(parseDocumentFile(yaml, file), view);
  } catch (error) {
    return { type: 'invalid', message: messageOf(error) };
  }
}

/**
 * Opens a text in two steps, for a worker to post the first before making the second: the
 * first FIRST_PAIRS pairs with their view (`total` set), then the whole. A text no longer
 * than that, or an invalid one, comes in one step.
 *
 * @example const [first, whole] = openInSteps({ yaml, file, view: 'reader' }) // first.total === 53322
 */
export function* openInSteps(request: OpenRequest, first = FIRST_PAIRS): Generator<OpenResult> {
  let doc: ParallelDocument;
  try {
    doc = parseDocumentFile(request.yaml, request.file);
  } catch (error) {
    yield { type: 'invalid', message: messageOf(error) };
    return;
  }
  try {
    if (doc.pairs.length > first && request.view !== 'none')
      yield {
        ...withView({ ...doc, pairs: doc.pairs.slice(0, first) }, request.view),
        total: doc.pairs.length,
      };
    yield withView(doc, request.view);
  } catch (error) {
    yield { type: 'invalid', message: messageOf(error) };
  }
}
