import { parseDocumentFile } from '@/lib/content/parse';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { HEAD_ABOVE, HEAD_PAIRS } from '@/lib/local-library/heads';
import { yamlHead } from '@/lib/local-library/yaml-head';
import { buildReaderView, type ReaderView } from '@/lib/reader/build-reader-view';
import { buildReviewView, type ReviewView } from '@/lib/review/build-review-view';
import { unchecked } from './view-blocks';

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
      /**
       * A long text opened by id (more than WINDOW_ABOVE pairs): the document comes without
       * its view, whose blocks the page asks the worker for as it shows them.
       */
      windowed?: true;
      /** A windowed text's terms (a termbase applied to it), which its blocks are built with. */
      glossary?: GlossaryEntry[];
    }
  | { type: 'invalid'; message: string };

/**
 * Content files up to this many characters are opened on the page by the editor, which has
 * read them (a few milliseconds; a worker would cost more to start); longer ones in
 * local-document.worker.ts.
 */
export const OPEN_IN_WORKER_ABOVE = HEAD_ABOVE;

export type ReadyResult = Extract<OpenResult, { type: 'ready' }>;

/**
 * Pairs in the first screenful of a long text (more than any screen shows: a pair is at least
 * a line), built and sent before the rest.
 */
export const FIRST_PAIRS = HEAD_PAIRS;

/**
 * Own texts with more pairs than this are windowed when opened by id: the page renders, and
 * the worker builds, only the blocks near the screen (a 15 MB import has 53,322 pairs, whose
 * whole view took minutes to build and crashed the review tab).
 */
export const WINDOW_ABOVE = 1000;

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

/** The first screenful of `doc`, of `total` pairs, as the worker sends it before the rest. */
function firstOf(doc: ParallelDocument, request: OpenRequest, first: number, total: number) {
  const head = withView({ ...doc, pairs: doc.pairs.slice(0, first) }, request.view);
  // A windowed review's checks across pairs need the whole: its first rows have none yet.
  const review = head.review && { ...head.review, pairs: head.review.pairs.map(unchecked) };
  return { ...head, ...(total > WINDOW_ABOVE && review && { review }), total };
}

/**
 * The first screenful of a long text from `head`, the file cut to its first pairs (yaml-head.ts,
 * or a head stored beside the record), validated as a file of its own, of `total` pairs in the
 * whole; undefined if the head is not valid alone (a `qa` entry naming a later pair): the whole
 * is then parsed first.
 *
 * @example firstFromFile(head, 'local-1.yaml', 'reader', 100, 53322)?.total // 53322
 */
export function firstFromFile(
  head: string,
  file: string,
  view: 'reader' | 'review',
  first: number,
  total: number,
): ReadyResult | undefined {
  try {
    return firstOf(parseDocumentFile(head, file), { yaml: head, file, view }, first, total);
  } catch {
    return undefined;
  }
}

/** The first screenful of a long file from its head alone, cut from it (see firstFromFile). */
function firstFromHead(request: OpenRequest, first: number): ReadyResult | undefined {
  const { view } = request;
  if (view === 'none') return undefined;
  const cut = yamlHead(request.yaml, first);
  return cut && firstFromFile(cut.head, request.file, view, first, cut.total);
}

/**
 * Opens a text in two steps, for a worker to post the first before making the second: the
 * first FIRST_PAIRS pairs with their view (`total` set), then the whole. A text no longer
 * than that, or an invalid one, comes in one step. With `windowable` (a text opened by id),
 * the first screenful of a long file comes from its head, before the whole is parsed (a
 * 35 MB file took seconds), and a text of more than WINDOW_ABOVE pairs comes second without
 * its view (`windowed`); its first screenful's review has no flags yet: the checks across
 * pairs need the whole. If the whole is not valid, the second step says so. `shown`: the page
 * has the first screenful already (from the head stored with the record), which is not sent.
 *
 * @example const [first, whole] = openInSteps({ yaml, file, view: 'reader' }) // first.total === 53322
 */
export function* openInSteps(
  request: OpenRequest,
  first = FIRST_PAIRS,
  windowable = false,
  shown = false,
): Generator<OpenResult> {
  const { view } = request;
  const early =
    !shown && windowable && view !== 'none' && request.yaml.length > OPEN_IN_WORKER_ABOVE
      ? firstFromHead(request, first)
      : undefined;
  if (early) yield early;
  let doc: ParallelDocument;
  try {
    doc = parseDocumentFile(request.yaml, request.file);
  } catch (error) {
    yield { type: 'invalid', message: messageOf(error) };
    return;
  }
  try {
    const windowed = windowable && view !== 'none' && doc.pairs.length > WINDOW_ABOVE;
    if (!early && !shown && doc.pairs.length > first && view !== 'none')
      yield firstOf(doc, request, first, doc.pairs.length);
    yield windowed ? { type: 'ready', doc, windowed } : withView(doc, view);
  } catch (error) {
    yield { type: 'invalid', message: messageOf(error) };
  }
}
