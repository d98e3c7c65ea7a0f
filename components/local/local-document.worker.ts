/// <reference lib="webworker" />
import type { ParallelDocument } from '@/lib/content/schema';
import { getLocalDocument } from '@/lib/local-library/store';
import { type OpenRequest, openInSteps } from './open-local-document';
import { type OpenPiece, openPieces } from './open-result-pieces';
import { viewBlock, wholeReview } from './view-blocks';

/**
 * What the page asks: the record to open by id (the reader and the review never read a long
 * text on the page), or a text it has read (the editor, which needs the text itself); for a
 * long text opened by id, the view of a block of its pairs (`block`), or the review's checks
 * of the whole (view `checks`, in a worker of its own so that blocks are answered meanwhile).
 */
export type OpenInWorker =
  | { id: string; view: OpenRequest['view'] | 'checks' }
  | OpenRequest
  | { block: number };

const post = (piece: OpenPiece) => self.postMessage(piece);

/** Pairs of the review's checks per message (light: no sentences). */
const CHECKED_PER_MESSAGE = 2000;

/** The long text this worker opened by id, and the view its blocks are asked in. */
let opened: { doc: ParallelDocument; view: 'reader' | 'review' } | undefined;

async function read(id: string): Promise<string | undefined> {
  const stored = await getLocalDocument(id);
  if (stored.kind === 'missing') post({ type: 'missing' });
  else if (stored.kind === 'invalid') post({ type: 'invalid', message: stored.problem });
  else return stored.record.yaml;
  return undefined;
}

/**
 * Opens an own text off the main thread: reads its record from the library (reading it on the
 * page, and handing the text over, blocked the page for seconds at 15 MB), validates it and
 * builds its reader or review view. A short text comes whole, in pieces (open-result-pieces.ts:
 * received whole, it froze the page for seconds). A long one (`windowed`, a book of tens of
 * thousands of pairs, whose whole view took minutes to build) comes as its first screenful,
 * then the document without a view; the page then asks for the view of the blocks it shows
 * (view-blocks.ts), and the review for the checks of the whole in a second worker.
 */
self.onmessage = async (event: MessageEvent<OpenInWorker>) => {
  try {
    const message = event.data;
    if ('block' in message) {
      if (opened)
        self.postMessage({
          type: 'block',
          block: viewBlock(opened.doc, opened.view, message.block),
        });
      return;
    }
    let request: OpenRequest;
    if ('yaml' in message) request = message;
    else {
      const yaml = await read(message.id);
      if (yaml === undefined) return;
      if (message.view === 'checks') {
        const [result] = openInSteps({ yaml, file: `${message.id}.yaml`, view: 'none' });
        if (result?.type !== 'ready') return post(result ?? { type: 'end' });
        const { view } = wholeReview(result.doc);
        // In slices, as the document: one message of 53,322 pairs froze the page to read it.
        self.postMessage({ type: 'checks', view: { ...view, pairs: [] } });
        for (let at = 0; at < view.pairs.length; at += CHECKED_PER_MESSAGE)
          self.postMessage({
            type: 'checked',
            pairs: view.pairs.slice(at, at + CHECKED_PER_MESSAGE),
          });
        self.postMessage({ type: 'checks-end' });
        return;
      }
      request = { yaml, file: `${message.id}.yaml`, view: message.view };
    }
    for (const step of openInSteps(request, undefined, !('yaml' in message))) {
      if (step.type === 'ready' && step.total !== undefined) post({ type: 'first', result: step });
      else {
        if (step.type === 'ready' && step.windowed && request.view !== 'none')
          opened = { doc: step.doc, view: request.view };
        for (const piece of openPieces(step)) post(piece);
      }
    }
  } catch (error) {
    post({ type: 'invalid', message: error instanceof Error ? error.message : String(error) });
  }
};
